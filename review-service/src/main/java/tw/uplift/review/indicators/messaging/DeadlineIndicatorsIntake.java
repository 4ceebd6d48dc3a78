package tw.uplift.review.indicators.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.review.indicators.IndicatorProjection;

/** {@code deadline-events}: what went overdue, for the indicators. Reminders and escalations are not needed. */
@Component
class DeadlineIndicatorsIntake implements EventIntake {

    private final IndicatorProjection indicators;

    DeadlineIndicatorsIntake(IndicatorProjection indicators) {
        this.indicators = indicators;
    }

    @Override
    public Topic topic() {
        return Topic.DEADLINE;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        if (event.payload() instanceof ItemOverdue overdue) {
            indicators.overdue(event.id(), event.time(), overdue);
        }
    }
}
