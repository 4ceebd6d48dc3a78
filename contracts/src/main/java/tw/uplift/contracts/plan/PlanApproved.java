package tw.uplift.contracts.plan;

import java.time.Instant;
import java.util.List;
import tw.uplift.contracts.EventType;

/**
 * A plan was approved (審定); its dated measures are now tracked.
 *
 * @param planId the plan
 * @param agencyId its agency
 * @param supervisingBodyId the supervising body
 * @param rocYear ROC plan year
 * @param revision the approved revision
 * @param measures every measure with its deadline, for the deadline tracker
 * @param approvedAt when
 */
@EventType("tw.uplift.plan.PlanApproved.v1")
public record PlanApproved(
        String planId,
        String agencyId,
        String supervisingBodyId,
        int rocYear,
        int revision,
        List<TrackedMeasure> measures,
        Instant approvedAt) implements PlanEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}
