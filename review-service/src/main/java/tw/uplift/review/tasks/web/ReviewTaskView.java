package tw.uplift.review.tasks.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.platform.calendar.Urgency;
import tw.uplift.review.inspection.Finding;
import tw.uplift.review.inspection.Sample;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskStatus;
import tw.uplift.review.tasks.TaskStep;

/**
 * A review task as the API shows it.
 *
 * @param priority how urgent (速別): MOST_URGENT 最速件, URGENT 速件, ORDINARY 普通件
 * @param inCandidateGroup whether it waits in the body's candidate group (open, nobody holds it)
 * @param outcome how it ended (the decision, another kind's outcome, or CANCELLED), null while open
 * @param overdue whether it is still open after its due date, by the service's clock (days in Asia/Taipei)
 * @param content the submitted revision under review (plan approvals); only on one task, not in lists, and absent
 *                for follow-ups and for tasks opened from submissions that did not carry it
 */
public record ReviewTaskView(String id, ReviewTaskKind kind, String subjectId, String subjectTitle, int revision,
        Integer rocYear, String agencyId, String agencyName, String supervisingBodyId, String reason,
        ReviewTaskStatus status, boolean inCandidateGroup, String assigneeId, String assigneeName, Instant openedAt,
        Instant assignedAt, LocalDate dueDate, Urgency priority, LocalDate followUpDate, boolean overdue, ReviewDecision decision,
        List<ItemComment> comments, String outcome, Instant decidedAt,
        @Schema(description = "who did what, oldest first (only on one task)",
                requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TaskStep> history,
        @Schema(description = "the submitted revision's content (執行要項 → 執行重點 → 推行作法); only on one task "
                + "(GET /api/review-tasks/{id}), absent in lists, for follow-ups and for tasks opened from older "
                + "submissions", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @JsonInclude(JsonInclude.Include.NON_NULL) PlanContentSnapshot content,
        @Schema(description = "a routine check's sample (method, seed, size, measures), once drawn",
                requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @JsonInclude(JsonInclude.Include.NON_NULL) Sample sample,
        @Schema(description = "a routine check's findings, one per sampled measure, once recorded")
        List<Finding> findings,
        @Schema(description = "an annual review's final score 0..100 (two decimals), once finalised",
                requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @JsonInclude(JsonInclude.Include.NON_NULL) Double finalScore,
        @Schema(description = "an annual review's grade (優等, 甲等, 乙等, 丙等), once finalised",
                requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @JsonInclude(JsonInclude.Include.NON_NULL) String grade,
        @Schema(description = "a corrective-action verification's plan, measure, finding and the agency's answer",
                requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @JsonInclude(JsonInclude.Include.NON_NULL) Verification verification) {

    /** What a corrective-action verification is about. */
    public record Verification(String planId, String measureId, String finding, String response) {
    }

    /** What a verification task is about, or null for other kinds. */
    static Verification verificationOf(ReviewTask t) {
        return t.finding() == null ? null : new Verification(t.planId(), t.measureId(), t.finding(), t.response());
    }

    /** One task with the content under review. */
    static ReviewTaskView of(ReviewTask t, LocalDate today) {
        return view(t, today, t.content(), t.history());
    }

    /** A task in a list: everything but the content. */
    static ReviewTaskView summaryOf(ReviewTask t, LocalDate today) {
        return view(t, today, null, null);
    }

    private static ReviewTaskView view(ReviewTask t, LocalDate today, PlanContentSnapshot content,
            List<TaskStep> history) {
        return new ReviewTaskView(t.getId(), t.kind(), t.subjectId(), t.subjectTitle(), t.revision(), t.rocYear(),
                t.agencyId(), t.agencyName(), t.supervisingBodyId(), t.reason(), t.status(), t.inCandidateGroup(),
                t.assigneeId(), t.assigneeName(), t.openedAt(), t.assignedAt(), t.dueDate(), t.priority(),
                t.followUpDate(),
                t.overdueOn(today), t.decision(), t.comments(), t.outcome(), t.decidedAt(), history, content, t.sample(),
                t.findings(), t.finalScore(), t.grade(), verificationOf(t));
    }
}
