package tw.uplift.platform.outbox;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.platform.work.LeasedClaims;

/**
 * The relay's cheap index of aggregates with pending events: a tiny document {@code {_id:
 * "<collection>/<aggregateId>", n}} written before the aggregate is saved. The embedded store scans
 * whole collections for anything but {@code _id}, so the relay's steady state reads only markers and
 * loads aggregates by {@code _id}. {@code n} counts writes: the relay deletes a marker only if nobody
 * wrote since it claimed it (see {@link tw.uplift.platform.work.LeasedClaims}).
 */
record OutboxMarker(String collection, String aggregateId) {

    static final String COLLECTION = "outbox_markers";

    String key() {
        return collection + "/" + aggregateId;
    }

    /** Creates the marker or counts one more write to it ({@code n + 1}): the relay sees either way that work is due. */
    static void touch(MongoOperations mongo, String collection, String aggregateId) {
        LeasedClaims.touch(mongo, COLLECTION, new OutboxMarker(collection, aggregateId).key(), new Update());
    }

    /** {@link #touch} for many aggregates of one collection, in one bulk write. */
    static void touchAll(MongoOperations mongo, String collection, java.util.Collection<String> aggregateIds) {
        LeasedClaims.touchAll(mongo, COLLECTION,
                aggregateIds.stream().map(id -> new OutboxMarker(collection, id).key()).toList());
    }

    static OutboxMarker parse(String key) {
        int slash = key.indexOf('/');
        return new OutboxMarker(key.substring(0, slash), key.substring(slash + 1));
    }
}
