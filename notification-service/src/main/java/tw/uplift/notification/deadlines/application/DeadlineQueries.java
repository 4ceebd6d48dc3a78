package tw.uplift.notification.deadlines.application;

import java.util.List;
import org.bson.Document;
import tw.uplift.contracts.deadline.TrackedItemKind;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tw.uplift.notification.deadlines.Deadline;

/** Reads deadlines for people (by plan, within the caller's scope). */
public class DeadlineQueries {

    private final MongoTemplate mongo;

    public DeadlineQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * A plan's deadlines, limited to one agency's or one supervising body's when given. Placeholders (a close
     * that came before its registration) track nothing and are not listed.
     */
    public List<Deadline> ofPlan(String planId, String agencyId, String supervisingBodyId) {
        Criteria c = Criteria.where("planId").is(planId).and("registeredAt").exists(true);
        if (agencyId != null) {
            c = c.and("agencyId").is(agencyId);
        }
        if (supervisingBodyId != null) {
            c = c.and("supervisingBodyId").is(supervisingBodyId);
        }
        return mongo.find(Query.query(c).with(Sort.by("dueDate", "_id")).limit(1000), Deadline.class);
    }

    /**
     * The tracked items of one agency, or of one supervising body, or (both null) everyone's: open ones first, by
     * due date (the page puts the overdue ones first), at most {@code limit}.
     */
    public List<Deadline> tracked(String agencyId, String supervisingBodyId, int limit) {
        Criteria c = Criteria.where("registeredAt").exists(true);
        if (agencyId != null) {
            c = c.and("agencyId").is(agencyId);
        }
        if (supervisingBodyId != null) {
            c = c.and("supervisingBodyId").is(supervisingBodyId);
        }
        return mongo.find(Query.query(c).with(Sort.by("status", "dueDate", "_id")).limit(limit), Deadline.class);
    }

    /** The items of a supervising body with a request for more time (展期) waiting for its decision. */
    public List<Deadline> awaitingExtensionDecision(String supervisingBodyId) {
        Criteria c = Criteria.where("supervisingBodyId").is(supervisingBodyId).and("extensions")
                .elemMatch(Criteria.where("status").is("PENDING"));
        return mongo.find(Query.query(c).with(Sort.by("dueDate", "_id")).limit(1000), Deadline.class);
    }

    /**
     * The measures a plan has deadlines for (dated ones and continuous ones' reports), for a plan tracked before
     * the tracker kept each plan's list: the one time an amendment or a closure has to look them up.
     */
    public List<String> measuresOf(String planId) {
        Criteria c = Criteria.where("planId").is(planId).and("registeredAt").exists(true).and("kind")
                .in(TrackedItemKind.MEASURE.name(), TrackedItemKind.PROGRESS_REPORT.name());
        Query query = Query.query(c);
        query.fields().include("itemId");
        return mongo.find(query, Document.class, mongo.getCollectionName(Deadline.class)).stream()
                .map(d -> d.getString("itemId")).distinct().toList();
    }
}
