package tw.uplift.plan.reviewing.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.review.AnnualReviewScored;
import tw.uplift.contracts.review.CorrectiveActionRequired;
import tw.uplift.contracts.review.CorrectiveActionResponded;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.plan.reviewing.ReviewOutcomes;
import tw.uplift.plan.reviewing.RoutineCheckFindings;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;

/**
 * {@code review-events}: a plan's review decision, an annual review's score (which closes the plan's year), and a
 * routine check's findings on measures (verdicts, corrective actions and their answers). Other review events are
 * not plan-service's business.
 */
@Component
class ReviewEventsIntake implements EventIntake {

    private final ReviewOutcomes outcomes;
    private final RoutineCheckFindings findings;

    ReviewEventsIntake(ReviewOutcomes outcomes, RoutineCheckFindings findings) {
        this.outcomes = outcomes;
        this.findings = findings;
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
            case MeasureTrackingDecided decided -> findings.trackingDecided(decided);
            case CorrectiveActionRequired required -> findings.correctionRequired(required);
            case CorrectiveActionResponded responded -> findings.correctionAnswered(responded);
            default -> {
            }
        }
    }
}
