package tw.uplift.review.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.review.ReviewProperties;
import tw.uplift.review.agencies.KnownAgencies;
import tw.uplift.review.agencies.KnownAgency;
import tw.uplift.review.assignment.AssignmentSubject;
import tw.uplift.review.assignment.Candidate;
import tw.uplift.review.assignment.ReviewerAssigner;
import tw.uplift.review.calendar.WorkingDays;

/**
 * Opens review tasks from incoming events (idempotently: a task's id is derived from the event id, so a
 * redelivered event meets the unique {@code _id} and changes and sends nothing), assigns them, and takes
 * the reviewers' decisions.
 */
@Service
public class ReviewTaskService {

    private static final Logger log = LoggerFactory.getLogger(ReviewTaskService.class);

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ReviewerAssigner assigner;
    private final KnownAgencies agencies;
    private final WorkingDays workingDays;
    private final ReviewProperties properties;
    private final Clock clock;

    public ReviewTaskService(AggregateStore store, MongoTemplate mongo, ReviewerAssigner assigner,
            KnownAgencies agencies, WorkingDays workingDays, ReviewProperties properties, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.assigner = assigner;
        this.agencies = agencies;
        this.workingDays = workingDays;
        this.properties = properties;
        this.clock = clock;
    }

    /** What kind of task an event opens, as part of the task's derived id. */
    static final String PLAN_APPROVAL = "plan-approval";
    static final String FOLLOW_UP = "follow-up";

    /** A plan was submitted: open its plan-approval task (one per submitted revision) and assign it. */
    public void onPlanSubmitted(String eventId, Instant eventTime, PlanSubmitted submitted) {
        Instant at = firstNonNull(submitted.submittedAt(), eventTime);
        agencies.seen(new KnownAgency(submitted.agencyId(), submitted.agencyName(), submitted.parentAgencyId(),
                submitted.supervisingBodyId(), at));
        String id = DerivedId.of(eventId, PLAN_APPROVAL);
        if (store.findById(id, ReviewTask.class).isPresent()) {
            log.debug("plan-approval task {} already opened from event {}; redelivery ignored", id, eventId);
            return;
        }
        LocalDate due = workingDays.plus(TaipeiTime.dateOf(at), properties.planApprovalWorkingDays());
        ReviewTask task = ReviewTask.planApproval(id,
                new PlanRevision(submitted.planId(), submitted.revision(), submitted.title(), submitted.content()),
                new AgencyUnderReview(submitted.agencyId(), submitted.agencyName(), submitted.parentAgencyId(),
                        submitted.supervisingBodyId()),
                due, clock.instant());
        openAndAssign(task);
    }

    /** Survey results were published: below the agency's threshold, open a follow-up task. */
    public void onSurveyResults(String eventId, Instant eventTime, SurveyResultsPublished results) {
        if (!results.belowThreshold()) {
            return;
        }
        String id = DerivedId.of(eventId, FOLLOW_UP);
        if (store.findById(id, ReviewTask.class).isPresent()) {
            log.debug("follow-up task {} already opened from event {}; redelivery ignored", id, eventId);
            return;
        }
        Optional<KnownAgency> agency = agencies.find(results.agencyId());
        if (agency.isEmpty()) {
            log.warn("follow-up for agency {} (survey {}): its supervising body is not known yet (no plan "
                    + "submitted); the task stays unassigned", results.agencyId(), results.surveyId());
        }
        Instant at = firstNonNull(results.publishedAt(), eventTime);
        LocalDate due = workingDays.plus(TaipeiTime.dateOf(at), properties.followUpWorkingDays());
        String reason = String.format("survey %s: satisfaction %.1f%% below the threshold %.1f%% (n=%d)",
                results.surveyId(), results.satisfactionRate() * 100, results.effectiveThreshold() * 100,
                results.responses());
        ReviewTask task = ReviewTask.followUp(id, results.surveyId(),
                agency.map(a -> new AgencyUnderReview(a.agencyId(), a.agencyName(), a.parentAgencyId(),
                        a.supervisingBodyId())).orElseGet(() -> AgencyUnderReview.unknown(results.agencyId())),
                reason, due, clock.instant());
        openAndAssign(task);
    }

