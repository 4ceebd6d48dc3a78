package tw.uplift.notification.inbox.persistence;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.contracts.values.TaipeiTime;

/**
 * Which items each inbox address holds, newest first, readable by {@code _id} alone: reading one person's inbox
 * costs what is in it, not what is stored for everyone. The embedded store scans the whole {@code inbox} collection
 * for a query on {@code recipient} (it ignores the secondary index the item declares), so without this an inbox
 * page cost grew with every notice ever delivered to anyone.
 *
 * <p>Two kinds of small documents, both written with atomic update operators (so two instances, or a redelivery,
 * never lose or double an entry, and nothing is read to be written):
 * <ul>
 *   <li>{@value #RECIPIENTS}: {@code {_id: "agency:kcg-civil-affairs", months: ["2026-02", "2026-03"]}} — the
 *       months in which the address got items ({@code $addToSet});</li>
 *   <li>{@value #MONTHS}: {@code {_id: "agency:kcg-civil-affairs/2026-03", entries: [{id, at}, …]}} — one bucket
 *       per address and month (Taipei time), each entry an item's id and delivery time ({@code $addToSet}). A
 *       month's bucket only grows during that month, and older pages are older months.</li>
 * </ul>
 * An entry is written <i>before</i> its item ({@code Inbox.deliver}), so an item is never missing from its index;
 * an entry whose item is not there (yet, or ever: a crash between the two writes whose event never came again) is
 * skipped by the reader and {@linkplain #drop dropped} once it is old enough not to be a delivery under way.
 *
 * <p>On real MongoDB (production) the item's {@code recipient_created} index would serve the same read; this costs
 * two extra small upserts per delivered item and replaces the indexed range read by a few {@code _id} reads, so it
 * makes production no worse and keeps the embedded store (tests, the local run) from slowing down as data grows.
 */
public class InboxIndex {

    static final String RECIPIENTS = "inbox_recipients";
    static final String MONTHS = "inbox_months";
    private static final String ENTRIES = "entries";

    /**
     * One indexed item.
     *
     * @param recipient the address it was delivered to
     * @param itemId    the item's id
     * @param at        when it was delivered (the item's {@code createdAt}, to the millisecond)
     */
    public record Entry(String recipient, String itemId, Instant at) {
    }

    private final MongoTemplate mongo;

    public InboxIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Indexes an item delivered to {@code recipient} at {@code at}; a second time changes nothing. */
    public void add(String recipient, String itemId, Instant at) {
        String month = monthOf(at);
        mongo.upsert(byId(recipient), new Update().addToSet("months", month), RECIPIENTS);
        mongo.upsert(byId(bucketId(recipient, month)), new Update().addToSet(ENTRIES, entry(itemId, at)), MONTHS);
    }

    /**
     * Indexes many items at once (the start-up backfill): per address one {@code $addToSet} of its months, per
     * bucket one {@code $addToSet $each} of its entries, in two unordered bulk writes.
     */
    public void addAll(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, Set<String>> months = new HashMap<>();
        Map<String, List<Document>> buckets = new HashMap<>();
        for (Entry e : entries) {
            String month = monthOf(e.at());
            months.computeIfAbsent(e.recipient(), r -> new LinkedHashSet<>()).add(month);
            buckets.computeIfAbsent(bucketId(e.recipient(), month), b -> new ArrayList<>()).add(entry(e.itemId(), e.at()));
        }
        BulkOperations recipients = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, RECIPIENTS);
        months.forEach((r, m) -> recipients.upsert(byId(r), new Update().addToSet("months").each(m.toArray())));
        recipients.execute();
        BulkOperations monthly = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, MONTHS);
        buckets.forEach((b, list) -> monthly.upsert(byId(b), new Update().addToSet(ENTRIES).each(list.toArray())));
        monthly.execute();
    }

    /**
     * The newest entries of each address (at most {@code limit} each, so that the newest {@code limit} of all of
     * them are among them), newest first. Reads the addresses' documents in one {@code _id} query, then their
     * buckets month by month, newest first, one {@code _id} query per step, until each address has enough.
     */
    public List<Entry> newest(Collection<String> recipients, int limit) {
        Map<String, List<String>> monthsLeft = new HashMap<>();
        for (Document r : mongo.find(Query.query(Criteria.where("_id").in(distinct(recipients))), Document.class,
                RECIPIENTS)) {
            List<String> months = new ArrayList<>(r.getList("months", String.class, List.of()));
            months.sort(Comparator.reverseOrder());
            monthsLeft.put(r.getString("_id"), months);
        }
        Map<String, Integer> found = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        while (true) {
            Map<String, String> next = new HashMap<>();
            monthsLeft.forEach((recipient, months) -> {
                if (!months.isEmpty() && found.getOrDefault(recipient, 0) < limit) {
                    next.put(bucketId(recipient, months.removeFirst()), recipient);
                }
            });
            if (next.isEmpty()) {
                break;
            }
            for (Document bucket : mongo.find(Query.query(Criteria.where("_id").in(next.keySet())), Document.class,
                    MONTHS)) {
                String recipient = next.get(bucket.getString("_id"));
                for (Document e : bucket.getList(ENTRIES, Document.class, List.of())) {
                    entries.add(new Entry(recipient, e.getString("id"), e.getDate("at").toInstant()));
                    found.merge(recipient, 1, Integer::sum);
                }
            }
        }
        // newest first; entries of one instant keep the order they were added in (the sort is stable)
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return entries;
    }

    /** Removes an entry whose item will never come (see the class comment). */
    public void drop(Entry entry) {
        mongo.updateFirst(byId(bucketId(entry.recipient(), monthOf(entry.at()))),
                new Update().pull(ENTRIES, new Document("id", entry.itemId())), MONTHS);
    }

    private static Document entry(String itemId, Instant at) {
        return new Document("id", itemId).append("at", Date.from(at));
    }

    private static String monthOf(Instant at) {
        return YearMonth.from(at.atZone(TaipeiTime.ZONE)).toString();
    }

    private static String bucketId(String recipient, String month) {
        return recipient + "/" + month;
    }

    private static List<String> distinct(Collection<String> recipients) {
        return recipients.stream().distinct().toList();
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
