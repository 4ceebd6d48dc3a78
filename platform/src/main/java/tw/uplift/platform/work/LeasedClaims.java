package tw.uplift.platform.work;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Work items kept as small documents of one collection, which several instances share by claiming them by
 * {@code _id} with a lease: the outbox markers and the deadline time buckets are both such collections.
 *
 * <pre>{ _id, n: &lt;writes so far&gt;, leaseUntil: &lt;epoch millis&gt;, owner, ... }</pre>
 *
 * Writers {@link #touch} an item (creating it or counting one more write, {@code n + 1}); a worker
 * {@link #claim}s it, does the work, and then either {@link #release}s it or deletes it with
 * {@link #deleteIfUnchanged} — only if nobody wrote to it since the claim, so a write that raced the work is
 * never dropped. A crashed worker's lease simply expires.
 *
 * <p>Leases are taken on the <em>system</em> clock, never on the movable business clock: a service whose
 * business time was moved forward must not hold leases that other instances read as days long.
 */
public class LeasedClaims {

    private static final String WRITES = "n";
    private static final String LEASE_UNTIL = "leaseUntil";
    private static final String OWNER = "owner";
    /** Which {@link #claimAll} took the item: tells the items it won from those another worker holds. */
    private static final String CLAIM = "claim";

    private final MongoOperations mongo;
    private final String collection;
    private final Duration lease;
    private final String owner;
    private final Clock systemClock;

    public LeasedClaims(MongoOperations mongo, String collection, Duration lease, String owner, Clock systemClock) {
        this.mongo = mongo;
        this.collection = collection;
        this.lease = lease;
        this.owner = owner;
        this.systemClock = systemClock;
    }

    /**
     * A unique index on {@code (_id, n)}: the embedded store uses an index only for a query on exactly its keys, so
     * without it every {@link #deleteIfUnchanged} (a query on {@code _id} and {@code n}) scans the collection. On real
     * MongoDB it is merely redundant. Idempotent: call it once when a worker is made.
     */
    public void indexWrites() {
        mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC).on(WRITES, Sort.Direction.ASC)
                .unique().named("_id_writes"));
    }

    /** An item this worker holds; {@code writes} is its {@code n} when claimed. */
    public record Claimed(Document item, long writes) {
    }

    /** Creates an item or counts one more write to it, along with the writer's own changes (writers need no lease). */
    public static void touch(MongoOperations mongo, String collection, String id, Update changes) {
        mongo.upsert(byId(id), changes.inc(WRITES, 1), collection);
    }

    /** {@link #touch} of many items without changes of their own: one unordered bulk write, one round trip. */
    public static void touchAll(MongoOperations mongo, String collection, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        ids.forEach(id -> bulk.upsert(byId(id), new Update().inc(WRITES, 1)));
        bulk.execute();
    }

    /**
     * Claims an item unless another worker holds an unexpired lease on it (a worker may renew its own).
     *
     * @return the claimed item, or empty when it does not exist or is busy (see {@link #exists})
     */
    public Optional<Claimed> claim(String id) {
        long now = systemClock.millis();
        Document claimed = mongo.findAndModify(claimable(Criteria.where("_id").is(id), now),
                new Update().set(LEASE_UNTIL, now + lease.toMillis()).set(OWNER, owner),
                FindAndModifyOptions.options().returnNew(true), Document.class, collection);
        return Optional.ofNullable(claimed).map(item -> new Claimed(item, writesOf(item)));
    }

    /**
     * Up to {@code limit} items' ids, in no particular order, claimed or not: what a worker then {@link #claimAll
     * claims}. A scan: only for a collection that stays small (the outbox markers), never a growing one.
     */
    public List<String> waiting(int limit) {
        Query all = new Query().limit(limit);
        all.fields().include("_id");
        return mongo.find(all, Document.class, collection).stream().map(item -> item.get("_id").toString()).toList();
    }

    /**
     * Claims, in two store operations whatever their number, those of the items that nobody else holds, as
     * {@link #claim} does for one: one update of all of them (a scan of the collection, so for small ones), then
     * a read of them by {@code _id}. {@code writes} of each is read after the claim, as with {@link #claim}.
     *
     * @return the items this worker now holds, by id, in the order asked
     */
    public Map<String, Claimed> claimAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        long now = systemClock.millis();
        String claim = UUID.randomUUID().toString();
        mongo.updateMulti(claimable(Criteria.where("_id").in(ids), now),
                new Update().set(LEASE_UNTIL, now + lease.toMillis()).set(OWNER, owner).set(CLAIM, claim), collection);
        Map<String, Document> read = new LinkedHashMap<>();
        for (Document item : mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, collection)) {
            if (claim.equals(item.getString(CLAIM))) {
                read.put(item.get("_id").toString(), item);
            }
        }
        Map<String, Claimed> claimed = new LinkedHashMap<>();
        for (String id : ids) {
            Document item = read.get(id);
            if (item != null) {
                claimed.put(id, new Claimed(item, writesOf(item)));
            }
        }
        return claimed;
    }

    private Query claimable(Criteria which, long now) {
        return Query.query(which.orOperator(Criteria.where(LEASE_UNTIL).exists(false), Criteria.where(LEASE_UNTIL).lt(now),
                Criteria.where(OWNER).is(owner)));
    }

    /**
     * Extends this worker's lease on an item it holds, for a batch that runs longer than the lease: without it the
     * lease could run out half-way and another worker take the same item while this one is still at it.
     *
     * @return false when the lease was lost meanwhile (it expired and another worker claimed the item, or the item
     *         is gone): the caller stops working on it
     */
    public boolean renew(String id) {
        long now = systemClock.millis();
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(OWNER).is(owner)),
                new Update().set(LEASE_UNTIL, now + lease.toMillis()), collection).getMatchedCount() > 0;
    }

    /** How long a lease lasts (a worker renews before half of it is gone). */
    public Duration lease() {
        return lease;
    }

    /** The item as it is now, without claiming it. */
    public Optional<Claimed> read(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, collection))
                .map(item -> new Claimed(item, writesOf(item)));
    }

    public boolean exists(String id) {
        return mongo.exists(byId(id), collection);
    }

    /** Gives up this worker's lease (the item is looked at again by whoever comes next). */
    public void release(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(OWNER).is(owner)),
                new Update().unset(LEASE_UNTIL).unset(OWNER), collection);
    }

    /** Deletes the item unless it was written since it showed {@code writes}. */
    public boolean deleteIfUnchanged(String id, long writes) {
        return mongo.remove(unchanged(id, writes), collection).getDeletedCount() > 0;
    }

    /**
     * What {@link #deleteIfUnchanged} does for each item, then {@link #release} of those of {@code held} still
     * there (not finished, or written meanwhile): two store operations, however many items.
     *
     * @param finished the items whose work is done, each with its {@code writes} when claimed
     * @param held     every item this worker claimed (the finished ones included)
     */
    public void finish(Collection<Claimed> finished, Collection<String> held) {
        if (!finished.isEmpty()) {
            BulkOperations deletes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            finished.forEach(item -> deletes.remove(unchanged(item.item().get("_id").toString(), item.writes())));
            deletes.execute();
        }
        if (!held.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(held).and(OWNER).is(owner)),
                    new Update().unset(LEASE_UNTIL).unset(OWNER).unset(CLAIM), collection);
        }
    }

    private static Query unchanged(String id, long writes) {
        Query unchanged = byId(id);
        unchanged.addCriteria(writes == 0 ? Criteria.where(WRITES).exists(false) : Criteria.where(WRITES).is(writes));
        return unchanged;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static long writesOf(Document item) {
        Number n = item.get(WRITES, Number.class);
        return n == null ? 0 : n.longValue();
    }
}
