package tw.uplift.notification.deadlines.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.review.CorrectiveActionRequired;
import tw.uplift.contracts.review.CorrectiveActionResponded;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.notification.deadlines.application.CorrectiveActionDeadlines;
import tw.uplift.notification.deadlines.application.MeasureReleases;
import tw.uplift.notification.deadlines.application.ReviewTaskDeadlines;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;

/**
 * {@code review-events}: a task's due date is tracked from its assignment until it is completed, a corrective
 * action's from its requirement until the agency answers it; a measure released from tracking (解除列管) is chased
 * no more.
 */
@Component
class ReviewDeadlinesIntake implements EventIntake {

    private final ReviewTaskDeadlines deadlines;
    private final CorrectiveActionDeadlines actions;
    private final MeasureReleases releases;

    ReviewDeadlinesIntake(ReviewTaskDeadlines deadlines, CorrectiveActionDeadlines actions, MeasureReleases releases) {
        this.deadlines = deadlines;
        this.actions = actions;
        this.releases = releases;
    }

    @Override
    public Topic topic() {
        return Topic.REVIEW;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        switch (event.payload()) {
            case ReviewTaskAssigned assigned -> deadlines.assigned(assigned, event.position());
            case ReviewTaskCompleted completed -> deadlines.completed(completed, event.position());
            case CorrectiveActionRequired required -> actions.required(required, event.position());
            case CorrectiveActionResponded responded -> actions.responded(responded, event.position());
            case MeasureTrackingDecided decided -> releases.decided(decided, event.position());
            default -> {
            }
        }
    }
}
