package tw.uplift.review.corrective.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.review.corrective.CorrectiveActions;

/** {@code review-events}: a routine check's finding that raises a corrective action opens it. */
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
        if (event.payload() instanceof MeasureTrackingDecided decided) {
            actions.raised(decided);
        }
    }
}
