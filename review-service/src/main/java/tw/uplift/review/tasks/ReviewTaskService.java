package tw.uplift.review.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.contracts.survey.CourtesyTestScored;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.calendar.DueDates;
import tw.uplift.platform.calendar.OfficeCalendar;
import tw.uplift.platform.calendar.Urgency;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.review.ReviewProperties;
import tw.uplift.review.assignment.AssignmentSubject;
import tw.uplift.review.assignment.Candidate;
import tw.uplift.review.assignment.Refusal;
import tw.uplift.review.assignment.ReviewerAssigner;
import tw.uplift.review.organisation.Agency;
import tw.uplift.review.organisation.Organisation;
import tw.uplift.review.reviewers.Reviewer;
import tw.uplift.review.revisions.RevisionChanges;
import tw.uplift.review.reviewers.ReviewerLoads;
import tw.uplift.review.reviewers.Reviewers;

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
    private final Reviewers reviewers;
    private final Organisation organisation;
    private final OfficeCalendar calendar;
    private final DueDates dueDates;
    private final ReviewProperties properties;
    private final TaskMetrics metrics;
    private final ReviewerLoads loads;
    private final Clock clock;

    public ReviewTaskService(AggregateStore store, MongoTemplate mongo, ReviewerAssigner assigner, Reviewers reviewers,
            Organisation organisation, OfficeCalendar calendar, DueDates dueDates, ReviewProperties properties,
            TaskMetrics metrics, ReviewerLoads loads, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.assigner = assigner;
        this.reviewers = reviewers;
        this.organisation = organisation;
        this.calendar = calendar;
        this.dueDates = dueDates;
        this.properties = properties;
        this.metrics = metrics;
        this.loads = loads;
        this.clock = clock;
    }

    /** What kind of task an event opens, as part of the task's derived id. */
    static final String PLAN_APPROVAL = "plan-approval";
    static final String FOLLOW_UP = "follow-up";

    /** A plan was submitted: open its plan-approval task (one per submitted revision) and assign it. */
    public void onPlanSubmitted(String eventId, Instant eventTime, PlanSubmitted submitted) {
        // The organisation intake has already taken the agency this submission names (it runs first).
        Instant at = firstNonNull(submitted.submittedAt(), eventTime);
        String id = DerivedId.of(eventId, PLAN_APPROVAL);
        if (store.findById(id, ReviewTask.class).isPresent()) {
            log.debug("plan-approval task {} already opened from event {}; redelivery ignored", id, eventId);
            return;
        }
        LocalDate due = calendar.plusWorkingDays(TaipeiTime.dateOf(at), properties.planApprovalWorkingDays());
        ReviewTask task = ReviewTask.planApproval(id,
                new PlanRevision(submitted.planId(), submitted.rocYear(), submitted.revision(), submitted.title(),
                        submitted.content()),
                new AgencyUnderReview(submitted.agencyId(), submitted.agencyName(), submitted.parentAgencyId(),
                        submitted.supervisingBodyId()),
                due, clock.instant());
        open(task);
    }

    /**
     * An agency's measure, progress report or corrective action stayed overdue and was escalated to its body (逾期陳報):
     * open a follow-up task (追蹤改善) about the item for the body. A review task's own escalation goes to the body's
     * lead as a notice instead (notification-service): a task about a task would only add to the pile. The earlier
     * escalation to the agency's own head (機關首長) is the agency's business, not the body's: no task either.
     */
    public void onOverdueEscalated(String eventId, OverdueEscalated escalated) {
        if (!escalated.reachesSupervisingBody()) {
            return;
        }
        if (escalated.itemKind() == TrackedItemKind.REVIEW_TASK || escalated.itemKind() == TrackedItemKind.SURVEY_CLOSE) {
            return;
        }
        String id = DerivedId.of(eventId, FOLLOW_UP);
        if (store.findById(id, ReviewTask.class).isPresent()) {
            log.debug("follow-up task {} already opened from event {}; redelivery ignored", id, eventId);
            return;
        }
        // The escalation names the body it went to; the organisation copy adds the agency's name and parent.
        AgencyUnderReview agency = organisation.agency(escalated.agencyId())
                .map(a -> new AgencyUnderReview(a.id(), a.name(), a.parentId(),
                        a.supervisingBodyId() != null ? a.supervisingBodyId() : escalated.supervisingBodyId()))
                .orElseGet(() -> new AgencyUnderReview(escalated.agencyId(), null, null,
                        escalated.supervisingBodyId()));
        Instant at = firstNonNull(escalated.escalatedAt(), null);
        // Already overdue for weeks: a 速件 (urgent), due in the urgency scale's working days.
        LocalDate due = dueDates.dueDate(TaipeiTime.dateOf(at), Urgency.URGENT);
        String reason = String.format("逾期陳報：%s（期限 %s，已逾期 %d 個工作天）", escalated.title(),
                escalated.dueDate(), escalated.daysOverdue());
        open(ReviewTask.ofItem(id, ReviewTaskKind.FOLLOW_UP, escalated.itemId(), escalated.title(), agency, reason,
                due, clock.instant()).withPriority(Urgency.URGENT));
    }

    /**
     * Survey results were published: below the supervising body's satisfaction threshold (not one the agency set for
     * itself), open a follow-up task.
     */
    public void onSurveyResults(String eventId, Instant eventTime, SurveyResultsPublished results) {
        Optional<Agency> agency = knownAgency(results.agencyId());
        double threshold = properties.satisfactionThresholdOf(agency.map(Agency::supervisingBodyId).orElse(null));
        if (results.satisfactionRate() >= threshold) {
            return;
        }
        openFollowUp(eventId, results.surveyId(), results.agencyId(), agency, firstNonNull(results.publishedAt(),
                eventTime), String.format("survey %s: satisfaction %.1f%% below the threshold %.1f%% (n=%d)",
                results.surveyId(), results.satisfactionRate() * 100, threshold * 100, results.responses()));
    }

    /**
     * A unit was scored in a phone courtesy test (電話禮貌測試) or a mystery-shopper visit (神秘客訪查): under the
     * supervising body's courtesy bar, open a follow-up task about the test, the same way as for low survey results
     * (due counted from when it was scored: a test written up late still gets its full working days).
     */
    public void onCourtesyTestScored(String eventId, Instant eventTime, CourtesyTestScored scored) {
        Optional<Agency> agency = knownAgency(scored.agencyId());
        double bar = properties.courtesyBarOf(agency.map(Agency::supervisingBodyId).orElse(null));
        if (scored.percent() >= bar) {
            return;
        }
        String what = scored.kind() == CourtesyTestKind.VISIT ? "神秘客訪查" : "電話禮貌測試";
        openFollowUp(eventId, scored.testId(), scored.agencyId(), agency, firstNonNull(eventTime, scored.testedAt()),
                String.format("%s（受測單位：%s）得分 %d/%d，低於督考機關標準 %s 分（測試 %s）", what, scored.unit(),
                        scored.score(), scored.maxScore(), points(bar), scored.testId()));
    }

    /** 80.0 → "80", 82.5 → "82.5". */
    private static String points(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private Optional<Agency> knownAgency(String agencyId) {
        return organisation.agency(agencyId).filter(a -> a.supervisingBodyId() != null);
    }

    /**
     * Opens the follow-up (追蹤改善) an event asks for, once: its id is derived from the event, so a redelivery finds
     * it and does nothing. An agency whose body is not known yet gets a task that waits unassigned.
     */
    private void openFollowUp(String eventId, String subjectId, String agencyId, Optional<Agency> agency, Instant at,
            String reason) {
        String id = DerivedId.of(eventId, FOLLOW_UP);
        if (store.findById(id, ReviewTask.class).isPresent()) {
            log.debug("follow-up task {} already opened from event {}; redelivery ignored", id, eventId);
            return;
        }
        if (agency.isEmpty()) {
            log.warn("follow-up for agency {} ({}): its supervising body is not known yet (no plan submitted); the "
                    + "task stays unassigned", agencyId, subjectId);
        }
        LocalDate due = calendar.plusWorkingDays(TaipeiTime.dateOf(at), properties.followUpWorkingDays());
        open(ReviewTask.followUp(id, subjectId,
                agency.map(a -> new AgencyUnderReview(a.id(), a.name(), a.parentId(), a.supervisingBodyId()))
                        .orElseGet(() -> AgencyUnderReview.unknown(agencyId)),
                reason, due, clock.instant()));
    }

    /**
     * Stores a new task and gives it to a reviewer by the assignment rule, or to the body's candidate group when
     * nobody is eligible (it then shows on the lead's desk). Opening the same task twice (a redelivered event; the id
     * is derived from it) stores nothing the second time.
     *
     * @return whether the task was new
     */
    public boolean open(ReviewTask task) {
        AssignmentSubject subject = subjectOf(task);
        Optional<Candidate> reviewer = assigner.choose(subject, today());
        Instant now = clock.instant();
        if (reviewer.isPresent()) {
            task.assignTo(reviewer.get().reviewerId(), reviewer.get().name(), now);
        } else {
            task.queue(now, task.supervisingBodyId() == null ? "unknown-body" : "no-eligible-reviewer");
        }
        try {
            store.save(task);
        } catch (DuplicateKeyException redelivered) {
            log.debug("task {} was opened concurrently by the same event; nothing to do", task.getId());
            return false;
        }
        loads.moved(task.getId(), null, holder(task));
        if (reviewer.isPresent()) {
            assigner.assigned(task.kind(), reviewer.get().reviewerId(), task.supervisingBodyId());
            log.info("{} task {} for {} (agency {}) assigned to {}, due {}", task.kind(), task.getId(),
                    task.subjectId(), task.agencyId(), reviewer.get().reviewerId(), task.dueDate());
        } else {
            assigner.unassigned(task.kind());
            log.warn("{} task {} for {} (agency {}, body {}): no eligible reviewer; it waits in the body's candidate "
                    + "group", task.kind(), task.getId(), task.subjectId(), task.agencyId(), subject.supervisingBodyId());
        }
        return true;
    }

    private static AssignmentSubject subjectOf(ReviewTask task) {
        return task.agency().assignmentSubject();
    }

    /**
     * The tasks of a desk: for a reviewer, their own, their body's candidate group or their whole body's; for an
     * admin, every body's (their "mine" is empty: admins hold no tasks). In {@link ReviewTask#DESK_ORDER}. Read for
     * listing only: loaded without their content, which lists never show.
     */
    public List<ReviewTask> desk(CurrentUser user, DeskFilter filter) {
        Criteria criteria;
        if (user.has(Role.ADMIN)) {
            if (filter.scope() == DeskFilter.Scope.MINE) {
                return List.of();
            }
            criteria = new Criteria();
        } else {
            user.requireAny(Role.REVIEWER);
            criteria = Criteria.where("supervisingBodyId").is(user.requireBody());
        }
        switch (filter.scope()) {
            case MINE -> criteria = criteria.and("assigneeId").is(user.username());
            case GROUP -> criteria = criteria.and("assigneeId").is(null)
                    .and("status").in(ReviewTaskStatus.OPEN.name());
            case BODY -> { }
        }
        if (filter.kind() != null) {
            criteria = criteria.and("kind").is(filter.kind().name());
        }
        List<ReviewTask> found = mongo.find(withoutContent(Query.query(criteria)), ReviewTask.class);
        Predicate<AgencyUnderReview> free = freeOfConflict(user);
        return found.stream().filter(filter::admits).filter(t -> free.test(t.agency())).sorted(ReviewTask.DESK_ORDER)
                .toList();
    }

    /** A reviewer's own tasks; every task for an admin (the API's list). */
    public List<ReviewTask> list(CurrentUser user) {
        return desk(user, new DeskFilter(user.has(Role.ADMIN) ? DeskFilter.Scope.BODY : DeskFilter.Scope.MINE,
                null, DeskFilter.State.ALL));
    }

    private static Query withoutContent(Query query) {
        query.fields().exclude("content");
        return query;
    }

    /** Now by the service's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** The default due date of a corrective action raised today: the configured working days from today. */
    public LocalDate correctiveActionDueDate() {
        return calendar.plusWorkingDays(today(), properties.correctiveActionWorkingDays());
    }

    /** Today in Taipei by the service's clock, for what depends on the day (a task being overdue). */
    public LocalDate today() {
        return TaipeiTime.today(clock);
    }

    /**
     * One task, if the caller may see it: an admin, or a reviewer of the task's body (who sees the body's tasks, the
     * lead's desk included); otherwise it does not exist for them.
     */
    public ReviewTask get(String id, CurrentUser user) {
        return store.findById(id, ReviewTask.class).filter(t -> visibleTo(t, user))
                .orElseThrow(() -> new NotFoundException("review task", id));
    }

    /** Whether the caller leads the task's body (組長): they reassign and cancel its tasks. Admins do too. */
    public boolean mayManage(ReviewTask task, CurrentUser user) {
        return user.has(Role.ADMIN) || (user.has(Role.REVIEWER) && isOfBody(task, user)
                && reviewers.find(user.username()).filter(r -> r.lead()
                        && Objects.equals(r.bodyId(), task.supervisingBodyId())).isPresent());
    }

    /**
     * The reviewers of the task's body the lead may give it to: active, not holding it already, and free of any
     * conflict of interest with the agency (those away are listed too: the lead decides).
     */
    public List<Reviewer> reassignable(ReviewTask task) {
        if (task.supervisingBodyId() == null) {
            return List.of();
        }
        LocalDate day = today();
        return reviewers.ofBody(task.supervisingBodyId()).stream()
                .filter(r -> !task.isAssignedTo(r.id()))
                .filter(r -> mayTake(r.id(), task, day).isEmpty())
                .toList();
    }

    /** Why the caller may not claim this task from the candidate group, or empty when they may. */
    public Optional<String> claimRefusal(ReviewTask task, CurrentUser user) {
        if (!user.has(Role.REVIEWER) || !isOfBody(task, user)) {
            return Optional.of("not-a-reviewer-of-the-body");
        }
        if (task.isAssignedTo(user.username())) {
            return Optional.empty();
        }
        return mayTake(user.username(), task, today());
    }

    /**
     * Why a reviewer may not take this task by hand (claimed, or given by the lead), or empty when they may. Being
     * away only keeps the automatic assignment off them: someone away who claims a task, or whom the lead chooses
     * knowing it, takes it.
     */
    private Optional<String> mayTake(String reviewerId, ReviewTask task, LocalDate day) {
        return assigner.eligibility(reviewerId, subjectOf(task), day).filter(code -> !Refusal.AWAY.code().equals(code));
    }

    /**
     * A reviewer of the task's body takes it up (認領): their own, or one from the candidate group if the assignment
     * rule lets them review the agency (never their own agency or its ancestors).
     */
    public ReviewTask claim(String id, CurrentUser user) {
        return change(id, user, task -> {
            if (!user.has(Role.REVIEWER)) {
                // An administrator sees every task but reviews none: a refusal, not a rule of the task (409).
                throw new AccessDeniedException("only reviewers of the body take up task " + id);
            }
            if (!task.isAssignedTo(user.username())) {
                if (!task.inCandidateGroup()) {
                    throw new RuleViolationException("assigned-to-other", "assignee",
                            "task " + id + " is held by another reviewer");
                }
                claimRefusal(task, user).ifPresent(code -> {
                    throw new RuleViolationException(code, "assignee", "you may not review agency " + task.agencyId());
                });
            }
            task.claim(user.username(), nameOf(user), clock.instant());
        }, "claimed");
    }

    /** What the caller is called: their name in the reviewer pool, else the one their token carries. */
    public String nameOf(CurrentUser user) {
        return reviewers.find(user.username()).map(Reviewer::name).orElse(user.name());
    }

    /** The assignee gives the task back to the body's candidate group. */
    public ReviewTask unclaim(String id, CurrentUser user, String note) {
        return change(id, user, task -> {
            if (!task.isAssignedTo(user.username())) {
                throw new AccessDeniedException("only the assignee may give task " + id + " back");
            }
            task.unclaim(user.username(), note, clock.instant());
        }, "unclaimed");
    }

    /**
     * The body's lead (or an admin) moves a task to another reviewer of the body, with a reason. The new assignee
     * must be allowed to review the agency (conflict of interest is never overridden); being away is the lead's call.
     */
    public ReviewTask reassign(String id, CurrentUser user, String reviewerId, String reason) {
        return change(id, user, task -> {
            if (!mayManage(task, user)) {
                throw new AccessDeniedException("only the body's lead may reassign task " + id);
            }
            if (reviewerId == null || reviewerId.isBlank()) {
                throw InvalidInput.of("assignee", "choose the reviewer to give the task to");
            }
            mayTake(reviewerId, task, today()).ifPresent(code -> {
                throw InvalidInput.of("assignee", reviewerId + " may not review this task (" + code + ")");
            });
            String name = reviewers.find(reviewerId).map(r -> r.name()).orElse(reviewerId);
            task.reassign(reviewerId, name, user.username(), reason, clock.instant());
        }, "reassigned");
    }

    /** The body's lead (or an admin) withdraws a task, with a reason. */
    public ReviewTask cancel(String id, CurrentUser user, String reason) {
        return change(id, user, task -> {
            if (!mayManage(task, user)) {
                throw new AccessDeniedException("only the body's lead may cancel task " + id);
            }
            task.cancel(user.username(), reason, clock.instant());
        }, "cancelled");
    }

    /** The assignee (or the body's lead) sets the day to look at the task again; null clears it. */
    public ReviewTask followUpOn(String id, CurrentUser user, LocalDate day) {
        return change(id, user, task -> {
            if (!task.isAssignedTo(user.username()) && !mayManage(task, user)) {
                throw new AccessDeniedException("only the assignee or the lead may set task " + id + "'s follow-up");
            }
            task.followUpOn(day, user.username(), clock.instant());
        }, "follow-up set");
    }

    /**
     * The assigned reviewer decides a plan approval. Others who may see the task may not decide (403); anyone else
     * gets a 404. The task is loaded once: the access check runs inside the store's update step.
     */
    public ReviewTask decide(String id, CurrentUser user, ReviewDecision decision, List<ItemComment> comments) {
        return change(id, user, task -> {
            requireAssignee(task, user);
            task.decide(user.username(), decision, comments, clock.instant());
        }, "decided " + decision);
    }

    /**
     * The assignee completes a task of another kind with its outcome (a feature's service calls this once its own
     * record of the work is stored; a retry after a crash between the two finds the task still open and completes
     * it then).
     */
    public ReviewTask complete(String id, CurrentUser user, String outcome) {
        return change(id, user, task -> {
            requireAssignee(task, user);
            task.complete(user.username(), outcome, clock.instant());
        }, "completed " + outcome);
    }

    /**
     * The assignee does a step of the work a task of another kind carries (draws a check's sample, records its
     * findings, scores a review), inside the store's update of the task: the task's state and the events it records
     * are saved together or not at all.
     */
    public ReviewTask work(String id, CurrentUser user, BiConsumer<ReviewTask, Instant> step,
            String what) {
        return change(id, user, task -> {
            requireAssignee(task, user);
            step.accept(task, clock.instant());
        }, what);
    }

    /**
     * The latest approved revision of each plan of the caller's body (every body's for an admin), the newest plan
     * year first: what a routine check or an annual review looks at. Read from the plan-approval tasks this service
     * decided, so it needs nothing from plan-service.
     */
    public List<ReviewTask> approvedPlans(CurrentUser user) {
        Criteria criteria = Criteria.where("kind").is(ReviewTaskKind.PLAN_APPROVAL.name()).and("decision")
                .is(ReviewDecision.APPROVED.name());
        if (!user.has(Role.ADMIN)) {
            user.requireAny(Role.REVIEWER);
            criteria = criteria.and("supervisingBodyId").is(user.requireBody());
        }
        List<ReviewTask> approvals = mongo.find(withoutContent(Query.query(criteria)), ReviewTask.class);
        Map<String, ReviewTask> latest = new LinkedHashMap<>();
        Predicate<AgencyUnderReview> free = freeOfConflict(user);
        approvals.stream().filter(t -> free.test(t.agency())).sorted(Comparator.comparing(ReviewTask::revision).reversed())
                .forEach(t -> latest.putIfAbsent(t.subjectId(), t));
        return latest.values().stream().sorted(Comparator
                .comparing((ReviewTask t) -> t.rocYear() == null ? 0 : t.rocYear()).reversed()
                .thenComparing(t -> t.agencyName() == null ? t.agencyId() : t.agencyName())).toList();
    }

    /** The latest approved revision of a plan, with its content, if the caller may see it. */
    public Optional<ReviewTask> approvedPlan(String planId, CurrentUser user) {
        return latestApproval(planId).filter(t -> visibleTo(t, user));
    }

    /**
     * The latest approved revision of a plan this service knows, with its content, whoever asks: for tasks opened
     * from events, where nobody is asking.
     */
    public Optional<ReviewTask> latestApproval(String planId) {
        Query query = Query.query(Criteria.where("kind").is(ReviewTaskKind.PLAN_APPROVAL.name()).and("subjectId")
                .is(planId).and("decision").is(ReviewDecision.APPROVED.name()))
                .with(Sort.by(Sort.Direction.DESC, "revision")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, ReviewTask.class));
    }

    /** The agency as the organisation copy knows it, or one with an unknown body (its task waits unassigned). */
    public AgencyUnderReview agencyUnderReview(String agencyId) {
        return organisation.agency(agencyId).filter(a -> a.supervisingBodyId() != null)
                .map(a -> new AgencyUnderReview(a.id(), a.name(), a.parentId(), a.supervisingBodyId()))
                .orElseGet(() -> AgencyUnderReview.unknown(agencyId));
    }

    /** Whether a task with this id exists (a task opened from an event before: the event was redelivered). */
    public boolean exists(String id) {
        return store.findById(id, ReviewTask.class).isPresent();
    }

    /** The day a number of Taiwan working days after the given time (in Taipei). */
    public LocalDate workingDaysAfter(Instant at, int workingDays) {
        return calendar.plusWorkingDays(TaipeiTime.dateOf(at), workingDays);
    }

    /**
     * The completed tasks of a kind for a plan year of the caller's body (every body's for an admin): what a ranking
     * lists. Loaded without their content.
     */
    public List<ReviewTask> completed(CurrentUser user, ReviewTaskKind kind, int rocYear) {
        Criteria criteria = Criteria.where("kind").is(kind.name()).and("rocYear").is(rocYear).and("status")
                .is(ReviewTaskStatus.COMPLETED.name());
        if (!user.has(Role.ADMIN)) {
            user.requireAny(Role.REVIEWER);
            criteria = criteria.and("supervisingBodyId").is(user.requireBody());
        }
        return mongo.find(withoutContent(Query.query(criteria)), ReviewTask.class);
    }

    /**
     * A reviewer who is not necessarily the assignee adds their part of the work (their score sheet on an annual
     * review): the assignee, or any reviewer of the body who could claim the task, never one with a conflict of
     * interest with the agency (403; anyone outside the body gets 404). Inside the store's update, like
     * {@link #work}.
     */
    public ReviewTask contribute(String id, CurrentUser user, BiConsumer<ReviewTask, Instant> step, String what) {
        return change(id, user, task -> {
            if (!user.has(Role.REVIEWER)) {
                throw new AccessDeniedException("only reviewers of the body may work on task " + id);
            }
            claimRefusal(task, user).ifPresent(code -> {
                throw new AccessDeniedException("you may not review agency " + task.agencyId() + " (" + code + ")");
            });
            step.accept(task, clock.instant());
        }, what);
    }

    /**
     * The change view of a resubmitted plan: what changed since the previous decided round of the same plan and which
     * of that round's comments each change answers. Empty for a first submission, for other kinds, and when either
     * round lacks its content.
     */
    public Optional<RevisionChanges> changes(ReviewTask task) {
        if (task.kind() != ReviewTaskKind.PLAN_APPROVAL || task.revision() <= 1 || task.content() == null) {
            return Optional.empty();
        }
        Query query = Query.query(Criteria.where("kind").is(ReviewTaskKind.PLAN_APPROVAL.name()).and("subjectId")
                .is(task.subjectId()).and("revision").lt(task.revision()).and("decision").ne(null))
                .with(Sort.by(Sort.Direction.DESC, "revision")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, ReviewTask.class)).filter(p -> p.content() != null)
                .map(previous -> RevisionChanges.between(previous.revision(), previous.content(), task.revision(),
                        task.content(), previous.comments()));
    }

    /**
     * A reviewer of the plan's body (or an admin) opens a task about an approved plan's year by hand — a routine check
     * or an annual review — from its latest approved revision; the assignment rule picks who does it. One open task
     * of the kind per plan: its id comes from the plan and how many of the kind it had, so two people opening at the
     * same moment meet the same id and the second is refused like any second one.
     *
     * @param dueDate     by when, or null when the body sets none
     * @param alreadyOpen the rule code when the plan already has an open one (e.g. {@code check-open})
     * @throws NotFoundException when the caller's body approved no such plan
     * @throws InvalidInput naming {@code planId}, {@code dueDate} (before today) or {@code reason} (too long)
     */
    public ReviewTask openAboutApprovedPlan(CurrentUser user, ReviewTaskKind kind, String planId, String reason,
            LocalDate dueDate, String alreadyOpen) {
        if (!user.has(Role.ADMIN)) {
            user.requireAny(Role.REVIEWER);
        }
        if (planId == null || planId.isBlank()) {
            throw InvalidInput.of("planId", "choose the plan");
        }
        ReviewTask approval = approvedPlan(planId, user)
                .orElseThrow(() -> new NotFoundException("approved plan", planId));
        if (dueDate != null && dueDate.isBefore(today())) {
            throw InvalidInput.of("dueDate", "the due date must be today or later");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > ReviewTask.MAX_REASON) {
            throw InvalidInput.of("reason", "at most " + ReviewTask.MAX_REASON + " characters");
        }
        RuleViolationException refused = new RuleViolationException(alreadyOpen, "planId",
                "plan " + planId + " already has an open " + kind);
        if (!openAbout(kind, List.of(planId)).isEmpty()) {
            throw refused;
        }
        long earlier = mongo.count(Query.query(Criteria.where("kind").is(kind.name()).and("subjectId").is(planId)),
                ReviewTask.class);
        ReviewTask task = ReviewTask.ofPlanYear(DerivedId.of(planId, kind.name() + "#" + (earlier + 1)), kind,
                new PlanRevision(planId, approval.rocYear() == null ? 0 : approval.rocYear(), approval.revision(),
                        approval.subjectTitle(), approval.content()),
                approval.agency(), why, dueDate, clock.instant());
        if (!open(task)) {
            throw refused;
        }
        return task;
    }

    /**
     * The open task of a kind about each of these subjects (e.g. the open routine check of each plan), in one read:
     * subject id → task id, for subjects that have one.
     */
    public Map<String, String> openAbout(ReviewTaskKind kind, Collection<String> subjectIds) {
        Query query = Query.query(Criteria.where("kind").is(kind.name()).and("subjectId").in(subjectIds)
                .and("status").in(ReviewTaskStatus.OPEN.name(), ReviewTaskStatus.CLAIMED.name()));
        query.fields().include("subjectId");
        Map<String, String> open = new LinkedHashMap<>();
        mongo.find(query, ReviewTask.class).forEach(t -> open.putIfAbsent(t.subjectId(), t.getId()));
        return open;
    }

    private void requireAssignee(ReviewTask task, CurrentUser user) {
        if (!(user.has(Role.REVIEWER) && task.isAssignedTo(user.username()))) {
            throw new AccessDeniedException("only the assigned reviewer may complete task " + task.getId());
        }
    }

    private ReviewTask change(String id, CurrentUser user, java.util.function.Consumer<ReviewTask> step, String what) {
        boolean[] wasOpen = new boolean[1];
        String[] heldBy = new String[1];
        ReviewTask changed = store.update(id, ReviewTask.class, task -> {
            if (!visibleTo(task, user)) {
                throw new NotFoundException("review task", id);
            }
            wasOpen[0] = task.open();
            heldBy[0] = holder(task);
            step.accept(task);
            return task;
        }).orElseThrow(() -> new NotFoundException("review task", id));
        log.info("task {} {} by {}", id, what, user.username());
        loads.moved(id, heldBy[0], holder(changed));
        if (wasOpen[0] && !changed.open()) {
            metrics.closed(changed);
        }
        return changed;
    }

    /** The reviewer holding the task open (its assignee while it is open), or null: what the loads count. */
    private static String holder(ReviewTask task) {
        return task.open() ? task.assigneeId() : null;
    }

    /**
     * Whether the caller may see (and so act on) the task: an admin, or a reviewer of its body without a conflict of
     * interest with its agency. The one place both rules are checked for a single task; listings use
     * {@link #freeOfConflict}.
     */
    private boolean visibleTo(ReviewTask task, CurrentUser user) {
        return user.has(Role.ADMIN) || (user.has(Role.REVIEWER) && isOfBody(task, user)
                && freeOfConflict(user).test(task.agency()));
    }

    /**
     * The agencies the caller may see tasks about, for conflicts of interest alone: all for an admin (who reviews
     * nothing) and for anyone who is not a reviewer (the rule is about reviewing: an agency's own users see their
     * agency's items by the other rules); for a reviewer, none they work in or under (利益迴避, SPEC §6), by the pool
     * and by their token. Each agency is looked up once per use, so a desk of many tasks costs one look-up per agency.
     */
    public Predicate<AgencyUnderReview> freeOfConflict(CurrentUser user) {
        if (user.has(Role.ADMIN) || !user.has(Role.REVIEWER)) {
            return agency -> true;
        }
        Predicate<AssignmentSubject> conflicts = assigner.conflictsOf(user.username(), user.agencyId());
        Map<AgencyUnderReview, Boolean> decided = new HashMap<>();
        return agency -> !decided.computeIfAbsent(agency, a -> conflicts.test(a.assignmentSubject()));
    }

    private static boolean isOfBody(ReviewTask task, CurrentUser user) {
        return user.bodyId() != null && user.bodyId().equals(task.supervisingBodyId());
    }

    private Instant firstNonNull(Instant preferred, Instant fallback) {
        return preferred != null ? preferred : fallback != null ? fallback : clock.instant();
    }
}
