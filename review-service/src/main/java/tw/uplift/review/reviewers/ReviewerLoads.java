package tw.uplift.review.reviewers;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * How many open tasks each reviewer has (the "least loaded first" of the assignment rule), counted from the
 * stored tasks themselves through the index on {@code assigneeId}. Nothing is kept beside the tasks, so no crash
 * between two writes and no redelivery can leave a load wrong. A body has a handful of reviewers: one indexed
 * count each.
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

    /** Open (assigned, undecided) tasks per reviewer id; every id asked for is in the answer. */
    public Map<String, Long> of(Collection<String> reviewerIds) {
        Map<String, Long> open = new LinkedHashMap<>();
        for (String reviewerId : reviewerIds) {
            open.put(reviewerId, mongo.count(Query.query(Criteria.where(ASSIGNEE).is(reviewerId).and(STATUS).in(OPEN)),
                    TASKS));
        }
        return open;
    }

    /** Open assigned tasks over all reviewers. */
    public long totalOpen() {
        return mongo.count(Query.query(Criteria.where(STATUS).in(OPEN).and(ASSIGNEE).ne(null)), TASKS);
    }
}
