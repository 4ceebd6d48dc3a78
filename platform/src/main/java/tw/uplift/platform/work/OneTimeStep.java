package tw.uplift.platform.work;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * A step a service runs once per database, such as filling a new index document from what was stored before it: a
 * marker document says it was done, so every later start costs one {@code _id} read. The step must be safe to repeat
 * and to run on two instances at once: a crash before {@link #markDone} only means the next start runs it again.
 *
 * @param markers the collection of the marker
 * @param step    the marker's {@code _id}
 */
public record OneTimeStep(MongoOperations mongo, String markers, String step) {

    public boolean done() {
        return mongo.findById(step, Document.class, markers) != null;
    }

    /** Remembers the step as done, with the time. */
    public void markDone() {
        mongo.save(new Document("_id", step).append("at", Date.from(Instant.now())), markers);
    }
}
