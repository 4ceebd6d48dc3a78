package tw.uplift.plan.authoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code uplift_plans{status}}: how many plans are in each state, for the business dashboard (how many are waiting
 * for review, how many were returned). Counted in MongoDB when Prometheus scrapes: one count per status
 * over a collection of a few thousand plans a year, every 15 s, is cheaper than keeping a second copy in step.
 */
@Component
class PlanCounts {

    PlanCounts(PlanRepository plans, MeterRegistry meters) {
        for (PlanStatus status : PlanStatus.values()) {
            Gauge.builder("uplift.plans", plans, repository -> repository.countByStatus(status))
                    .description("plans by status").tag("status", status.name()).register(meters);
        }
    }
}
