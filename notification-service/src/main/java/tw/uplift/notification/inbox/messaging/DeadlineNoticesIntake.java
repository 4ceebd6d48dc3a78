package tw.uplift.notification.inbox.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.notification.inbox.application.DeadlineNotices;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;

/**
 * {@code deadline-events} (our own): each fired step reaches the responsible inboxes. Read back from the topic
 * like any other consumer would, so a notice is delivered at least once even if the instance dies right after
 * firing a step.
 */
@Component
class DeadlineNoticesIntake implements EventIntake {

    private final DeadlineNotices notices;

    DeadlineNoticesIntake(DeadlineNotices notices) {
        this.notices = notices;
    }

    @Override
    public Topic topic() {
        return Topic.DEADLINE;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        switch (event.payload()) {
            case DeadlineApproaching approaching -> notices.approaching(approaching, event.id());
            case ItemOverdue overdue -> notices.overdue(overdue, event.id());
            case OverdueEscalated escalated -> notices.escalated(escalated, event.id());
            default -> {
            }
        }
    }
}
