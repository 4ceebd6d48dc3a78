package tw.uplift.notification.inbox.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.review.CorrectiveActionRequired;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.notification.inbox.application.CorrectiveActionNotices;
import tw.uplift.notification.inbox.application.ReviewNotices;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;

/** {@code review-events}: assignments reach the reviewer, decisions and corrective actions the agency. */
@Component
class ReviewNoticesIntake implements EventIntake {

    private final ReviewNotices notices;
    private final CorrectiveActionNotices actions;

    ReviewNoticesIntake(ReviewNotices notices, CorrectiveActionNotices actions) {
        this.notices = notices;
        this.actions = actions;
    }

    @Override
    public Topic topic() {
        return Topic.REVIEW;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        switch (event.payload()) {
            case ReviewTaskAssigned assigned -> notices.taskAssigned(assigned, event.id());
            case PlanReviewDecided decided -> notices.planDecided(decided, event.id());
            case CorrectiveActionRequired required -> actions.required(required, event.id());
            default -> {
            }
        }
    }
}
