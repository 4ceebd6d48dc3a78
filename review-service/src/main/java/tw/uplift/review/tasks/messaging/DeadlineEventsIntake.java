package tw.uplift.review.tasks.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.review.tasks.ReviewTaskService;

/**
 * {@code deadline-events}: an agency's item escalated to its body (逾期陳報; not the earlier escalation to the agency's
 * head) opens a follow-up task.
 */
@Component
class DeadlineEventsIntake implements EventIntake {

    private final ReviewTaskService tasks;

    DeadlineEventsIntake(ReviewTaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Topic topic() {
        return Topic.DEADLINE;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        if (event.payload() instanceof OverdueEscalated escalated) {
            tasks.onOverdueEscalated(event.id(), escalated);
        }
    }
}
