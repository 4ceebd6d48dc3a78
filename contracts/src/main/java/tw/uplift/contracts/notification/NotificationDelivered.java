package tw.uplift.contracts.notification;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * A notice was delivered (kept as evidence that the recipient was told).
 *
 * @param notificationId the notification
 * @param channel how it was delivered
 * @param recipient who (user, agency inbox or address)
 * @param causeEventId the event that caused it
 * @param deliveredAt when
 */
@EventType("tw.uplift.notification.NotificationDelivered.v1")
public record NotificationDelivered(
        String notificationId,
        Channel channel,
        String recipient,
        String causeEventId,
        Instant deliveredAt) implements NotificationEvent {

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
