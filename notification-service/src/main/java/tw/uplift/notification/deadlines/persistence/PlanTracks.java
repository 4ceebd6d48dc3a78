package tw.uplift.notification.deadlines.persistence;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.notification.deadlines.TrackedPlan;
import tw.uplift.platform.events.EventPosition;

/**
 * Each plan as the tracker knows it ({@link TrackedPlan}), one document per plan read by {@code _id}:
 *
 * <pre>
 * plan_tracks: { _id: planId, supervisingBodyId, rocYear, measures: [measureId, …],
 *                listedBy: { source, subject, sequence }, closed: true|absent }
 * </pre>
 *
 * A list is recorded after its deadlines were registered and released, so a crash in between leaves the older
 * list in force and the redelivered event does the whole list again. The closure is recorded first, so no
 * list taken while the plan's obligations are being closed registers anything; recording it never touches the
 * rest, nor does recording a list touch {@code closed}.
 */
public class PlanTracks {

    static final String COLLECTION = "plan_tracks";

    private final MongoTemplate mongo;

    public PlanTracks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<TrackedPlan> find(String planId) {
        return Optional.ofNullable(mongo.findById(planId, Document.class, COLLECTION)).map(doc -> plan(planId, doc));
    }

    /** Records the list a plan's deadlines now follow. */
    public void listed(TrackedPlan plan) {
        EventPosition by = plan.listedBy();
        mongo.upsert(byId(plan.planId()), new Update()
                .set("supervisingBodyId", plan.supervisingBodyId())
                .set("rocYear", plan.rocYear())
                .set("measures", plan.measureIds())
                .set("listedBy", by == null ? null
                        : new Document("source", by.source()).append("subject", by.subject())
                                .append("sequence", by.sequence())), COLLECTION);
    }

    /** Marks a plan's year closed, and returns the plan as it was known before (empty if it was not). */
    public Optional<TrackedPlan> close(String planId) {
        Document before = mongo.findAndModify(byId(planId), new Update().set("closed", true),
                FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, COLLECTION);
        return Optional.ofNullable(before).map(doc -> plan(planId, doc));
    }

    private static TrackedPlan plan(String planId, Document doc) {
        List<?> measures = doc.get("measures", List.class);
        Document by = doc.get("listedBy", Document.class);
        Number year = doc.get("rocYear", Number.class);
        Number sequence = by == null ? null : by.get("sequence", Number.class);
        return new TrackedPlan(planId, doc.getString("supervisingBodyId"), year == null ? null : year.intValue(),
                measures == null ? List.of() : measures.stream().map(Object::toString).toList(),
                by == null ? null : new EventPosition(by.getString("source"), by.getString("subject"),
                        sequence == null ? 0 : sequence.longValue()),
                Boolean.TRUE.equals(doc.getBoolean("closed")));
    }

    private static Query byId(String planId) {
        return Query.query(Criteria.where("_id").is(planId));
    }
}
