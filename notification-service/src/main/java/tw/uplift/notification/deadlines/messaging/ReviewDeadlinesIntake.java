package tw.uplift.notification.deadlines.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.notification.deadlines.application.ReviewTaskDeadlines;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;

/** {@code review-events}: a task's due date is tracked from its assignment until it is completed. */
@Component
class ReviewDeadlinesIntake implements EventIntake {

    private final ReviewTaskDeadlines deadlines;

    ReviewDeadlinesIntake(ReviewTaskDeadlines deadlines) {
        this.deadlines = deadlines;
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
            default -> {
            }
        }
    }
}
