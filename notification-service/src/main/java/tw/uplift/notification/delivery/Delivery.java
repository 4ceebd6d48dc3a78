package tw.uplift.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.contracts.notification.FailureKind;
import tw.uplift.contracts.notification.NotificationDelivered;
import tw.uplift.contracts.notification.NotificationFailed;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeCause;
import tw.uplift.notification.inbox.NoticeFacts;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * One notice to one recipient on one channel (通知): an e-mail to a person, a webhook call to an endpoint. Its id
 * is derived from (cause, recipient, channel), so however often the cause is redelivered it is created once; its
 * status and history (歷程) are the evidence that the recipient was told, kept with the plan's year.
 *
 * <p>It records {@code NotificationDelivered} or {@code NotificationFailed} in the same document write as the
 * status change that causes it (the outbox), so evidence and events never disagree.
 */
@Document("deliveries")
@CompoundIndex(name = "agency_year", def = "{'item.agencyId': 1, 'item.rocYear': 1, 'createdAt': 1}")
@CompoundIndex(name = "body_year", def = "{'item.bodyId': 1, 'item.rocYear': 1, 'createdAt': 1}")
@CompoundIndex(name = "deadline", def = "{'item.deadlineId': 1, 'createdAt': 1}")
@CompoundIndex(name = "item", def = "{'item.itemId': 1, 'createdAt': 1}")
public class Delivery extends OutboxAggregate {

    private String causeKey;
    private String causeEventId;
    private Channel channel;
    private String recipient;
    private String address;
    private Language language;
    private InboxKind kind;
    private boolean critical;
    private String subject;
    private String title;
    private String body;
    private NoticeFacts facts;
    private InboxItem.Links links;
    private DeliveryItem item;
    private List<DigestEntry> digest;
    private String digestCause;
    private DeliveryStatus status;
    private Instant heldUntil;
    private int attempts;
    private List<DeliveryStep> history = new ArrayList<>();
    private Instant createdAt;

    /**
     * One notice gathered into a digest (每日摘要) e-mail.
     *
     * @param deliveryId the reminder's own delivery
     * @param kind       its kind
     * @param title      its headline
     * @param facts      its facts
     * @param links      what it points at
     */
    public record DigestEntry(String deliveryId, InboxKind kind, String title, NoticeFacts facts,
            InboxItem.Links links) {
    }

    protected Delivery() {
    }

    private Delivery(String id) {
        super(id);
    }

    /** The id of the delivery of a cause to a recipient on a channel: the same whatever brings the cause again. */
    public static String idFor(String causeKey, String recipient, Channel channel) {
        return DerivedId.of(causeKey, "delivery:" + channel.name() + ":" + recipient);
    }

    /** Decides to deliver a notice to one addressee on one channel (已建立). */
    public static Delivery create(NoticeCause cause, Notice notice, Channel channel, Addressee to, String subject,
            DeliveryItem item, Instant now) {
        Delivery d = new Delivery(idFor(cause.key(), to.recipient(), channel));
        d.causeKey = cause.key();
        d.causeEventId = cause.eventId();
        d.channel = Objects.requireNonNull(channel, "channel");
        d.recipient = to.recipient();
        d.address = to.address();
        d.language = to.language();
        d.kind = notice.kind();
        d.critical = notice.isCritical();
        d.subject = subject;
        d.title = notice.title();
        d.body = notice.body();
        d.facts = notice.facts();
        d.links = notice.links();
        d.item = item;
        d.createdAt = now;
        d.enter(DeliveryStatus.CREATED, now, "", 0);
        return d;
    }

    /**
     * A digest (每日摘要): one e-mail listing a person's held reminders of one day; a delivery in its own right,
     * caused by {@code digest:<person>:<date>}, so it too is sent once.
     */
    public static Delivery digest(String causeKey, Addressee to, String subject, List<DigestEntry> entries,
            DeliveryItem item, Instant now) {
        Delivery d = new Delivery(idFor(causeKey, to.recipient(), Channel.EMAIL));
        d.causeKey = causeKey;
        d.causeEventId = causeKey;
        d.channel = Channel.EMAIL;
        d.recipient = to.recipient();
        d.address = to.address();
        d.language = to.language();
        d.subject = subject;
        d.title = subject;
        d.facts = NoticeFacts.none();
        d.links = InboxItem.Links.none();
        d.digest = new ArrayList<>(entries);
        d.item = item;
        d.createdAt = now;
        d.enter(DeliveryStatus.CREATED, now, "", 0);
        return d;
    }

