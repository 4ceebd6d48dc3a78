package tw.uplift.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.contracts.notification.NotificationDelivered;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * One notice in one recipient's in-app inbox. Putting it there is the delivery, so it records
 * {@code NotificationDelivered} (channel IN_APP) in the same write: kept as evidence that the recipient
 * was told. Its id is derived from its cause and recipient, so it is never stored twice.
 */
@Document("inbox")
@CompoundIndex(name = "recipient_created", def = "{'recipient': 1, 'createdAt': -1}")
public class InboxItem extends OutboxAggregate {

    private String recipient;
    private InboxKind kind;
    private String title;
    private String body;
    private Links links;
    private String causeEventId;
    private Instant createdAt;
    private Instant readAt;

    /**
     * What an item points at.
     *
     * @param planId     the plan, or null
     * @param measureId  the measure, or null
     * @param taskId     the review task, or null
     * @param deadlineId the tracked obligation, or null
     */
    public record Links(String planId, String measureId, String taskId, String deadlineId) {

        public static Links none() {
            return new Links(null, null, null, null);
        }
    }

    protected InboxItem() {
    }

    private InboxItem(String id) {
        super(id);
    }

    /** The id of the item a cause (an event id, or a deadline id plus step) leaves in one recipient's inbox. */
    public static String idFor(String cause, String recipient) {
        return UUID.nameUUIDFromBytes((cause + "→" + recipient).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Puts a notice in an inbox; recorded as delivered in-app. */
    public static InboxItem deliver(String id, String recipient, InboxKind kind, String title, String body,
            Links links, String causeEventId, Instant now) {
        InboxItem item = new InboxItem(Objects.requireNonNull(id, "id"));
        item.recipient = Objects.requireNonNull(recipient, "recipient");
        item.kind = Objects.requireNonNull(kind, "kind");
        item.title = Objects.requireNonNull(title, "title");
        item.body = body;
        item.links = links == null ? Links.none() : links;
        item.causeEventId = causeEventId;
        item.createdAt = now;
        item.record(new NotificationDelivered(id, Channel.IN_APP, recipient, causeEventId, now), now);
        return item;
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public String recipient() {
        return recipient;
    }

    public InboxKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Links links() {
        return links;
    }

    public String causeEventId() {
        return causeEventId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
