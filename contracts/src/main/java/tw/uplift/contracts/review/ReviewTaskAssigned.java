package tw.uplift.contracts.review;

import java.time.Instant;
import java.time.LocalDate;
import tw.uplift.contracts.EventType;

/**
 * A review task was assigned to a reviewer (分派審查).
 *
 * @param taskId the review task
 * @param kind what kind of review
 * @param subjectId what is reviewed, e.g. the plan id
 * @param agencyId the agency under review
 * @param supervisingBodyId the reviewing body
 * @param reviewerId the assigned reviewer (username)
 * @param reviewerName their display name
 * @param dueDate due date (Asia/Taipei)
 * @param assignedAt when
 */
@EventType("tw.uplift.review.ReviewTaskAssigned.v1")
public record ReviewTaskAssigned(
        String taskId,
        ReviewTaskKind kind,
        String subjectId,
        String agencyId,
        String supervisingBodyId,
        String reviewerId,
        String reviewerName,
        LocalDate dueDate,
        Instant assignedAt) implements ReviewEvent {

    @Override
    public String aggregateId() {
        return taskId;
    }
}
