package tw.uplift.contracts.review;

import java.time.Instant;
import java.util.List;
import tw.uplift.contracts.EventType;
import tw.uplift.contracts.plan.ItemComment;

/**
 * A reviewer decided on a submitted plan (審查決定).
 *
 * @param planId the plan
 * @param taskId the approval task
 * @param agencyId its agency
 * @param revision the revision decided on
 * @param decision approve or return
 * @param reviewerId who decided
 * @param comments comments per item (required when returned)
 * @param decidedAt when
 */
@EventType("tw.uplift.review.PlanReviewDecided.v1")
public record PlanReviewDecided(
        String planId,
        String taskId,
        String agencyId,
        int revision,
        ReviewDecision decision,
        String reviewerId,
        List<ItemComment> comments,
        Instant decidedAt) implements ReviewEvent {

    @Override
    public String aggregateId() {
        return taskId;
    }
}