    /**
     * Adds a held reminder to a digest not yet sent.
     *
     * @return whether it is in (true also when it was already); false when the digest is under way or done, and
     *         the reminder must go on its own
     */
    public boolean include(DigestEntry entry) {
        if (digest == null || !(status == DeliveryStatus.CREATED || status == DeliveryStatus.HELD)) {
            return digest != null && digest.stream().anyMatch(e -> e.deliveryId().equals(entry.deliveryId()));
        }
        if (digest.stream().noneMatch(e -> e.deliveryId().equals(entry.deliveryId()))) {
            List<DigestEntry> more = new ArrayList<>(digest);
            more.add(entry);
            digest = more;
        }
        return true;
    }

    /**
     * Held for the recipient's digest (每日摘要) of {@code digestCause}, sent at {@code at}: the digest delivers it,
     * unless the digest could not take it or failed, when it goes on its own.
     */
    public Delivery holdForDigest(String digestCause, Instant at, Instant now) {
        if (status == DeliveryStatus.CREATED) {
            this.digestCause = digestCause;
        }
        return hold(at, "daily digest " + digestCause, now);
    }

    /** The digest it waits for, or null. */
    public String digestCause() {
        return digestCause;
    }

    /** The id of the digest it waits for, or null. */
    public String digestId() {
        return digestCause == null ? null : idFor(digestCause, recipient, Channel.EMAIL);
    }

    /** Whether a digest lists this reminder. */
    public boolean lists(String deliveryId) {
        return digest != null && digest.stream().anyMatch(e -> e.deliveryId().equals(deliveryId));
    }

    /** Held (暫緩) until {@code until}: quiet hours, or the digest time. Only a delivery not yet tried is held. */
    public Delivery hold(Instant until, String reason, Instant now) {
        if (status == DeliveryStatus.CREATED || status == DeliveryStatus.HELD && !until.equals(heldUntil)) {
            heldUntil = until;
            enter(DeliveryStatus.HELD, now, reason, attempts);
        }
        return this;
    }

    /** Whether it can be tried now: not final, not under way, and not held beyond {@code now}. */
    public boolean isSendable(Instant now) {
        return switch (status) {
            case CREATED, TEMPORARY_FAILURE -> true;
            case HELD -> heldUntil == null || !heldUntil.isAfter(now);
            default -> false;
        };
    }

    /**
     * Starts an attempt (傳送中), recorded before the receiving system is spoken to: a SENDING delivery found
     * later by nobody holding it is one whose outcome we do not know.
     *
     * @return the attempt's number
     */
    public int startAttempt(Instant now) {
        if (!isSendable(now)) {
            throw new IllegalStateException("delivery " + id + " is " + status + ", not sendable");
        }
        attempts++;
        heldUntil = null;
        enter(DeliveryStatus.SENDING, now, "", attempts);
        return attempts;
    }

    /** The outcome of the attempt under way; a temporary failure is retried unless {@code giveUp}. */
    public Delivery finishAttempt(SendOutcome outcome, boolean giveUp, Instant now) {
        if (status != DeliveryStatus.SENDING) {
            return this; // a late report of an attempt already settled (an operator, another instance): ignored
        }
        switch (outcome.result()) {
            case DELIVERED -> delivered(outcome.reason(), now);
            case TEMPORARY_FAILURE -> {
                if (giveUp) {
                    failed(DeliveryStatus.PERMANENT_FAILURE, "gave up after " + attempts + " attempts: "
                            + outcome.reason(), now);
                } else {
                    failed(DeliveryStatus.TEMPORARY_FAILURE, outcome.reason(), now);
                }
            }
            case PERMANENT_FAILURE -> failed(DeliveryStatus.PERMANENT_FAILURE, outcome.reason(), now);
            case TECHNICAL_FAILURE -> failed(DeliveryStatus.TECHNICAL_FAILURE, outcome.reason(), now);
        }
        return this;
    }

    /**
     * Fails it before any attempt, for our own reason (no address, nothing to write): technical failure
     * (系統錯誤), recorded without an attempt being counted.
     */
    public Delivery failTechnically(String reason, Instant now) {
        if (!status.isFinal() && status != DeliveryStatus.SENDING) {
            failed(DeliveryStatus.TECHNICAL_FAILURE, reason, now);
        }
        return this;
    }

    /**
     * Found SENDING with nobody holding it: the instance crashed after starting the attempt and before recording
     * its outcome. The message may or may not have been accepted; SMTP has no way to ask. At most once: not sent
     * again automatically, recorded as a technical failure for an operator to {@link #resend}.
     */
    public Delivery outcomeUnknown(Instant now) {
        if (status == DeliveryStatus.SENDING) {
            failed(DeliveryStatus.TECHNICAL_FAILURE, OUTCOME_UNKNOWN, now);
        }
        return this;
    }

