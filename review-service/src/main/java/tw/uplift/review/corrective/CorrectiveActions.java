package tw.uplift.review.corrective;

import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import java.time.LocalDate;
import tw.uplift.contracts.review.CorrectiveActionResponded;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.calendar.OfficeCalendar;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.review.ReviewProperties;
import tw.uplift.review.tasks.AgencyUnderReview;
import tw.uplift.review.tasks.ReviewTaskService;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.review.tasks.ReviewTask;

/**
 * Opens corrective actions from routine checks' findings, once each; takes the agency's answer and opens its
 * verification; settles the action when the verification is done; lists them for a body or an agency.
 */
@Service
public class CorrectiveActions {

    private static final Logger log = LoggerFactory.getLogger(CorrectiveActions.class);

    /** What kind of task a verification is, as part of its derived id. */
    static final String VERIFICATION = "corrective-action-verification";

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ReviewTaskService tasks;
    private final OfficeCalendar calendar;
    private final ReviewProperties properties;

    public CorrectiveActions(AggregateStore store, MongoTemplate mongo, ReviewTaskService tasks,
            OfficeCalendar calendar, ReviewProperties properties) {
        this.store = store;
        this.mongo = mongo;
        this.tasks = tasks;
        this.calendar = calendar;
        this.properties = properties;
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
                    check == null ? null : check.parentAgencyId(), check == null ? null : check.supervisingBodyId()));
            log.info("corrective action {} raised by check {} for agency {}, due {}", decided.correctiveActionId(),
                    decided.taskId(), decided.agencyId(), decided.actionDueDate());
        } catch (DuplicateKeyException concurrent) {
            log.debug("corrective action {} opened concurrently; nothing to do", decided.correctiveActionId());
        }
    }

    /** One corrective action, if the caller may see it (otherwise it does not exist for them). */
    public CorrectiveAction get(String id, CurrentUser user) {
        return store.findById(id, CorrectiveAction.class).filter(a -> visible(a, user))
                .orElseThrow(() -> new NotFoundException("corrective action", id));
    }

    /**
     * The agency answers its corrective action (its staff or head only; a reviewer never answers for an agency).
     */
    public CorrectiveAction respond(String id, CurrentUser user, String response) {
        user.requireAny(Role.AGENCY_STAFF, Role.AGENCY_HEAD);
        CorrectiveAction answered = store.update(id, CorrectiveAction.class, action -> {
            if (!user.requireAgency().equals(action.agencyId())) {
                throw new NotFoundException("corrective action", id);
            }
            action.respond(user.username(), response, tasks.now());
            return action;
        }).orElseThrow(() -> new NotFoundException("corrective action", id));
        log.info("corrective action {} answered by {}", id, user.username());
        return answered;
    }

    /**
     * The agency answered: open the verification task (改善事項查證) for the body, due in the follow-up working days.
     * Its id comes from the event, so a redelivered answer opens nothing more.
     */
    public void answered(String eventId, CorrectiveActionResponded responded) {
        String taskId = DerivedId.of(eventId, VERIFICATION);
        CorrectiveAction action = store.findById(responded.actionId(), CorrectiveAction.class).orElse(null);
        if (action == null) {
            log.warn("answer to unknown corrective action {} ignored", responded.actionId());
            return;
        }
        ReviewTask check = store.findById(action.checkTaskId(), ReviewTask.class).orElse(null);
        AgencyUnderReview agency = check != null ? check.agency()
                : agencyOf(action);
        LocalDate due = calendar.plusWorkingDays(TaipeiTime.dateOf(responded.respondedAt()),
                properties.followUpWorkingDays());
        tasks.open(ReviewTask.correctiveActionVerification(taskId, action.getId(), action.finding(), action.planId(),
                action.measureId(), agency, responded.response(), due, tasks.now()));
    }

    /** A verification was completed: the corrective action closes (accepted) or is replaced (rejected). */
    public void verified(ReviewTaskCompleted completed) {
        if (completed.kind() != ReviewTaskKind.CORRECTIVE_ACTION_VERIFICATION
                || ReviewTask.CANCELLED.equals(completed.outcome())) {
            return;
        }
        boolean accepted = ReviewTask.ACCEPTED.equals(completed.outcome());
        store.update(completed.subjectId(), CorrectiveAction.class, a -> a.settle(accepted, completed.completedAt()))
                .ifPresentOrElse(changed -> log.info("corrective action {} {} ({})", completed.subjectId(),
                        changed ? "settled" : "already settled", completed.outcome()),
                        () -> log.warn("verification of unknown corrective action {}", completed.subjectId()));
    }

    private boolean visible(CorrectiveAction action, CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return true;
        }
        if (user.has(Role.REVIEWER)) {
            return user.bodyId() != null && user.bodyId().equals(action.supervisingBodyId())
                    && tasks.freeOfConflict(user).test(agencyOf(action));
        }
        return (user.has(Role.AGENCY_STAFF) || user.has(Role.AGENCY_HEAD)) && user.agencyId() != null
                && user.agencyId().equals(action.agencyId());
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
            user.requireAny(Role.AGENCY_STAFF, Role.AGENCY_HEAD);
            criteria = Criteria.where("agencyId").is(user.requireAgency());
        }
        Predicate<AgencyUnderReview> free = tasks.freeOfConflict(user);
        return mongo.find(Query.query(criteria).with(Sort.by("dueDate", "_id")), CorrectiveAction.class).stream()
                .filter(a -> free.test(agencyOf(a))).toList();
    }

    /** The agency a corrective action is about, as the conflict-of-interest rule reads it. */
    private static AgencyUnderReview agencyOf(CorrectiveAction action) {
        return new AgencyUnderReview(action.agencyId(), action.agencyName(), action.parentAgencyId(),
                action.supervisingBodyId());
    }
}
