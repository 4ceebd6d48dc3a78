package tw.uplift.review.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.review.AnnualReviewScored;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.platform.calendar.Urgency;
import tw.uplift.platform.outbox.OutboxAggregate;
import tw.uplift.review.inspection.Finding;
import tw.uplift.review.inspection.FindingVerdict;
import tw.uplift.review.inspection.Sample;
import tw.uplift.review.scoring.FinalScore;
import tw.uplift.review.scoring.ScoreSheet;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;

/**
 * One review task (審查案件): a plan approval for one revision of a plan, a routine check (平時查核), an annual review
 * (年度查核), a follow-up (追蹤改善) or the verification of a corrective action. Like a workflow engine's user task it
 * has an assignee or sits in its body's candidate group, a due date and a follow-up date, a status (open, claimed,
 * completed, cancelled) and a history of who did what; it records the events that say so. Whatever the kind, the
 * rules of who may hold it live in the service ({@link ReviewTaskService}); this class keeps its states consistent.
 */
@Document("review_tasks")
public class ReviewTask extends OutboxAggregate {

    private static final Comparator<ReviewTask> OPEN_ORDER = Comparator
            .comparing(ReviewTask::dueDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(ReviewTask::priority)
            .thenComparing(ReviewTask::openedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(ReviewTask::getId);

    private static final Comparator<ReviewTask> CLOSED_ORDER = Comparator
            .comparing(ReviewTask::decidedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(ReviewTask::openedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(ReviewTask::getId);

    /**
     * A desk's order (我的審查案件): open tasks first, the earliest due first (so overdue ones lead), the more urgent
     * first on the same day, those without a due date after them; then the closed ones, the most recently closed first. Ties go to the task opened first
     * (open) or last (closed), then to the id, so the order is stable.
     */
    public static final Comparator<ReviewTask> DESK_ORDER = (a, b) -> {
        if (a.open() != b.open()) {
            return a.open() ? -1 : 1;
        }
        return a.open() ? OPEN_ORDER.compare(a, b) : CLOSED_ORDER.compare(a, b);
    };

    /** The longest reason or note a person may give (a reassignment, a cancellation). */
    public static final int MAX_REASON = 500;

    private ReviewTaskKind kind;
    private String subjectId;
    /** What a person calls the subject (the plan's title); null for follow-ups and tasks opened before it was kept. */
    private String subjectTitle;
    private String agencyId;
    private String agencyName;
    private String parentAgencyId;
    private String supervisingBodyId;
    private int revision;
    /** The plan year (ROC) for routine checks and annual reviews; null otherwise. */
    private Integer rocYear;
    /**
     * The content of the revision under review, as submitted; null for other kinds and for tasks opened from
     * submissions that did not carry it.
     */
    private PlanContentSnapshot content;
    private String reason;
    private Instant openedAt;
    private LocalDate dueDate;
    /** How urgent it is (速別): 最速件, 速件 or 普通件 (the default, also for tasks stored before it was kept). */
    private Urgency priority;
    private LocalDate followUpDate;
    private ReviewTaskStatus status;
    @Indexed
    private String assigneeId;
    private String assigneeName;
    private Instant assignedAt;
    private ReviewDecision decision;
    private List<ItemComment> comments = List.of();
    /** The plan and measure an item task is about (a corrective action's), or null. */
    private String planId;
    private String measureId;
    /** A corrective-action verification's finding and the agency's answer to it, or null. */
    private String finding;
    private String response;
    /** A routine check's sample (抽查項目), once drawn; null otherwise. */
    private Sample sample;
    /** A routine check's findings, one per sampled measure, once recorded. */
    private List<Finding> findings = List.of();
    /** An annual review's score sheets, one per reviewer who scored, in the order first given. */
    private List<ScoreSheet> scoreSheets = List.of();
    /** An annual review's final score (0..100, two decimals), once finalised; null otherwise. */
    private Double finalScore;
    /** An annual review's grade as published (優等, 甲等, 乙等, 丙等), once finalised; null otherwise. */
    private String grade;
    /** How a task of another kind ended (e.g. {@code CHECKED}, {@code SCORED}, {@code CANCELLED}). */
    private String outcome;
    /** When it was completed or cancelled. */
    private Instant decidedAt;
    private List<TaskStep> history = new ArrayList<>();

    protected ReviewTask() {
    }

    private ReviewTask(String id, ReviewTaskKind kind, String subjectId, AgencyUnderReview agency, LocalDate dueDate,
            Instant openedAt) {
        super(Objects.requireNonNull(id, "id"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.agencyId = agency.agencyId();
        this.agencyName = agency.name();
        this.parentAgencyId = agency.parentAgencyId();
        this.supervisingBodyId = agency.supervisingBodyId();
        this.dueDate = dueDate;
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.status = ReviewTaskStatus.OPEN;
        step(openedAt, TaskStep.SYSTEM, TaskStep.Action.OPENED, null);
    }

    /** A plan-approval task (計畫審查) for one submitted revision of a plan. */
    public static ReviewTask planApproval(String id, PlanRevision plan, AgencyUnderReview agency, LocalDate dueDate,
            Instant openedAt) {
        ReviewTask task = new ReviewTask(id, ReviewTaskKind.PLAN_APPROVAL, plan.planId(), agency,
                Objects.requireNonNull(dueDate, "dueDate"), openedAt);
        task.revision = plan.revision();
        task.rocYear = plan.rocYear();
        task.subjectTitle = plan.title();
        task.content = plan.content();
        return task;
    }

    /**
     * A follow-up task (追蹤改善) for an agency, e.g. after a survey below its satisfaction threshold.
     *
     * @param subjectId what it follows up (e.g. the survey)
     * @param reason    why, in words, for the reviewer
     */
    public static ReviewTask followUp(String id, String subjectId, AgencyUnderReview agency, String reason,
            LocalDate dueDate, Instant openedAt) {
        ReviewTask task = new ReviewTask(id, ReviewTaskKind.FOLLOW_UP, subjectId, agency,
                Objects.requireNonNull(dueDate, "dueDate"), openedAt);
        task.reason = reason;
        return task;
    }

    /**
     * A task about a plan's year: a routine check (平時查核) or an annual review (年度查核) of an approved plan, with the
     * approved revision's content to sample or score.
     *
     * @param dueDate the day it should be done by, or null when the body has not set one
     */
    public static ReviewTask ofPlanYear(String id, ReviewTaskKind kind, PlanRevision plan, AgencyUnderReview agency,
            String reason, LocalDate dueDate, Instant openedAt) {
        if (kind != ReviewTaskKind.ROUTINE_CHECK && kind != ReviewTaskKind.ANNUAL_REVIEW) {
            throw new IllegalArgumentException("not a task about a plan's year: " + kind);
        }
        ReviewTask task = new ReviewTask(id, kind, plan.planId(), agency, dueDate, openedAt);
        task.subjectTitle = plan.title();
        task.rocYear = plan.rocYear();
        task.revision = plan.revision();
        task.content = plan.content();
        task.reason = reason;
        return task;
    }

    /**
     * Any other task about one item (a corrective action to verify, an escalated overdue item to follow up).
     *
     * @param subjectId    the item
     * @param subjectTitle what people call it, or null
     * @param reason       why the task exists, for the reviewer
     */
    public static ReviewTask ofItem(String id, ReviewTaskKind kind, String subjectId, String subjectTitle,
            AgencyUnderReview agency, String reason, LocalDate dueDate, Instant openedAt) {
        ReviewTask task = new ReviewTask(id, kind, subjectId, agency, dueDate, openedAt);
        task.subjectTitle = subjectTitle;
        task.reason = reason;
        return task;
    }

    /**
     * The verification of an agency's answer to a corrective action (改善事項查證): a reviewer of the body accepts it,
     * or rejects it and raises a new corrective action.
     *
     * @param actionId  the corrective action (the subject)
     * @param finding   what was to be corrected
     * @param measureId the measure it is about
     * @param response  what the agency says it did
     */
    public static ReviewTask correctiveActionVerification(String id, String actionId, String finding, String planId,
            String measureId, AgencyUnderReview agency, String response, LocalDate dueDate, Instant openedAt) {
        ReviewTask task = new ReviewTask(id, ReviewTaskKind.CORRECTIVE_ACTION_VERIFICATION, actionId, agency,
                dueDate, openedAt);
        task.subjectTitle = finding;
        task.finding = finding;
        task.planId = planId;
        task.measureId = Objects.requireNonNull(measureId, "measureId");
        task.response = response;
        return task;
    }

    /** Sets how urgent the task is (速別), before it is opened; null means ordinary (普通件). */
    public ReviewTask withPriority(Urgency urgency) {
        this.priority = urgency;
        return this;
    }

    /** How urgent the task is (速別). */
    public Urgency priority() {
        return priority == null ? Urgency.ORDINARY : priority;
    }

    /** The agency under review, as the task knows it. */
    public AgencyUnderReview agency() {
        return new AgencyUnderReview(agencyId, agencyName, parentAgencyId, supervisingBodyId);
    }

    /** The assignment rule chose a reviewer for a task nobody holds; records {@link ReviewTaskAssigned}. */
    public void assignTo(String reviewerId, String reviewerName, Instant at) {
        requireOpen();
        if (assigneeId != null) {
            throw new RuleViolationException("already-assigned", "assignee", "Task " + id + " is already assigned");
        }
        give(reviewerId, reviewerName, at);
        step(at, TaskStep.SYSTEM, TaskStep.Action.ASSIGNED, null);
    }

    /** Nobody eligible holds the task: it waits in the body's candidate group, on the lead's desk. */
    public void queue(Instant at, String why) {
        requireOpen();
        step(at, TaskStep.SYSTEM, TaskStep.Action.QUEUED, why);
    }

    /**
     * A reviewer takes the task up (認領): their own open task, or one from the candidate group (the caller checked
     * that they may review this agency). Taking one from the group records {@link ReviewTaskAssigned}.
     *
     * @throws RuleViolationException {@code assigned-to-other} when someone else holds it, {@code already-claimed}
     *         when they claimed it before, {@code closed} when it is done
     */
    public void claim(String reviewerId, String reviewerName, Instant at) {
        requireOpen();
        if (assigneeId != null && !assigneeId.equals(reviewerId)) {
            throw new RuleViolationException("assigned-to-other", "assignee",
                    "Task " + id + " is held by another reviewer");
        }
        if (status == ReviewTaskStatus.CLAIMED) {
            throw new RuleViolationException("already-claimed", "Task " + id + " is already claimed");
        }
        if (assigneeId == null) {
            give(reviewerId, reviewerName, at);
        }
        status = ReviewTaskStatus.CLAIMED;
        step(at, reviewerId, TaskStep.Action.CLAIMED, null);
    }

    /** The assignee gives the task back to the body's candidate group (退回待分派), optionally saying why. */
    public void unclaim(String reviewerId, String note, Instant at) {
        requireOpen();
        if (!isAssignedTo(reviewerId)) {
            throw new RuleViolationException("not-assignee", "only the assignee may give task " + id + " back");
        }
        assigneeId = null;
        assigneeName = null;
        assignedAt = null;
        status = ReviewTaskStatus.OPEN;
        step(at, reviewerId, TaskStep.Action.UNCLAIMED, trimmed("note", note, false));
    }

    /**
     * The body's lead or an admin moves the task to another reviewer (改分), always with a reason; the new assignee
     * still has to claim it. Records {@link ReviewTaskAssigned} for them.
     */
    public void reassign(String reviewerId, String reviewerName, String by, String reason, Instant at) {
        requireOpen();
        String why = trimmed("reason", reason, true);
        if (isAssignedTo(reviewerId)) {
            throw InvalidInput.of("assignee", "task " + id + " is already with " + reviewerId);
        }
        give(reviewerId, reviewerName, at);
        status = ReviewTaskStatus.OPEN;
        step(at, by, TaskStep.Action.REASSIGNED, why);
    }

    /** The day the assignee means to look at the task again (追蹤日期), or null to clear it. */
    public void followUpOn(LocalDate day, String by, Instant at) {
        requireOpen();
        this.followUpDate = day;
        step(at, by, TaskStep.Action.FOLLOW_UP_SET, day == null ? null : day.toString());
    }

    /**
     * The assigned reviewer's decision on a plan approval: approve, or return with at least one comment. Records
     * {@link PlanReviewDecided} and {@link ReviewTaskCompleted}.
     *
     * @throws RuleViolationException {@code already-decided} when it was closed before, {@code not-assignee}
     *         when {@code reviewerId} is not the assignee (callers check that first and answer 403)
     * @throws InvalidInput naming {@code decision} when it is missing, {@code comments} when a plan is returned
     *         without any
     */
    public void decide(String reviewerId, ReviewDecision decision, List<ItemComment> comments, Instant at) {
        requireAssigneeOfOpen(reviewerId);
        if (decision == null) {
            throw InvalidInput.of("decision", "a decision is required (APPROVED or RETURNED)");
        }
        List<ItemComment> given = comments == null ? List.of() : List.copyOf(comments);
        if (decision == ReviewDecision.RETURNED && given.isEmpty()) {
            throw InvalidInput.of("comments", "a returned plan needs at least one comment");
        }
        this.decision = decision;
        this.comments = given;
        close(ReviewTaskStatus.COMPLETED, decision.name(), reviewerId, null, at);
        if (kind == ReviewTaskKind.PLAN_APPROVAL) {
            record(new PlanReviewDecided(subjectId, id, agencyId, revision, decision, reviewerId, given, at), at);
        }
        record(new ReviewTaskCompleted(id, kind, subjectId, agencyId, reviewerId, decision.name(), at), at);
    }

    /**
     * The assignee finished a task of another kind (a check recorded, a score given); {@code outcome} says how, for
     * the record and {@link ReviewTaskCompleted}.
     */
    public void complete(String reviewerId, String outcome, Instant at) {
        requireAssigneeOfOpen(reviewerId);
        close(ReviewTaskStatus.COMPLETED, Objects.requireNonNull(outcome, "outcome"), reviewerId, null, at);
        record(new ReviewTaskCompleted(id, kind, subjectId, agencyId, reviewerId, outcome, at), at);
    }

    /**
     * The assignee of a routine check draws its sample (抽樣); drawing again replaces it, until the findings are
     * recorded. The history keeps every draw's method, size and seed.
     */
    public void drawSample(String reviewerId, Sample drawn, Instant at) {
        requireKind(ReviewTaskKind.ROUTINE_CHECK);
        requireAssigneeOfOpen(reviewerId);
        this.sample = Objects.requireNonNull(drawn, "sample");
        step(at, reviewerId, TaskStep.Action.SAMPLE_DRAWN, drawn.method() + " size=" + drawn.size()
                + (drawn.seed() == null ? "" : " seed=" + drawn.seed()) + " measures=" + drawn.measureIds().size());
    }

    /**
     * The assignee records the routine check's findings, one per sampled measure, and completes it (outcome
     * {@code CHECKED}). Records a {@link MeasureTrackingDecided} for every finding (naming the corrective action a
     * finding raises, its id derived from the task and the measure, so it is the same however often this is
     * retried; the corrective action is opened from that event) and {@link ReviewTaskCompleted}.
     *
     * @param found findings already {@link Finding#validated validated}
     * @throws InvalidInput naming {@code sample} when none was drawn, {@code findings[<measure>]} for a sampled
     *         measure without a finding or a finding about a measure outside the sample
     */
    public void recordCheck(String reviewerId, List<Finding> found, Instant at) {
        requireKind(ReviewTaskKind.ROUTINE_CHECK);
        requireAssigneeOfOpen(reviewerId);
        if (sample == null) {
            throw InvalidInput.of("sample", "draw the sample before recording findings");
        }
        for (Finding finding : found) {
            if (!sample.includes(finding.measureId())) {
                throw InvalidInput.of("findings[" + finding.measureId() + "]", "not in the sample");
            }
        }
        List<Finding> ordered = new ArrayList<>();
        for (String measureId : sample.measureIds()) {
            ordered.add(found.stream().filter(f -> f.measureId().equals(measureId)).findFirst().orElseThrow(
                    () -> InvalidInput.of("findings[" + measureId + "].verdict", "no finding for " + measureId)));
        }
        this.findings = List.copyOf(ordered);
        for (Finding finding : findings) {
            boolean raises = finding.verdict() == FindingVerdict.CORRECTIVE_ACTION;
            record(new MeasureTrackingDecided(id, subjectId, agencyId, finding.measureId(),
                    finding.verdict().tracking(), finding.reason(), reviewerId, at,
                    raises ? correctiveActionId(finding.measureId()) : null,
                    raises ? finding.correctiveAction() : null, raises ? finding.actionDueDate() : null), at);
        }
        complete(reviewerId, CHECKED, at);
    }

    /**
     * A reviewer hands in (or hands in again) their score sheet for an annual review (評分); a sheet replaces the same
     * reviewer's earlier one until the review is finalised. Who may score is the service's rule (the assignee and
     * any reviewer of the body free to review the agency); this keeps one sheet per reviewer.
     *
     * @param sheet already {@link ScoreSheet#filledIn checked} against the rubric
     */
    public void submitScore(ScoreSheet sheet, Instant at) {
        requireKind(ReviewTaskKind.ANNUAL_REVIEW);
        requireOpen();
        List<ScoreSheet> sheets = new ArrayList<>(scoreSheets());
        int mine = -1;
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).reviewerId().equals(sheet.reviewerId())) {
                mine = i;
            }
        }
        if (mine >= 0) {
            sheets.set(mine, sheet);
        } else {
            sheets.add(sheet);
        }
        this.scoreSheets = List.copyOf(sheets);
        step(at, sheet.reviewerId(), TaskStep.Action.SCORED, mine >= 0 ? "replaced" : null);
    }

    /**
     * The assignee finalises the annual review with the score computed from the sheets (總評): records
     * {@link AnnualReviewScored} and {@link ReviewTaskCompleted} (outcome {@link #SCORED}). No sheet may change
     * after this.
     *
     * @throws InvalidInput naming {@code scores} when nobody has scored yet
     */
    public void finaliseScore(String reviewerId, FinalScore score, Instant at) {
        requireKind(ReviewTaskKind.ANNUAL_REVIEW);
        requireAssigneeOfOpen(reviewerId);
        if (scoreSheets().isEmpty() || score == null) {
            throw InvalidInput.of("scores", "no score sheet has been handed in yet");
        }
        this.finalScore = score.score();
        this.grade = score.grade().label();
        record(new AnnualReviewScored(id, agencyId, rocYear == null ? 0 : rocYear, finalScore, grade, at), at);
        complete(reviewerId, SCORED, at);
    }

    /** The outcome of a finalised annual review. */
    public static final String SCORED = "SCORED";

    /**
     * The assignee verifies the agency's answer: accepted (改善完成), or rejected with what is still to be done and a
     * new due date, which raises a new corrective action (recorded as a {@link MeasureTrackingDecided} keeping the
     * measure tracked, as a check's finding would). Records {@link ReviewTaskCompleted} with {@code ACCEPTED} or
     * {@code REJECTED}; the corrective action follows from that event.
     *
     * @param rejection for a rejection, the finding that says what is still to be done and by when, already
     *                  {@link Finding#validated validated}; null to accept
     */
    public void verify(String reviewerId, String reason, Finding rejection, Instant at) {
        requireKind(ReviewTaskKind.CORRECTIVE_ACTION_VERIFICATION);
        requireAssigneeOfOpen(reviewerId);
        String why = trimmed("reason", reason, true);
        if (rejection != null) {
            record(new MeasureTrackingDecided(id, planId, agencyId, measureId, FindingVerdict.KEEP_TRACKED.tracking(),
                    why, reviewerId, at, correctiveActionId(measureId), rejection.correctiveAction(),
                    rejection.actionDueDate()), at);
        }
        complete(reviewerId, rejection == null ? ACCEPTED : REJECTED, at);
    }

    /** The outcomes of a corrective-action verification. */
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    /** The outcome of a recorded routine check. */
    public static final String CHECKED = "CHECKED";

    /** The id of the corrective action this check raises about a measure. */
    public String correctiveActionId(String measureId) {
        return DerivedId.of(id, "corrective-action:" + measureId);
    }

    private void requireKind(ReviewTaskKind expected) {
        if (kind != expected) {
            throw new RuleViolationException("wrong-kind", "Task " + id + " is a " + kind + ", not a " + expected);
        }
    }

    /**
     * The body's lead or an admin withdraws the task (撤銷), with a reason. Records {@link ReviewTaskCompleted} with
     * the outcome {@code CANCELLED}, so its due date stops being chased.
     */
    public void cancel(String by, String reason, Instant at) {
        requireOpen();
        String why = trimmed("reason", reason, true);
        close(ReviewTaskStatus.CANCELLED, CANCELLED, by, why, at);
        record(new ReviewTaskCompleted(id, kind, subjectId, agencyId, by, CANCELLED, at), at);
    }

    /** The outcome of a cancelled task. */
    public static final String CANCELLED = "CANCELLED";

    private void close(ReviewTaskStatus to, String how, String by, String note, Instant at) {
        this.status = to;
        this.outcome = how;
        this.decidedAt = at;
        step(at, by, to == ReviewTaskStatus.CANCELLED ? TaskStep.Action.CANCELLED : TaskStep.Action.COMPLETED,
                note != null ? note : how);
    }

    private void give(String reviewerId, String reviewerName, Instant at) {
        this.assigneeId = Objects.requireNonNull(reviewerId, "reviewerId");
        this.assigneeName = reviewerName;
        this.assignedAt = at;
        record(new ReviewTaskAssigned(id, kind, subjectId, subjectTitle, agencyId, agencyName, supervisingBodyId,
                reviewerId, reviewerName, dueDate, at), at);
    }

    private void step(Instant at, String actor, TaskStep.Action action, String note) {
        history.add(new TaskStep(at, actor, action, assigneeId, note));
    }

    private void requireOpen() {
        if (!open()) {
            throw new RuleViolationException(status == ReviewTaskStatus.CANCELLED ? "cancelled" : "already-decided",
                    "status", "Task " + id + " is closed (" + status + ")");
        }
    }

    private void requireAssigneeOfOpen(String reviewerId) {
        requireOpen();
        if (!isAssignedTo(reviewerId)) {
            throw new RuleViolationException("not-assignee", "only the assigned reviewer may complete task " + id);
        }
    }

    private static String trimmed(String field, String text, boolean required) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            if (required) {
                throw InvalidInput.of(field, "a " + field + " is required");
            }
            return null;
        }
        if (value.length() > MAX_REASON) {
            throw InvalidInput.of(field, "at most " + MAX_REASON + " characters");
        }
        return value;
    }

    /** Whether the task still waits for work (open or claimed). */
    public boolean open() {
        return status != null && status.open();
    }

    /** Whether it waits in the body's candidate group: open, nobody holds it. */
    public boolean inCandidateGroup() {
        return open() && assigneeId == null;
    }

    /** Whether the task is still open the day after its due date (days in Asia/Taipei, {@code TaipeiTime.today}). */
    public boolean overdueOn(LocalDate today) {
        return open() && dueDate != null && dueDate.isBefore(today);
    }

    public boolean isAssignedTo(String reviewerId) {
        return assigneeId != null && assigneeId.equals(reviewerId);
    }

    public ReviewTaskKind kind() {
        return kind;
    }

    public String subjectId() {
        return subjectId;
    }

    public String agencyId() {
        return agencyId;
    }

    public String subjectTitle() {
        return subjectTitle;
    }

    public String agencyName() {
        return agencyName;
    }

    public String parentAgencyId() {
        return parentAgencyId;
    }

    public String supervisingBodyId() {
        return supervisingBodyId;
    }

    public int revision() {
        return revision;
    }

    /** The plan year (ROC) of a routine check or an annual review, or null. */
    public Integer rocYear() {
        return rocYear;
    }

    /** The submitted content of the revision under review, or null (other kinds, older submissions). */
    public PlanContentSnapshot content() {
        return content;
    }

    public String reason() {
        return reason;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate followUpDate() {
        return followUpDate;
    }

    public ReviewTaskStatus status() {
        return status;
    }

    public String assigneeId() {
        return assigneeId;
    }

    public String assigneeName() {
        return assigneeName;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    /** The plan an item task is about, or null. */
    public String planId() {
        return planId;
    }

    /** The measure an item task is about, or null. */
    public String measureId() {
        return measureId;
    }

    /** A corrective-action verification's finding, or null. */
    public String finding() {
        return finding;
    }

    /** A corrective-action verification's answer from the agency, or null. */
    public String response() {
        return response;
    }

    /** A routine check's sample, or null until drawn. */
    public Sample sample() {
        return sample;
    }

    /** A routine check's findings, in sample order; empty until recorded. */
    public List<Finding> findings() {
        return findings == null ? List.of() : findings;
    }

    /** An annual review's score sheets, in the order first handed in; empty for other kinds. */
    public List<ScoreSheet> scoreSheets() {
        return scoreSheets == null ? List.of() : scoreSheets;
    }

    /** An annual review's final score once finalised, or null. */
    public Double finalScore() {
        return finalScore;
    }

    /** An annual review's grade once finalised (優等…丙等), or null. */
    public String grade() {
        return grade;
    }

    public ReviewDecision decision() {
        return decision;
    }

    public List<ItemComment> comments() {
        return comments;
    }

    /** How it ended: the decision's name, another kind's outcome, or {@link #CANCELLED}; null while open. */
    public String outcome() {
        return outcome;
    }

    /** When it was completed or cancelled. */
    public Instant decidedAt() {
        return decidedAt;
    }

    /** Who did what, oldest first. */
    public List<TaskStep> history() {
        return history == null ? List.of() : List.copyOf(history);
    }
}
