package tw.uplift.review.corrective;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.review.tasks.ReviewTask;

/** Opens corrective actions from routine checks' findings, once each, and lists them for a body or an agency. */
@Service
public class CorrectiveActions {

    private static final Logger log = LoggerFactory.getLogger(CorrectiveActions.class);

    private final AggregateStore store;
    private final MongoTemplate mongo;

    public CorrectiveActions(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    /**
     * A check's finding raised a corrective action: store it (it publishes {@code CorrectiveActionRequired}). Its id
     * comes from the check and the measure, so a redelivered event meets the stored action and adds nothing.
     */
    public void raised(MeasureTrackingDecided decided) {
        if (decided.correctiveActionId() == null) {
            return;
        }
        if (store.findById(decided.correctiveActionId(), CorrectiveAction.class).isPresent()) {
            log.debug("corrective action {} already open; redelivery ignored", decided.correctiveActionId());
            return;
        }
        ReviewTask check = store.findById(decided.taskId(), ReviewTask.class).orElse(null);
        try {
            store.save(CorrectiveAction.raisedBy(decided, check == null ? null : check.agencyName(),
                    check == null ? null : check.supervisingBodyId()));
            log.info("corrective action {} raised by check {} for agency {}, due {}", decided.correctiveActionId(),
                    decided.taskId(), decided.agencyId(), decided.actionDueDate());
        } catch (DuplicateKeyException concurrent) {
            log.debug("corrective action {} opened concurrently; nothing to do", decided.correctiveActionId());
        }
    }

    /**
     * The corrective actions the caller may see, the earliest due first: a reviewer's body's, every body's for an
     * admin, an agency user's own agency's.
     */
    public List<CorrectiveAction> visibleTo(CurrentUser user) {
        Criteria criteria;
        if (user.has(Role.ADMIN)) {
            criteria = new Criteria();
        } else if (user.has(Role.REVIEWER)) {
            criteria = Criteria.where("supervisingBodyId").is(user.requireBody());
        } else {
            criteria = Criteria.where("agencyId").is(user.requireAgency());
        }
        return mongo.find(Query.query(criteria).with(Sort.by("dueDate", "_id")), CorrectiveAction.class);
    }
}
