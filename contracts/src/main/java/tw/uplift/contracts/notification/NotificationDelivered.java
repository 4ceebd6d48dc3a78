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
 * @param itemId      the tracked item it was about, e.g. the deadline (optional, added in a later release of v1)
 */
@EventType("tw.uplift.notification.NotificationDelivered.v1")
public record NotificationDelivered(
        String notificationId,
        Channel channel,
        String recipient,
        String causeEventId,
        Instant deliveredAt,
        String itemId) implements NotificationEvent {

    /** A delivery as first published, without its item. */
    public NotificationDelivered(String notificationId, Channel channel, String recipient, String causeEventId,
            Instant deliveredAt) {
        this(notificationId, channel, recipient, causeEventId, deliveredAt, null);
    }

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
