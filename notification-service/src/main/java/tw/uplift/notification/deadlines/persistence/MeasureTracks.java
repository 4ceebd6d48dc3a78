package tw.uplift.notification.deadlines.persistence;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.notification.deadlines.Deadline;

/**
 * The open progress-report obligations of each continuous measure, keyed by plan and measure, so that
 * completing the measure can cancel them with {@code _id} lookups only.
 */
public class MeasureTracks {

    static final String COLLECTION = "measure_tracks";

    private final MongoTemplate mongo;

    public MeasureTracks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void opened(String planId, String measureId, String deadlineId) {
        mongo.upsert(byId(planId, measureId), new Update().addToSet("open", deadlineId), COLLECTION);
    }

    public void closed(String planId, String measureId, String deadlineId) {
        mongo.updateFirst(byId(planId, measureId), new Update().pull("open", deadlineId), COLLECTION);
    }

    /**
     * Marks the measure completed and returns the obligations that were still open, in one write. The mark is
     * kept even when nothing was tracked yet (the completion overtook the approval), so no report is owed later.
     */
    public List<String> complete(String planId, String measureId) {
        Document before = mongo.findAndModify(byId(planId, measureId), new Update().set("completed", true),
                FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, COLLECTION);
        List<?> open = before == null ? null : before.get("open", List.class);
        return open == null ? List.of() : open.stream().map(Object::toString).toList();
    }

    /** A completed measure owes no more progress reports (completion is final, whatever order events came in). */
    public boolean isCompleted(String planId, String measureId) {
        Document doc = mongo.findOne(byId(planId, measureId), Document.class, COLLECTION);
        return doc != null && Boolean.TRUE.equals(doc.getBoolean("completed"));
    }

    /** A measure's track shares its id with the measure's deadline: both are keyed by plan and measure. */
    private static Query byId(String planId, String measureId) {
        return Query.query(Criteria.where("_id").is(Deadline.idOfMeasure(planId, measureId)));
    }
}
