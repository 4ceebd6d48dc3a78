package tw.uplift.contracts.review;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * A reviewer released a measure from tracking (解除列管) or kept it tracked (持續列管), with a reason, in a routine
 * check. Keyed by the plan, so one plan's verdicts arrive in order.
 *
 * @param taskId the check that decided it
 * @param planId the plan
 * @param agencyId its agency
 * @param measureId the measure
 * @param verdict released or kept tracked
 * @param reason why, in the reviewer's words
 * @param reviewerId who decided
 * @param decidedAt when
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
        Instant decidedAt) implements ReviewEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}
