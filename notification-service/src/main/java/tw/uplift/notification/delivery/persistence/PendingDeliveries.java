package tw.uplift.notification.delivery.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.platform.work.LeasedClaims;

/**
 * The send queue (待送佇列): one small document per delivery still to be tried, {@code _id} = the delivery's id,
 * {@code dueAt} = when it may be tried (business time, epoch millis). It holds only pending deliveries, so reading
 * the due ones scans a short collection; delivered ones leave it. Claimed by {@code _id} with a lease on the
 * system clock ({@link LeasedClaims}): two instances never work on the same delivery, and a crashed instance's
 * claim expires.
 */
public class PendingDeliveries {

    public static final String COLLECTION = "delivery_queue";
    private static final String DUE_AT = "dueAt";

    private final MongoTemplate mongo;
    private final LeasedClaims claims;

    public PendingDeliveries(MongoTemplate mongo, Duration lease, String owner, Clock systemClock) {
        this.mongo = mongo;
        this.claims = new LeasedClaims(mongo, COLLECTION, lease, owner, systemClock);
    }

    /** Puts a delivery in the queue, due at {@code dueAt}; one already there keeps its time. */
    public void ensure(String deliveryId, Instant dueAt) {
        LeasedClaims.touch(mongo, COLLECTION, deliveryId, new Update().setOnInsert(DUE_AT, dueAt.toEpochMilli()));
    }

    /** The ids of up to {@code limit} deliveries due by {@code now}, the longest-waiting first. */
    public List<String> due(Instant now, int limit) {
        Query query = Query.query(Criteria.where(DUE_AT).lte(now.toEpochMilli()))
                .with(Sort.by(DUE_AT)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    /** Claims a delivery for this instance; empty when another holds it or it is gone. */
    public Optional<LeasedClaims.Claimed> claim(String deliveryId) {
        return claims.claim(deliveryId);
    }

    /** When a claimed entry is due. */
    public static Instant dueAt(LeasedClaims.Claimed claimed) {
        Number due = claimed.item().get(DUE_AT, Number.class);
        return due == null ? Instant.EPOCH : Instant.ofEpochMilli(due.longValue());
    }

    /** Gives a claimed delivery back, to be tried at {@code dueAt}. */
    public void later(String deliveryId, Instant dueAt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(deliveryId)),
                new Update().set(DUE_AT, dueAt.toEpochMilli()), COLLECTION);
        claims.release(deliveryId);
    }

    /**
     * Takes a settled delivery out of the queue, unless someone wrote to its entry since the claim (then it is
     * looked at once more, which finds it settled).
     */
    public void done(LeasedClaims.Claimed claimed) {
        String id = claimed.item().getString("_id");
        if (!claims.deleteIfUnchanged(id, claimed.writes())) {
            claims.release(id);
        }
    }

    /** How many deliveries wait: from the collection's metadata, no scan. */
    public long size() {
        return mongo.getCollection(COLLECTION).estimatedDocumentCount();
    }
}
