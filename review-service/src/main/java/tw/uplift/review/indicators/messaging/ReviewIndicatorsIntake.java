package tw.uplift.review.indicators.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.review.indicators.IndicatorProjection;

/**
 * {@code review-events}: our own returned decisions, for the turnaround indicator (so it is known before, or without,
 * plan-service's PlanReturned).
 */
@Component
class ReviewIndicatorsIntake implements EventIntake {

    private final IndicatorProjection indicators;

    ReviewIndicatorsIntake(IndicatorProjection indicators) {
        this.indicators = indicators;
    }

    @Override
    public Topic topic() {
        return Topic.REVIEW;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        if (event.payload() instanceof PlanReviewDecided decided) {
            indicators.decided(event.id(), event.time(), decided);
        }
    }
}
