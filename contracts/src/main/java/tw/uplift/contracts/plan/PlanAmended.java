package tw.uplift.contracts.plan;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * An approved plan was amended (計畫修正).
 *
 * @param planId the plan
 * @param agencyId its agency
 * @param revision the new revision
 * @param summary what changed, in words
 * @param amendedAt when
 */
@EventType("tw.uplift.plan.PlanAmended.v1")
public record PlanAmended(
        String planId,
        String agencyId,
        int revision,
        String summary,
        Instant amendedAt) implements PlanEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}
