package tw.uplift.review.reviewers;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The reviewer pool as stored. Small (tens of people per body), so reads by body are cheap. */
@Component
public class Reviewers {

    private final MongoTemplate mongo;

    public Reviewers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts or replaces a reviewer (by id). */
    public void upsert(Reviewer reviewer) {
        mongo.save(reviewer);
    }

    public List<Reviewer> ofBody(String bodyId) {
        return mongo.find(Query.query(Criteria.where("bodyId").is(bodyId)).with(Sort.by("_id")), Reviewer.class);
    }

    public java.util.Optional<Reviewer> find(String username) {
        return java.util.Optional.ofNullable(username == null ? null : mongo.findById(username, Reviewer.class));
    }

    public List<Reviewer> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Reviewer.class);
    }
}
