package tw.uplift.contracts.review;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * An annual review (年度查核) was scored.
 *
 * @param taskId the annual review task
 * @param agencyId the agency
 * @param rocYear ROC year reviewed
 * @param score total score 0..100
 * @param grade 優等, 甲等, 乙等 or 丙等
 * @param scoredAt when
 */
@EventType("tw.uplift.review.AnnualReviewScored.v1")
public record AnnualReviewScored(
        String taskId,
        String agencyId,
        int rocYear,
        double score,
        String grade,
        Instant scoredAt) implements ReviewEvent {

    @Override
    public String aggregateId() {
        return taskId;
    }
}
