package tw.uplift.review.tasks.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.AnnualResultsSubmitted;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.review.tasks.ReviewTaskService;
import tw.uplift.review.tasks.annual.AnnualReviews;

/**
 * {@code plan-events}: a submitted plan revision opens its plan-approval task; handed-in annual results open the
 * plan's annual review. Other plan events are ignored here.
 */
@Component
class PlanEventsIntake implements EventIntake {

    private final ReviewTaskService tasks;
    private final AnnualReviews annualReviews;

    PlanEventsIntake(ReviewTaskService tasks, AnnualReviews annualReviews) {
        this.tasks = tasks;
        this.annualReviews = annualReviews;
    }

    @Override
    public Topic topic() {
        return Topic.PLAN;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        if (event.payload() instanceof PlanSubmitted submitted) {
            tasks.onPlanSubmitted(event.id(), event.time(), submitted);
        } else if (event.payload() instanceof AnnualResultsSubmitted results) {
            annualReviews.onResultsSubmitted(event.id(), event.time(), results);
        }
    }
}
