package tw.uplift.review.assignment;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Each body's {@link Rotation}, one small document per body ({@code _id} = body, {@code lastAssigneeId}). Written
 * after the task is stored: a crash in between leaves the turn one step behind, which costs fairness one tie and
 * never a task.
 */
@Component
class Rotations {

    static final String COLLECTION = "assignment_rotations";

    private final MongoTemplate mongo;

    Rotations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Rotation of(String bodyId) {
        org.bson.Document stored = mongo.findById(bodyId, org.bson.Document.class, COLLECTION);
        return stored == null ? Rotation.START : new Rotation(stored.getString("lastAssigneeId"));
    }

    void turnTaken(String bodyId, String reviewerId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(bodyId)), Update.update("lastAssigneeId", reviewerId),
                COLLECTION);
    }
}
