package tw.uplift.contracts.plan;

import java.time.Instant;
import java.util.List;
import tw.uplift.contracts.EventType;

/**
 * An approved plan was amended (計畫修正).
 *
 * @param planId the plan
 * @param agencyId its agency
 * @param revision the new revision
 * @param summary what changed, in words
 * @param amendedAt when
 * @param supervisingBodyId the supervising body (optional, added in a later release of v1)
 * @param rocYear ROC plan year (optional, added in a later release of v1)
 * @param measures every measure of the amended plan with its deadline, so the tracker re-registers them: a
 *                 measure no longer listed is no longer tracked (optional, added in a later release of v1;
 *                 absent means the deadlines did not change)
 */
@EventType("tw.uplift.plan.PlanAmended.v1")
public record PlanAmended(
        String planId,
        String agencyId,
        int revision,
        String summary,
        Instant amendedAt,
        String supervisingBodyId,
        Integer rocYear,
        List<TrackedMeasure> measures) implements PlanEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}
