package tw.uplift.review.indicators.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanReturned;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.review.indicators.IndicatorProjection;

/** {@code plan-events}: submissions, approvals, returns and completed measures, for the indicators. */
@Component
class PlanIndicatorsIntake implements EventIntake {

    private final IndicatorProjection indicators;

    PlanIndicatorsIntake(IndicatorProjection indicators) {
        this.indicators = indicators;
    }

    @Override
    public Topic topic() {
        return Topic.PLAN;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        switch (event.payload()) {
            case PlanSubmitted e -> indicators.submitted(event.id(), event.time(), e);
            case PlanApproved e -> indicators.approved(event.id(), event.time(), e);
            case PlanReturned e -> indicators.returned(event.id(), event.time(), e);
            case MeasureCompleted e -> indicators.completed(event.id(), event.time(), e);
            default -> { }
        }
    }
}
