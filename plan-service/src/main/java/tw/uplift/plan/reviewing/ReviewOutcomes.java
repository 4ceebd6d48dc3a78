package tw.uplift.plan.reviewing;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.plan.authoring.Plan;
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
    private final Clock clock;
    private final String publicBaseUrl;

    public ReviewOutcomes(AggregateStore store, Clock clock,
            @Value("${uplift.plan.public-base-url}") String publicBaseUrl) {
        this.store = store;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
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
