package tw.uplift.notification.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.contracts.notification.NotificationDelivered;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.platform.domain.NotFoundException;
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
     * What an item points at; built from {@link #none()} with the links that apply, e.g.
     * {@code Links.none().plan(planId).task(taskId)}.
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

        public Links plan(String id) {
            return new Links(id, measureId, taskId, deadlineId);
        }

        public Links measure(String id) {
            return new Links(planId, id, taskId, deadlineId);
        }

        public Links task(String id) {
            return new Links(planId, measureId, id, deadlineId);
        }

        public Links deadline(String id) {
            return new Links(planId, measureId, taskId, id);
        }
    }

    protected InboxItem() {
    }

    private InboxItem(String id) {
        super(id);
    }

    /** The id of the item a cause leaves in one recipient's inbox. */
    public static String idFor(NoticeCause cause, String recipient) {
        return DerivedId.of(cause.key(), "inbox:" + recipient);
    }

    /** Puts a notice in an inbox (送達); recorded as delivered in-app. */
    public static InboxItem deliver(NoticeCause cause, Notice notice, String recipient, Instant now) {
        InboxItem item = new InboxItem(idFor(cause, Objects.requireNonNull(recipient, "recipient")));
        item.recipient = recipient;
        item.kind = notice.kind();
        item.title = notice.title();
        item.body = notice.body();
        item.links = notice.links();
        item.causeEventId = cause.eventId();
        item.createdAt = now;
        item.record(new NotificationDelivered(item.id, Channel.IN_APP, recipient, cause.eventId(), now), now);
        return item;
    }

    /**
     * Marks it read (已讀) by someone reading any of {@code addresses}; reading it again keeps the first time and
     * changes nothing. An item addressed to none of them does not exist for that reader.
     *
     * @throws NotFoundException when it is not addressed to any of them
     */
    public InboxItem readBy(Collection<String> addresses, Instant now) {
        if (!addresses.contains(recipient)) {
            throw new NotFoundException("inbox item", id);
        }
        if (readAt == null) {
            readAt = now;
        }
        return this;
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
