package tw.uplift.contracts.plan;

import java.time.Instant;
import java.util.List;
import tw.uplift.contracts.EventType;

/**
 * A plan was returned to its agency for changes (退回修正).
 *
 * @param planId the plan
 * @param agencyId its agency
 * @param revision the returned revision
 * @param comments the reviewer's comments per item
 * @param returnedAt when
 */
@EventType("tw.uplift.plan.PlanReturned.v1")
public record PlanReturned(
        String planId,
        String agencyId,
        int revision,
        List<ItemComment> comments,
        Instant returnedAt) implements PlanEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}
