package tw.uplift.review.reviewers;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
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

    /** Stores a reviewer only if nobody has that id yet; answers whether it did. */
    public boolean addIfMissing(Reviewer reviewer) {
        try {
            mongo.insert(reviewer);
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }

    /** Replaces a stored reviewer (by id). */
    public Reviewer save(Reviewer reviewer) {
        return mongo.save(reviewer);
    }

    public List<Reviewer> ofBody(String bodyId) {
        return mongo.find(Query.query(Criteria.where("bodyId").is(bodyId)).with(Sort.by("_id")), Reviewer.class);
    }

    public Optional<Reviewer> find(String username) {
        return Optional.ofNullable(username == null ? null : mongo.findById(username, Reviewer.class));
    }

    public List<Reviewer> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Reviewer.class);
    }

    /** The bodies that have reviewers. */
    public List<String> bodies() {
        return mongo.findDistinct(new Query(), "bodyId", Reviewer.class, String.class).stream().sorted().toList();
    }
}
