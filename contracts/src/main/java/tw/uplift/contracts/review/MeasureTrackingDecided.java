package tw.uplift.contracts.review;

import java.time.Instant;
import java.time.LocalDate;
import tw.uplift.contracts.EventType;

/**
 * A reviewer released a measure from tracking (解除列管) or kept it tracked (持續列管), with a reason, in a routine
 * check; when they kept it because something must be corrected, the corrective action it raises (which review-service
 * then publishes as {@link CorrectiveActionRequired}). Keyed by the check.
 *
 * @param taskId the check that decided it
 * @param planId the plan
 * @param agencyId its agency
 * @param measureId the measure
 * @param verdict released or kept tracked
 * @param reason why, in the reviewer's words
 * @param reviewerId who decided
 * @param decidedAt when
 * @param correctiveActionId the corrective action this finding raises, or null
 * @param correctiveAction what must be corrected (應改善事項), or null
 * @param actionDueDate by when (Asia/Taipei), or null
 */
@EventType("tw.uplift.review.MeasureTrackingDecided.v1")
public record MeasureTrackingDecided(
        String taskId,
        String planId,
        String agencyId,
        String measureId,
        TrackingVerdict verdict,
        String reason,
        String reviewerId,
        Instant decidedAt,
        String correctiveActionId,
        String correctiveAction,
        LocalDate actionDueDate) implements ReviewEvent {

    @Override
    public String aggregateId() {
        return taskId;
    }
}
