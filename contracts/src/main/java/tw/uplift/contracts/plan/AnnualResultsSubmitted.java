package tw.uplift.contracts.plan;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * An agency submitted its annual results (年度執行成果) for the annual review.
 *
 * @param planId the plan
 * @param agencyId its agency
 * @param rocYear ROC plan year
 * @param submittedAt when
 */
@EventType("tw.uplift.plan.AnnualResultsSubmitted.v1")
public record AnnualResultsSubmitted(
        String planId,
        String agencyId,
        int rocYear,
        Instant submittedAt) implements PlanEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}
