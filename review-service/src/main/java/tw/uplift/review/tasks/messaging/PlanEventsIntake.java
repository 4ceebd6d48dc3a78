package tw.uplift.review.tasks.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.review.tasks.ReviewTaskService;

/** {@code plan-events}: a submitted plan revision opens its plan-approval task. Other plan events are ignored. */
@Component
class PlanEventsIntake implements EventIntake {

    private final ReviewTaskService tasks;

    PlanEventsIntake(ReviewTaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Topic topic() {
        return Topic.PLAN;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        if (event.payload() instanceof PlanSubmitted submitted) {
            tasks.onPlanSubmitted(event.id(), event.time(), submitted);
        }
    }
}
