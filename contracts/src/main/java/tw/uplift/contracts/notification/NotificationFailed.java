package tw.uplift.contracts.notification;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * A notice could not be delivered.
 *
 * @param notificationId the notification
 * @param channel how delivery was tried
 * @param recipient who
 * @param causeEventId the event that caused it
 * @param reason why it failed
 * @param attempt which attempt
 * @param failedAt when
 */
@EventType("tw.uplift.notification.NotificationFailed.v1")
public record NotificationFailed(
        String notificationId,
        Channel channel,
        String recipient,
        String causeEventId,
        String reason,
        int attempt,
        Instant failedAt) implements NotificationEvent {

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
