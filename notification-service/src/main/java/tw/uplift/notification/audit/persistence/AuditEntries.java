package tw.uplift.notification.audit.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.notification.audit.AuditEntry;
import tw.uplift.notification.audit.AuditedEvent;

/**
 * The chain in collection {@value #COLLECTION}: {@code {_id: <position>, eventId, service, type, item, actor, time,
 * request, payloadDigest, prevHash, hash}}. One insert per entry and nothing else: {@code _id} (the position) makes
 * two appenders racing for one position end with one winner, and the unique index on {@code eventId} makes a
 * redelivered event fail to append a second time, in the same single write, so a crash can leave neither a gap nor
 * a fork. This class has no update or delete (a test keeps it so).
 *
 * <p>Positions are read by {@code _id}; the newest position is read once per instance and then followed by probing
 * {@code _id}s, so appending does not scan the collection on the embedded store. The page's filtered list and the
 * export do scan (off the event path, for an operator).
 */
public class AuditEntries {

    public static final String COLLECTION = "audit_entries";

    /** What an attempt to append did. */
    public enum Outcome {
        /** The entry is now in the chain at its position. */
        APPENDED,
        /** The event was already in the chain (a redelivery): nothing was written. */
        ALREADY_THERE,
        /** Another appender took the position first: read the newest entry again and retry. */
        POSITION_TAKEN
    }

    private final MongoCollection<Document> entries;

    public AuditEntries(MongoTemplate mongo) {
        this.entries = mongo.getCollection(COLLECTION);
        entries.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true).name("eventId_unique"));
    }

    /** Writes the entry at its position, once. */
    public Outcome append(AuditEntry entry) {
        try {
            entries.insertOne(toDocument(entry));
            return Outcome.APPENDED;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return ofEvent(entry.event().eventId()).isPresent() ? Outcome.ALREADY_THERE : Outcome.POSITION_TAKEN;
        }
    }

    public Optional<AuditEntry> at(long position) {
        return Optional.ofNullable(entries.find(Filters.eq("_id", position)).first()).map(AuditEntries::fromDocument);
    }

    public Optional<AuditEntry> ofEvent(String eventId) {
        return Optional.ofNullable(entries.find(Filters.eq("eventId", eventId)).first())
                .map(AuditEntries::fromDocument);
    }

    /** The newest position in the store (a scan on the embedded store: once per instance), 0 when empty. */
    public long newestPosition() {
        Document newest = entries.find().sort(Sorts.descending("_id")).limit(1).first();
        return newest == null ? 0 : newest.getLong("_id");
    }

    /** The newest position at or after {@code known}, found by reading the positions after it by {@code _id}. */
    public long newestFrom(long known) {
        long newest = known;
        while (entries.find(Filters.eq("_id", newest + 1)).first() != null) {
            newest++;
        }
        return newest;
    }

    /** Every entry, in position order. */
    public void forEachInOrder(Consumer<AuditEntry> each) {
        for (Document d : entries.find().sort(Sorts.ascending("_id"))) {
            each.accept(fromDocument(d));
        }
    }

    /** The entries that match, newest first, at most {@code limit}. */
    public List<AuditEntry> newest(AuditQuery query, int limit) {
        List<AuditEntry> out = new ArrayList<>();
        for (Document d : entries.find(filterOf(query)).sort(Sorts.descending("_id")).limit(limit)) {
            out.add(fromDocument(d));
        }
        return out;
    }

    /** The entries that match, in position order. */
    public List<AuditEntry> inOrder(AuditQuery query) {
        List<AuditEntry> out = new ArrayList<>();
        for (Document d : entries.find(filterOf(query)).sort(Sorts.ascending("_id"))) {
            out.add(fromDocument(d));
        }
        return out;
    }

    private static Bson filterOf(AuditQuery q) {
        List<Bson> all = new ArrayList<>();
        if (q.item() != null) {
            all.add(Filters.eq("item", q.item()));
        }
        if (q.actor() != null) {
            all.add(Filters.eq("actor", q.actor()));
        }
        if (q.service() != null) {
            all.add(Filters.eq("service", q.service()));
        }
        if (q.from() != null) {
            all.add(Filters.gte("time", Date.from(q.from())));
        }
        if (q.until() != null) {
            all.add(Filters.lt("time", Date.from(q.until())));
        }
        if (q.positionFrom() != null) {
            all.add(Filters.gte("_id", q.positionFrom()));
        }
        if (q.positionTo() != null) {
            all.add(Filters.lte("_id", q.positionTo()));
        }
        return all.isEmpty() ? new Document() : Filters.and(all);
    }

    private static Document toDocument(AuditEntry entry) {
        AuditedEvent e = entry.event();
        return new Document("_id", entry.position()).append("eventId", e.eventId()).append("service", e.service())
                .append("type", e.type()).append("item", e.item()).append("actor", e.actor())
                .append("time", Date.from(e.time())).append("request", e.request())
                .append("payloadDigest", e.payloadDigest()).append("prevHash", entry.prevHash())
                .append("hash", entry.hash());
    }

    private static AuditEntry fromDocument(Document d) {
        Date time = d.getDate("time");
        AuditedEvent event = new AuditedEvent(d.getString("eventId"), d.getString("service"), d.getString("type"),
                d.getString("item"), d.getString("actor"), time == null ? Instant.EPOCH : time.toInstant(),
                d.getString("request"), d.getString("payloadDigest"));
        return new AuditEntry(((Number) d.get("_id")).longValue(), event, d.getString("prevHash"),
                d.getString("hash"));
    }
}
