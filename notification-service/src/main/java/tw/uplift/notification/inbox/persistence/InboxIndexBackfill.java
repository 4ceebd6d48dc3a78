package tw.uplift.notification.inbox.persistence;

import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.platform.work.OneTimeStep;

/**
 * Indexes, once, the inbox items stored before the {@link InboxIndex} existed (a data folder or a database from an
 * earlier version), so that they are still listed. At start-up: when the marker document is there (every start but
 * the first), one {@code _id} read and nothing else; otherwise one scan of the items, indexed in batches, then the
 * marker. Safe to repeat and to run on two instances at once: indexing an item twice changes nothing, and a crash
 * before the marker only means the next start scans again. Items delivered meanwhile are indexed by their delivery.
 */
public class InboxIndexBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InboxIndexBackfill.class);

    static final String MARKERS = "inbox_index_backfill";
    private static final String DONE = "items-indexed";
    private static final int BATCH = 5_000;

    private final MongoTemplate mongo;
    private final OneTimeStep once;
    private final InboxIndex index;

    public InboxIndexBackfill(MongoTemplate mongo, InboxIndex index) {
        this.mongo = mongo;
        this.once = new OneTimeStep(mongo, MARKERS, DONE);
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        backfill();
    }

    /** Indexes every stored item unless that was done before; returns how many it indexed now. */
    public int backfill() {
        if (once.done()) {
            return 0;
        }
        int indexed = 0;
        List<InboxIndex.Entry> batch = new ArrayList<>(BATCH);
        for (Document item : mongo.getCollection(mongo.getCollectionName(InboxItem.class)).find()
                .projection(Projections.include("recipient", "createdAt")).batchSize(BATCH)) {
            String recipient = item.getString("recipient");
            Date createdAt = item.getDate("createdAt");
            if (recipient == null || createdAt == null) {
                continue;
            }
            batch.add(new InboxIndex.Entry(recipient, item.getString("_id"), createdAt.toInstant()));
            if (batch.size() == BATCH) {
                index.addAll(batch);
                indexed += batch.size();
                batch.clear();
            }
        }
        index.addAll(batch);
        indexed += batch.size();
        once.markDone();
        log.info("inbox index: {} stored items indexed (once; later starts skip this)", indexed);
        return indexed;
    }
}
