package tw.uplift.contracts.plan;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * A measure was completed; its deadline stops being tracked.
 *
 * @param measureId the measure
 * @param planId its plan
 * @param agencyId its agency
 * @param completedAt when
 */
@EventType("tw.uplift.plan.MeasureCompleted.v1")
public record MeasureCompleted(
        String measureId,
        String planId,
        String agencyId,
        Instant completedAt) implements PlanEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}
