package tw.uplift.review.reviewers;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * How many open tasks each reviewer has (the "least loaded first" of the assignment rule), counted from the
 * stored tasks themselves through the index on {@code assigneeId}. Nothing is kept beside the tasks, so no crash
 * between two writes and no redelivery can leave a load wrong. A body has a handful of reviewers: one indexed,
 * grouped count for all of them.
 */
@Component
public class ReviewerLoads {

    /** The task collection and the fields read here, by name: the reviewer pool does not depend on the task class. */
    static final String TASKS = "review_tasks";
    static final String ASSIGNEE = "assigneeId";
    static final String STATUS = "status";
    static final List<String> OPEN = List.of("OPEN", "CLAIMED");

    private final MongoTemplate mongo;

    public ReviewerLoads(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Open (assigned, undecided) tasks per reviewer id; every id asked for is in the answer. One grouped count over
     * the body's reviewers (not one count each): the assignment reads this for every task it opens.
     */
    public Map<String, Long> of(Collection<String> reviewerIds) {
        Map<String, Long> open = new LinkedHashMap<>();
        reviewerIds.forEach(id -> open.put(id, 0L));
        if (reviewerIds.isEmpty()) {
            return open;
        }
        Aggregation count = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(ASSIGNEE).in(reviewerIds).and(STATUS).in(OPEN)),
                Aggregation.group(ASSIGNEE).count().as("open"));
        for (Document row : mongo.aggregate(count, TASKS, Document.class).getMappedResults()) {
            open.put(row.getString("_id"), ((Number) row.get("open")).longValue());
        }
        return open;
    }

    /** Open assigned tasks over all reviewers. */
    public long totalOpen() {
        return mongo.count(Query.query(Criteria.where(STATUS).in(OPEN).and(ASSIGNEE).ne(null)), TASKS);
    }
}
