package tw.uplift.contracts.plan;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * An approved plan was published on its public page (公開於機關網站).
 *
 * @param planId the plan
 * @param agencyId its agency
 * @param rocYear ROC plan year
 * @param publicUrl where the public plan page is
 * @param publishedAt when
 */
@EventType("tw.uplift.plan.PlanPublished.v1")
public record PlanPublished(
        String planId,
        String agencyId,
        int rocYear,
        String publicUrl,
        Instant publishedAt) implements PlanEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}
