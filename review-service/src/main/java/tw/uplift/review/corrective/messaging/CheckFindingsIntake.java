package tw.uplift.review.corrective.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.review.CorrectiveActionResponded;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.review.corrective.CorrectiveActions;

/**
 * {@code review-events}, our own: a check's finding that raises a corrective action opens it; the agency's answer
 * opens its verification; the verification's completion settles it.
 */
@Component
class CheckFindingsIntake implements EventIntake {

    private final CorrectiveActions actions;

    CheckFindingsIntake(CorrectiveActions actions) {
        this.actions = actions;
    }

    @Override
    public Topic topic() {
        return Topic.REVIEW;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        switch (event.payload()) {
            case MeasureTrackingDecided decided -> actions.raised(decided);
            case CorrectiveActionResponded responded -> actions.answered(event.id(), responded);
            case ReviewTaskCompleted completed -> actions.verified(completed);
            default -> {
            }
        }
    }
}
