package tw.uplift.notification.deadlines.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.platform.work.LeasedClaims;

/**
 * The schedule of deadline steps, in documents that are only ever read by {@code _id}, so finding due work
 * costs what is due, not what is stored (the embedded store scans for anything but {@code _id}).
 *
 * <pre>
 * deadline_buckets: { _id: "&lt;bucket start instant, ISO-8601 UTC&gt;", entries: ["&lt;epochMillis&gt;|&lt;deadlineId&gt;", …],
 *                     n: &lt;number of filings&gt;, leaseUntil: &lt;epochMillis&gt;, owner }
 * deadline_cursor:  { _id: "cursor", last: &lt;start of the last bucket fully processed&gt; }
 * </pre>
 *
 * A bucket spans {@code width} (an hour by default) and lists each step that comes due in it. The scheduler
 * walks bucket ids from the cursor to the present, one {@code _id} lookup each, claims a bucket with a lease
 * (the platform's {@link LeasedClaims}: by {@code _id}, on the system clock), fires what is due, {@code $pull}s
 * it, moves the cursor and deletes the emptied bucket (only if nobody filed into it meanwhile: {@code n}
 * unchanged). Filing a step into a bucket the cursor already passed moves it to the next bucket still to come,
 * so nothing falls behind the cursor. Processed buckets are deleted: the collection holds only what is still to
 * come.
 *
 * <p>Two clocks: bucket ids and the cursor are business time (the movable clock a demo jumps forward), while
 * the leases are system time, so a jump of weeks does not leave leases that other instances read as weeks long.
 */
public class TimeBuckets {

    static final String BUCKETS = "deadline_buckets";
    static final String CURSOR = "deadline_cursor";
    private static final String CURSOR_ID = "cursor";
    /** The number of filings, counted by {@link LeasedClaims#touch}. */
    private static final String FILINGS = "n";

    private final MongoTemplate mongo;
    private final Duration width;
    private final LeasedClaims claims;

    /**
     * @param width       the span of one bucket; must divide a day
     * @param lease       how long a claimed bucket stays with this instance if it dies
     * @param systemClock the real clock, for leases only (never the movable business clock)
     */
    public TimeBuckets(MongoTemplate mongo, Duration width, Duration lease, Clock systemClock) {
        if (width.isNegative() || width.isZero() || Duration.ofDays(1).toMillis() % width.toMillis() != 0) {
            throw new IllegalArgumentException("bucket width must divide a day: " + width);
        }
        this.mongo = mongo;
        this.width = width;
        this.claims = new LeasedClaims(mongo, BUCKETS, lease, UUID.randomUUID().toString(), systemClock);
    }

    /** One scheduled step: the deadline and when its step comes due. */
    public record Entry(String deadlineId, Instant at) {

        String encoded() {
            return at.toEpochMilli() + "|" + deadlineId;
        }

        static Entry decode(String s) {
            int bar = s.indexOf('|');
            return new Entry(s.substring(bar + 1), Instant.ofEpochMilli(Long.parseLong(s.substring(0, bar))));
        }
    }

    /** What a claim found in a bucket. */
    public sealed interface Claim {
    }

    /** No such bucket: nothing was filed for that time. */
    public record Empty() implements Claim {
    }

    /** Another instance holds the bucket's lease. */
    public record Busy() implements Claim {
    }

    /** A bucket's entries; {@code filings} is its {@code n} when read (this instance holds the lease if claimed). */
    public record Held(List<Entry> entries, long filings) implements Claim {
    }

    public Duration width() {
        return width;
    }

