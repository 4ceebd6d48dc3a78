package tw.uplift.notification.deadlines.application;

import java.util.List;
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
}