    /**
     * Found SENDING with nobody holding it, on a channel whose receiver drops a repeat by the message's id (a
     * webhook: {@code webhook-id}, the Standard Webhooks convention): sent again under the same id, so the crash
     * costs the receiver one duplicate it recognises instead of a notice nobody knows went.
     */
    public Delivery interruptedAttempt(Instant now) {
        if (status == DeliveryStatus.SENDING) {
            failed(DeliveryStatus.TEMPORARY_FAILURE, INTERRUPTED, now);
        }
        return this;
    }

    /** The reason recorded for an interrupted attempt that is repeated under the same id. */
    public static final String INTERRUPTED = "interrupted before its result was recorded; sent again under the same id";

    /** The reason recorded for an attempt whose outcome nobody saw. */
    public static final String OUTCOME_UNKNOWN = "outcome unknown: the attempt was interrupted before its result "
            + "was recorded; not sent again automatically";

    /**
     * An operator sends it again (重送) after a technical or permanent failure: a new attempt, under the same id
     * (the same {@code Message-ID}, so a mail client that got the first copy can drop the second).
     */
    public Delivery resend(String operator, Instant now) {
        if (status == DeliveryStatus.TECHNICAL_FAILURE || status == DeliveryStatus.PERMANENT_FAILURE) {
            enter(DeliveryStatus.CREATED, now, "re-sent by " + operator, attempts);
        }
        return this;
    }

    /** A reminder held for the digest, sent inside it (已送達，併入每日摘要). */
    public Delivery deliveredInDigest(String digestId, Instant now) {
        if (status == DeliveryStatus.HELD || status == DeliveryStatus.CREATED) {
            heldUntil = null;
            delivered("in digest " + digestId, now);
        }
        return this;
    }

    private void delivered(String reason, Instant now) {
        enter(DeliveryStatus.DELIVERED, now, reason, attempts);
        record(new NotificationDelivered(id, channel, recipient, causeEventId, now, itemRef()), now);
    }

    private void failed(DeliveryStatus failure, String reason, Instant now) {
        enter(failure, now, reason, attempts);
        // a failure before any attempt (no sender, no address) is reported as the first attempt's: it was one
        record(new NotificationFailed(id, channel, recipient, causeEventId, reason, Math.max(1, attempts), now,
                switch (failure) {
                    case TEMPORARY_FAILURE -> FailureKind.TEMPORARY;
                    case PERMANENT_FAILURE -> FailureKind.PERMANENT;
                    default -> FailureKind.TECHNICAL;
                }, itemRef()), now);
    }

    /** The item the events name: the deadline when there is one, else the item itself. */
    private String itemRef() {
        if (item == null) {
            return null;
        }
        return item.deadlineId() != null ? item.deadlineId() : item.itemId();
    }

    private void enter(DeliveryStatus next, Instant at, String reason, int attempt) {
        status = next;
        history.add(new DeliveryStep(next, at, reason == null ? "" : reason, attempt));
    }

    public String causeKey() {
        return causeKey;
    }

    public String causeEventId() {
        return causeEventId;
    }

    public Channel channel() {
        return channel;
    }

    /** Who or what it is for: {@code user:<name>}, {@code webhook:<endpoint>}. */
    public String recipient() {
        return recipient;
    }

    /** Where it goes: an e-mail address, an endpoint URL; null when there is none. */
    public String address() {
        return address;
    }

    public Language language() {
        return language;
    }

    /** The notice's kind; null for a digest. */
    public InboxKind kind() {
        return kind;
    }

    /** Overdue and escalation notices: never held. */
    public boolean isCritical() {
        return critical;
    }

    public boolean isDigest() {
        return digest != null;
    }

    /** The held reminders a digest lists (empty for any other delivery). */
    public List<DigestEntry> digestEntries() {
        return digest == null ? List.of() : Collections.unmodifiableList(digest);
    }

    /** The subject line, in the recipient's language. */
    public String subject() {
        return subject;
    }

    /** The inbox's headline (繁體中文). */
    public String title() {
        return title;
    }

    /** The inbox's text (繁體中文), or null. */
    public String body() {
        return body;
    }

    public NoticeFacts facts() {
        return facts == null ? NoticeFacts.none() : facts;
    }

    public InboxItem.Links links() {
        return links == null ? InboxItem.Links.none() : links;
    }

    public DeliveryItem item() {
        return item;
    }

    public DeliveryStatus status() {
        return status;
    }

    public Instant heldUntil() {
        return heldUntil;
    }

    public int attempts() {
        return attempts;
    }

    public List<DeliveryStep> history() {
        return Collections.unmodifiableList(history);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the current status was entered. */
    public Instant updatedAt() {
        return history.isEmpty() ? createdAt : history.getLast().at();
    }
}
