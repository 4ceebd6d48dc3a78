package tw.uplift.plan.reviewing;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.AnnualReviewScored;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanRepository;
import tw.uplift.plan.authoring.PlanStatus;
import tw.uplift.platform.events.EventPosition;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * The supervising body's decision reaches the plan: approved (and published on its public page) or returned.
 * The plan itself ignores decisions on other revisions and decisions already applied, so redelivered or
 * late events change nothing and send nothing.
 */
@Service
public class ReviewOutcomes {

    private static final Logger log = LoggerFactory.getLogger(ReviewOutcomes.class);

    private final AggregateStore store;
    private final PlanRepository plans;
    private final Clock clock;
    private final String publicBaseUrl;

    public ReviewOutcomes(AggregateStore store, PlanRepository plans, Clock clock,
            @Value("${uplift.plan.public-base-url}") String publicBaseUrl) {
        this.store = store;
        this.plans = plans;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    /**
     * The annual review (年度查核) of an agency's year was scored: its plan of that year, once its results were handed
     * in, is closed (結案). A redelivered score finds the plan closed and changes nothing.
     */
    public void annualReviewScored(AnnualReviewScored scored) {
        for (Plan plan : plans.findByAgencyIdOrderByRocYearDesc(scored.agencyId())) {
            if (plan.getRocYear() == scored.rocYear() && plan.getStatus() == PlanStatus.RESULTS_SUBMITTED) {
                store.update(plan.getId(), Plan.class, p -> p.getStatus() == PlanStatus.RESULTS_SUBMITTED
                        && p.close("review:" + scored.taskId(), clock.instant()));
            }
        }
    }

    public void decided(PlanReviewDecided decided, EventPosition position) {
        String url = publicBaseUrl + "/public/plans/" + decided.planId();
        Optional<Boolean> applied = store.update(decided.planId(), Plan.class,
                plan -> plan.applyDecision(decided, position, url, clock.instant()));
        if (applied.isEmpty()) {
            log.warn("decision on unknown plan {} ignored", decided.planId());
        } else if (!applied.get()) {
            log.info("decision on plan {} revision {} already applied or stale; ignored", decided.planId(),
                    decided.revision());
        }
    }
}
