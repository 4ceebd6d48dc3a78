package tw.uplift.review.reviewers;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.stereotype.Component;
import tw.uplift.contracts.values.TaipeiTime;

/**
 * {@code uplift.review.reviewers.away{body}}: how many of a body's active reviewers are away today, so an operator
 * sees a body running short before its tasks start waiting in the candidate group.
 */
@Component
class ReviewerMetrics {

    private final MeterRegistry meters;
    private final Reviewers reviewers;
    private final Clock clock;

    ReviewerMetrics(MeterRegistry meters, Reviewers reviewers, Clock clock) {
        this.meters = meters;
        this.reviewers = reviewers;
        this.clock = clock;
    }

    /** Starts the gauge of a body; again for the same body changes nothing (the registry keeps one per tag). */
    void watch(String bodyId) {
        if (bodyId == null) {
            return;
        }
        Gauge.builder("uplift.review.reviewers.away", () -> away(bodyId))
                .description("active reviewers away today, by supervising body").tag("body", bodyId)
                .register(meters);
    }

    private long away(String bodyId) {
        var today = TaipeiTime.today(clock);
        return reviewers.ofBody(bodyId).stream().filter(r -> r.active() && r.awayOn(today)).count();
    }
}
