package tw.uplift.plan.reviewing.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.review.AnnualReviewScored;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.plan.reviewing.ReviewOutcomes;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;

/**
 * {@code review-events}: a plan's review decision, and an annual review's score (which closes the plan's year).
 * Other review events are not plan-service's business.
 */
@Component
class ReviewEventsIntake implements EventIntake {

    private final ReviewOutcomes outcomes;

    ReviewEventsIntake(ReviewOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public Topic topic() {
        return Topic.REVIEW;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        switch (event.payload()) {
            case PlanReviewDecided decided -> outcomes.decided(decided, event.position());
            case AnnualReviewScored scored -> outcomes.annualReviewScored(scored);
            default -> {
            }
        }
    }
}
