package tw.uplift.plan.tracking.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.plan.tracking.OverdueMeasures;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;

/** {@code deadline-events}: overdue notices about this service's measures. */
@Component
class DeadlineEventsIntake implements EventIntake {

    private final OverdueMeasures overdueMeasures;

    DeadlineEventsIntake(OverdueMeasures overdueMeasures) {
        this.overdueMeasures = overdueMeasures;
    }

    @Override
    public Topic topic() {
        return Topic.DEADLINE;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        if (event.payload() instanceof ItemOverdue overdue) {
            overdueMeasures.overdue(overdue, event.position());
        }
    }
}
