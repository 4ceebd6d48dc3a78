package tw.uplift.contracts.review;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * A review task was completed.
 *
 * @param taskId the review task
 * @param kind what kind of review
 * @param subjectId what was reviewed
 * @param agencyId the agency under review
 * @param reviewerId who completed it
 * @param outcome e.g. APPROVED, RETURNED
 * @param completedAt when
 */
@EventType("tw.uplift.review.ReviewTaskCompleted.v1")
public record ReviewTaskCompleted(
        String taskId,
        ReviewTaskKind kind,
        String subjectId,
        String agencyId,
        String reviewerId,
        String outcome,
        Instant completedAt) implements ReviewEvent {

    @Override
    public String aggregateId() {
        return taskId;
    }
}
