package tw.uplift.review.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.platform.outbox.OutboxAggregate;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;

/**
 * One review task (審查案件): a plan approval for one revision of a plan, or a follow-up after low survey
 * results. It is assigned at most once, decided at most once, and records the events that say so.
 */
@Document("review_tasks")
public class ReviewTask extends OutboxAggregate {

    private static final Comparator<ReviewTask> OPEN_ORDER = Comparator
            .comparing(ReviewTask::dueDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(ReviewTask::openedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(ReviewTask::getId);

    private static final Comparator<ReviewTask> DECIDED_ORDER = Comparator
            .comparing(ReviewTask::decidedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(ReviewTask::openedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(ReviewTask::getId);

    /**
     * A reviewer's desk (我的審查案件): open tasks first, the earliest due first (so overdue ones lead), those without a
     * due date after them; then the decided ones, the most recently decided first. Ties go to the task opened first
     * (open) or last (decided), then to the id, so the order is stable.
     */
    public static final Comparator<ReviewTask> DESK_ORDER = (a, b) -> {
        if (a.open() != b.open()) {
            return a.open() ? -1 : 1;
        }
        return a.open() ? OPEN_ORDER.compare(a, b) : DECIDED_ORDER.compare(a, b);
    };

    private ReviewTaskKind kind;
    private String subjectId;
    /** What a person calls the subject (the plan's title); null for follow-ups and tasks opened before it was kept. */
    private String subjectTitle;
    private String agencyId;
    private String agencyName;
    private String parentAgencyId;
    private String supervisingBodyId;
    private int revision;
    /**
     * The content of the revision under review, as submitted; null for follow-ups and for tasks opened from
     * submissions that did not carry it.
     */
    private PlanContentSnapshot content;
    private String reason;
    private Instant openedAt;
    private LocalDate dueDate;
    private ReviewTaskStatus status;
    @Indexed
    private String assigneeId;
    private String assigneeName;
    private Instant assignedAt;
    private ReviewDecision decision;
    private List<ItemComment> comments = List.of();
    private Instant decidedAt;

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
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.status = ReviewTaskStatus.UNASSIGNED;
    }

    /** A plan-approval task (計畫審查) for one submitted revision of a plan. */
    public static ReviewTask planApproval(String id, PlanRevision plan, AgencyUnderReview agency, LocalDate dueDate,
            Instant openedAt) {
        ReviewTask task = new ReviewTask(id, ReviewTaskKind.PLAN_APPROVAL, plan.planId(), agency, dueDate, openedAt);
        task.revision = plan.revision();
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
        ReviewTask task = new ReviewTask(id, ReviewTaskKind.FOLLOW_UP, subjectId, agency, dueDate, openedAt);
        task.reason = reason;
        return task;
    }

    /** The agency under review, as the task knows it. */
    public AgencyUnderReview agency() {
        return new AgencyUnderReview(agencyId, agencyName, parentAgencyId, supervisingBodyId);
    }

    /** Gives the task to a reviewer; records {@link ReviewTaskAssigned}. */
    public void assignTo(String reviewerId, String reviewerName, Instant at) {
        if (status != ReviewTaskStatus.UNASSIGNED) {
            throw new RuleViolationException("already-assigned", "assignee", "Task " + id + " is already assigned");
        }
        this.assigneeId = Objects.requireNonNull(reviewerId, "reviewerId");
        this.assigneeName = reviewerName;
        this.assignedAt = at;
        this.status = ReviewTaskStatus.ASSIGNED;
        record(new ReviewTaskAssigned(id, kind, subjectId, subjectTitle, agencyId, agencyName, supervisingBodyId,
                reviewerId, reviewerName, dueDate, at), at);
    }

    /**
     * The assigned reviewer's decision: approve, or return with at least one comment. Records
     * {@link PlanReviewDecided} (plan approvals) and {@link ReviewTaskCompleted}.
     *
     * @throws RuleViolationException {@code already-decided} when it was decided before, {@code not-assignee}
     *         when {@code reviewerId} is not the assignee (callers check that first and answer 403)
     * @throws InvalidInput naming {@code decision} when it is missing, {@code comments} when a plan is returned
     *         without any
     */
    public void decide(String reviewerId, ReviewDecision decision, List<ItemComment> comments, Instant at) {
        if (status == ReviewTaskStatus.COMPLETED) {
            throw new RuleViolationException("already-decided", "decision",
                    "Task " + id + " was already decided (" + this.decision + ")");
        }
        if (!isAssignedTo(reviewerId)) {
            throw new RuleViolationException("not-assignee", "only the assigned reviewer may decide task " + id);
        }
        if (decision == null) {
            throw InvalidInput.of("decision", "a decision is required (APPROVED or RETURNED)");
        }
        List<ItemComment> given = comments == null ? List.of() : List.copyOf(comments);
        if (decision == ReviewDecision.RETURNED && given.isEmpty()) {
            throw InvalidInput.of("comments", "a returned plan needs at least one comment");
        }
        this.decision = decision;
        this.comments = given;
        this.decidedAt = at;
        this.status = ReviewTaskStatus.COMPLETED;
        if (kind == ReviewTaskKind.PLAN_APPROVAL) {
            record(new PlanReviewDecided(subjectId, id, agencyId, revision, decision, reviewerId, given, at), at);
        }
        record(new ReviewTaskCompleted(id, kind, subjectId, agencyId, reviewerId, decision.name(), at), at);
    }

    /** Whether the task still waits for its decision (unassigned or assigned). */
    public boolean open() {
        return status != ReviewTaskStatus.COMPLETED;
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

    /** The submitted content of the revision under review, or null (follow-ups, older submissions). */
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

    public ReviewDecision decision() {
        return decision;
    }

    public List<ItemComment> comments() {
        return comments;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