    private void openAndAssign(ReviewTask task) {
        AssignmentSubject subject = task.agency().assignmentSubject();
        Optional<Candidate> reviewer = assigner.choose(subject);
        reviewer.ifPresent(r -> task.assignTo(r.reviewerId(), r.name(), clock.instant()));
        try {
            store.save(task);
        } catch (DuplicateKeyException redelivered) {
            log.debug("task {} was opened concurrently by the same event; nothing to do", task.getId());
            return;
        }
        if (reviewer.isPresent()) {
            assigner.assigned(task.kind());
            log.info("{} task {} for {} (agency {}) assigned to {}, due {}", task.kind(), task.getId(),
                    task.subjectId(), task.agencyId(), reviewer.get().reviewerId(), task.dueDate());
        } else {
            assigner.unassigned(task.kind());
            log.warn("{} task {} for {} (agency {}, body {}): no eligible reviewer; the task stays UNASSIGNED",
                    task.kind(), task.getId(), task.subjectId(), task.agencyId(), subject.supervisingBodyId());
        }
    }

    /**
     * The tasks the caller may see: all for an admin, newest first; a reviewer's own in the order of their desk
     * ({@link ReviewTask#DESK_ORDER}: open ones by due date, then decided ones, most recent first). Read for
     * listing only: loaded without their content, which lists never show.
     */
    public List<ReviewTask> list(CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return mongo.find(withoutContent(new Query().with(Sort.by(Sort.Direction.DESC, "openedAt"))),
                    ReviewTask.class);
        }
        user.requireBody();
        List<ReviewTask> mine = mongo.find(withoutContent(Query.query(Criteria.where("assigneeId").is(user.username()))),
                ReviewTask.class);
        return mine.stream().sorted(ReviewTask.DESK_ORDER).toList();
    }

    private static Query withoutContent(Query query) {
        query.fields().exclude("content");
        return query;
    }

    /** Today in Taipei by the service's clock, for what depends on the day (a task being overdue). */
    public LocalDate today() {
        return TaipeiTime.today(clock);
    }

    /** One task, if the caller is its assignee or an admin; otherwise it does not exist for them. */
    public ReviewTask get(String id, CurrentUser user) {
        return store.findById(id, ReviewTask.class).filter(t -> visibleTo(t, user))
                .orElseThrow(() -> new NotFoundException("review task", id));
    }

    /**
     * The assigned reviewer decides. Admins may look but not decide (403); anyone else gets a 404. The task is
     * loaded once: the access check runs inside the store's update step.
     */
    public ReviewTask decide(String id, CurrentUser user, ReviewDecision decision, List<ItemComment> comments) {
        ReviewTask decided = store.update(id, ReviewTask.class, task -> {
            if (!visibleTo(task, user)) {
                throw new NotFoundException("review task", id);
            }
            if (!isAssignee(task, user)) {
                throw new AccessDeniedException("only the assigned reviewer may decide task " + id);
            }
            task.decide(user.username(), decision, comments, clock.instant());
            return task;
        }).orElseThrow(() -> new NotFoundException("review task", id));
        log.info("task {} decided {} by {}", id, decision, user.username());
        return decided;
    }

    private static boolean visibleTo(ReviewTask task, CurrentUser user) {
        return user.has(Role.ADMIN) || isAssignee(task, user);
    }

    private static boolean isAssignee(ReviewTask task, CurrentUser user) {
        return user.has(Role.REVIEWER) && task.isAssignedTo(user.username());
    }

    private Instant firstNonNull(Instant preferred, Instant fallback) {
        return preferred != null ? preferred : fallback != null ? fallback : clock.instant();
    }
}
