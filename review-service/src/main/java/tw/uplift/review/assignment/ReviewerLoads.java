package tw.uplift.review.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The per-reviewer load documents: read by id, changed only with {@code $inc}. */
@Component
public class ReviewerLoads {

    private final MongoTemplate mongo;

    public ReviewerLoads(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void taskAssigned(String reviewerId) {
        inc(reviewerId, 1);
    }

    public void taskCompleted(String reviewerId) {
        inc(reviewerId, -1);
    }

    /** Open tasks per reviewer id; reviewers without a load document have none. */
    public Map<String, Long> of(Collection<String> reviewerIds) {
        if (reviewerIds.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(reviewerIds)), ReviewerLoad.class).stream()
                .collect(Collectors.toMap(ReviewerLoad::reviewerId, ReviewerLoad::openTasks));
    }

    /** Open assigned tasks over all reviewers (one small document per reviewer). */
    public long totalOpen() {
        return all().stream().mapToLong(ReviewerLoad::openTasks).sum();
    }

    public List<ReviewerLoad> all() {
        return mongo.findAll(ReviewerLoad.class);
    }

    private void inc(String reviewerId, long by) {
        mongo.upsert(Query.query(Criteria.where("_id").is(reviewerId)), new Update().inc("openTasks", by),
                ReviewerLoad.class);
    }
}
