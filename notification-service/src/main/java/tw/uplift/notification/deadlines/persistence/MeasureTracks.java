package tw.uplift.notification.deadlines.persistence;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.contracts.values.ReportingPeriod.Cadence;
import tw.uplift.notification.deadlines.Deadline;

/**
 * The progress reports of each continuous measure, keyed by plan and measure, so that completing, amending or
 * releasing the measure reaches its open obligations with {@code _id} lookups only:
 *
 * <pre>
 * measure_tracks: { _id: &lt;the measure's deadline id&gt;, open: [deadlineId, …], cadence: "QUARTERLY",
 *                   completed: true|absent, released: true|absent }
 * </pre>
 *
 * {@code cadence} is the one its plan's latest list gave (absent for tracks kept before lists were: any
 * cadence is owed then); {@code released} says the measure reports no more (its plan dropped it, made it a dated
 * one, or closed its year).
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
        return openBefore(planId, measureId, new Update().set("completed", true), true);
    }

    /**
     * The measure reports on {@code cadence} from now (its plan's latest list says so): returns the obligations
     * open until now, for the caller to withdraw those of another cadence.
     */
    public List<String> reportsOn(String planId, String measureId, Cadence cadence) {
        return openBefore(planId, measureId, new Update().set("cadence", cadence.name()).unset("released"), true);
    }

    /** The measure reports no more: returns the obligations open until now. */
    public List<String> release(String planId, String measureId) {
        return openBefore(planId, measureId, new Update().set("released", true), false);
    }

    /**
     * Whether a progress report on this cadence is owed: not once the measure is completed (completion is final,
     * whatever order events came in), released, or reporting on another cadence.
     */
    public boolean owesReports(String planId, String measureId, Cadence cadence) {
        Document doc = mongo.findOne(byId(planId, measureId), Document.class, COLLECTION);
        if (doc == null) {
            return true;
        }
        String owed = doc.getString("cadence");
        return !Boolean.TRUE.equals(doc.getBoolean("completed")) && !Boolean.TRUE.equals(doc.getBoolean("released"))
                && (owed == null || owed.equals(cadence.name()));
    }

    private List<String> openBefore(String planId, String measureId, Update update, boolean create) {
        Document before = mongo.findAndModify(byId(planId, measureId), update,
                FindAndModifyOptions.options().upsert(create).returnNew(false), Document.class, COLLECTION);
        List<?> open = before == null ? null : before.get("open", List.class);
        return open == null ? List.of() : open.stream().map(Object::toString).toList();
    }

    /** A measure's track shares its id with the measure's deadline: both are keyed by plan and measure. */
    private static Query byId(String planId, String measureId) {
        return Query.query(Criteria.where("_id").is(Deadline.idOfMeasure(planId, measureId)));
    }
}
