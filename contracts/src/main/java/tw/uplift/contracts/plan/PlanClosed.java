package tw.uplift.contracts.plan;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * A plan's year is closed (結案): its annual results were submitted and reviewed; nothing of it is chased any more.
 *
 * @param planId   the plan
 * @param agencyId its agency
 * @param rocYear  ROC plan year
 * @param closedAt when
 */
@EventType("tw.uplift.plan.PlanClosed.v1")
public record PlanClosed(
        String planId,
        String agencyId,
        int rocYear,
        Instant closedAt) implements PlanEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}