    /** The start of the bucket that contains an instant. */
    public Instant bucketOf(Instant t) {
        long w = width.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(t.toEpochMilli(), w) * w);
    }

    /** Starts the cursor just before the present, unless it exists. Call once at start-up. */
    public void initCursor(Instant now) {
        mongo.upsert(Query.query(Criteria.where("_id").is(CURSOR_ID)),
                new Update().setOnInsert("last", Date.from(bucketOf(now).minus(width))), CURSOR);
    }

    /** The start of the last bucket fully processed, if the scheduler ever ran. */
    public Optional<Instant> lastProcessed() {
        Document cursor = mongo.findById(CURSOR_ID, Document.class, CURSOR);
        return Optional.ofNullable(cursor).map(c -> c.getDate("last")).map(Date::toInstant);
    }

    /** Moves the cursor forward to a bucket (never back). */
    public void advanceCursor(Instant bucket) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(CURSOR_ID).and("last").lt(Date.from(bucket))),
                new Update().set("last", Date.from(bucket)), CURSOR);
    }

    /**
     * Files a step: in the bucket of its time, or, when the cursor already passed that bucket (a step in
     * the past, or the scheduler moved on meanwhile), in the next bucket still to be processed. Filing twice
     * is harmless.
     */
    public void file(String deadlineId, Instant at) {
        file(deadlineId, at, at);
    }

    /** Files a step into the bucket of {@code notBefore} or later (to retry a step that failed to fire). */
    public void file(String deadlineId, Instant at, Instant notBefore) {
        Entry entry = new Entry(deadlineId, at);
        Instant bucket = bucketOf(at.isAfter(notBefore) ? at : notBefore);
        Optional<Instant> cursor = lastProcessed();
        for (int attempt = 0; attempt < 10; attempt++) {
            if (cursor.isPresent() && !bucket.isAfter(cursor.get())) {
                bucket = cursor.get().plus(width);
            }
            LeasedClaims.touch(mongo, BUCKETS, key(bucket), new Update().addToSet("entries", entry.encoded()));
            // If the scheduler finished this bucket before our write, it will not look here again.
            cursor = lastProcessed();
            if (cursor.isEmpty() || bucket.isAfter(cursor.get())) {
                return;
            }
        }
        throw new IllegalStateException("could not file " + deadlineId + " ahead of the scheduler's cursor");
    }

    /**
     * Files many steps at once into buckets that do not exist yet, one insert per bucket, each as filing its steps
     * one by one would leave it: for seeding a store in bulk (the tick benchmark files millions of steps, which
     * one by one would take hours on the embedded store, whose {@code $addToSet} compares every pair). Every step
     * must come after the cursor; a bucket that exists already fails the insert.
     */
    public void fileIntoNewBuckets(Collection<Entry> entries) {
        Map<Instant, List<String>> byBucket = new TreeMap<>();
        for (Entry entry : entries) {
            byBucket.computeIfAbsent(bucketOf(entry.at()), b -> new ArrayList<>()).add(entry.encoded());
        }
        List<Document> documents = new ArrayList<>();
        byBucket.forEach((bucket, encoded) -> documents.add(new Document("_id", key(bucket))
                .append("entries", encoded.stream().distinct().toList()).append(FILINGS, encoded.size())));
        mongo.getCollection(BUCKETS).insertMany(documents);
    }

    /** Removes a step that will never fire (its deadline was closed). */
    public void unfile(String deadlineId, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key(bucketOf(at)))),
                new Update().pull("entries", new Entry(deadlineId, at).encoded()), BUCKETS);
    }

    /** Claims a bucket with a lease, unless another instance holds it. */
    public Claim claim(Instant bucket) {
        String id = key(bucket);
        return claims.claim(id).<Claim>map(TimeBuckets::held)
                .orElseGet(() -> claims.exists(id) ? new Busy() : new Empty());
    }

    /** The bucket as it is now, without claiming it. */
    public Optional<Held> read(Instant bucket) {
        return claims.read(key(bucket)).map(TimeBuckets::held);
    }

    /**
     * Takes processed entries out of a bucket as {@code read} found it. When nothing was filed since (its {@code n}
     * unchanged), the bucket's list is rewritten without them in one {@code $set}; otherwise they are
     * {@code $pullAll}ed, which keeps what was filed meanwhile. (The embedded store's {@code $pullAll} compares every
     * pair: seconds for a bucket of ten thousand steps.) An entry someone else took out meanwhile (unfiled, its
     * deadline closed; or fired by an instance that took the bucket over) may come back with the rewrite: it fires
     * nothing more when looked at again.
     */
    public void remove(Instant bucket, Held read, List<Entry> done) {
        if (done.isEmpty()) {
            return;
        }
        Set<String> removed = new HashSet<>();
        done.forEach(entry -> removed.add(entry.encoded()));
        List<String> remaining = read.entries().stream().map(Entry::encoded).filter(e -> !removed.contains(e)).toList();
        Criteria unchanged = Criteria.where("_id").is(key(bucket));
        unchanged = read.filings() == 0 ? unchanged.and(FILINGS).exists(false) : unchanged.and(FILINGS).is(read.filings());
        if (mongo.updateFirst(Query.query(unchanged), new Update().set("entries", remaining), BUCKETS)
                .getMatchedCount() == 0) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(key(bucket))),
                    new Update().pullAll("entries", removed.toArray()), BUCKETS);
        }
    }

    /** Deletes a processed bucket, unless something was filed into it since {@code filings} was read. */
    public boolean deleteIfUnchanged(Instant bucket, long filings) {
        return claims.deleteIfUnchanged(key(bucket), filings);
    }

    /**
     * Extends this instance's lease on a bucket it is still firing (a large bucket outlasts one lease).
     *
     * @return false when another instance took the bucket over meanwhile: stop firing it
     */
    public boolean renew(Instant bucket) {
        return claims.renew(key(bucket));
    }

    /** How long a claim lasts unless renewed. */
    public Duration lease() {
        return claims.lease();
    }

    /** Gives up the lease on a bucket that is still current (it is looked at again next tick). */
    public void release(Instant bucket) {
        claims.release(key(bucket));
    }

    /**
     * A bucket's {@code _id}: its start instant in ISO-8601 UTC ({@code 2026-03-24T01:00:00Z}), which sorts
     * like time. (A {@code Date} {@code _id} would be turned into an ObjectId by Spring Data's id conversion.)
     */
    static String key(Instant bucket) {
        return bucket.toString();
    }

    private static Held held(LeasedClaims.Claimed claimed) {
        List<Entry> entries = new ArrayList<>();
        List<?> raw = claimed.item().get("entries", List.class);
        if (raw != null) {
            raw.forEach(e -> entries.add(Entry.decode(e.toString())));
        }
        return new Held(entries, claimed.writes());
    }
}
