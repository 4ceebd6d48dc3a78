package tw.uplift.notification.deadlines.persistence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The number of open obligations that are overdue, kept in one counter document (no scans) and shown as the
 * gauge {@code uplift.deadlines.overdue}.
 */
public class OverdueCount {

    static final String COLLECTION = "deadline_counters";
    private static final String ID = "overdue";

    private final MongoTemplate mongo;

    public OverdueCount(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        Gauge.builder("uplift.deadlines.overdue", this, OverdueCount::current)
                .description("open obligations past their due date").register(meters);
    }

    public void add(long delta) {
        mongo.upsert(Query.query(Criteria.where("_id").is(ID)), new Update().inc("n", delta), COLLECTION);
    }

    public long current() {
        Document doc = mongo.findById(ID, Document.class, COLLECTION);
        Number n = doc == null ? null : doc.get("n", Number.class);
        return n == null ? 0 : Math.max(0, n.longValue());
    }
}
