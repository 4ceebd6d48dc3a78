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
 * @param failure  what kind of failure (optional, added in a later release of v1; null from older producers)
 * @param itemId   the tracked item it was about, e.g. the deadline (optional, added in a later release of v1)
 */
@EventType("tw.uplift.notification.NotificationFailed.v1")
public record NotificationFailed(
        String notificationId,
        Channel channel,
        String recipient,
        String causeEventId,
        String reason,
        int attempt,
        Instant failedAt,
        FailureKind failure,
        String itemId) implements NotificationEvent {

    /** A failure as first published, without its kind and item. */
    public NotificationFailed(String notificationId, Channel channel, String recipient, String causeEventId,
            String reason, int attempt, Instant failedAt) {
        this(notificationId, channel, recipient, causeEventId, reason, attempt, failedAt, null, null);
    }

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
