package tw.uplift.plan.reviewing;

import java.time.Clock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.IncomingEvents;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * Consumes {@code review-events}: a {@code PlanReviewDecided} approves (and publishes) or returns the plan.
 * The plan itself ignores decisions on other revisions and decisions already applied, so redelivered or
 * late events change nothing and send nothing.
 */
@Configuration
public class ReviewOutcomes {

    private static final Logger log = LoggerFactory.getLogger(ReviewOutcomes.class);

    private final AggregateStore store;
    private final Clock clock;
    private final String publicBaseUrl;

    public ReviewOutcomes(AggregateStore store, Clock clock,
            @Value("${uplift.plan.public-base-url:http://localhost:8081}") String publicBaseUrl) {
        this.store = store;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Bean
    Consumer<Message<byte[]>> reviewEvents(IncomingEvents incoming) {
        return incoming.handle(this::on);
    }

    void on(EventEnvelope<DomainEvent> envelope) {
        if (envelope.payload() instanceof PlanReviewDecided decided) {
            String url = publicBaseUrl + "/public/plans/" + decided.planId();
            boolean[] changed = {false};
            boolean found = store.update(decided.planId(), Plan.class,
                    plan -> changed[0] = plan.applyDecision(decided, url, clock.instant())).isPresent();
            if (!found) {
                log.warn("decision {} for unknown plan {} ignored", envelope.id(), decided.planId());
            } else if (!changed[0]) {
                log.info("decision {} on plan {} revision {} already applied or stale; ignored", envelope.id(),
                        decided.planId(), decided.revision());
            }
        }
    }
}
