package tw.uplift.review.tasks.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskStatus;

/** A review task as the API shows it. */
public record ReviewTaskView(String id, ReviewTaskKind kind, String subjectId, String subjectTitle, int revision,
        String agencyId, String agencyName, String supervisingBodyId, String reason, ReviewTaskStatus status, String assigneeId,
        String assigneeName, Instant openedAt, Instant assignedAt, LocalDate dueDate, ReviewDecision decision,
        List<ItemComment> comments, Instant decidedAt) {

    static ReviewTaskView of(ReviewTask t) {
        return new ReviewTaskView(t.getId(), t.kind(), t.subjectId(), t.subjectTitle(), t.revision(), t.agencyId(),
                t.agencyName(),
                t.supervisingBodyId(), t.reason(), t.status(), t.assigneeId(), t.assigneeName(), t.openedAt(),
                t.assignedAt(), t.dueDate(), t.decision(), t.comments(), t.decidedAt());
    }
}
