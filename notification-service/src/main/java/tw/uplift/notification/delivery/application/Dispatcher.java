package tw.uplift.notification.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.Recipients;
import tw.uplift.notification.delivery.Addressee;
import tw.uplift.notification.delivery.Delivery;
import tw.uplift.notification.delivery.DeliveryItem;
import tw.uplift.notification.delivery.DeliveryStatus;
import tw.uplift.notification.delivery.Language;
import tw.uplift.notification.delivery.Person;
import tw.uplift.notification.delivery.Preferences;
import tw.uplift.notification.delivery.Timing;
import tw.uplift.notification.delivery.WebhookTargets;
import tw.uplift.notification.delivery.persistence.PendingDeliveries;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeCause;
import tw.uplift.notification.inbox.NoticeFacts;
import tw.uplift.notification.inbox.application.Inbox;
import tw.uplift.notification.inbox.application.Notices;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * Delivers each notice to the inbox, exactly as before, and decides its other deliveries: an e-mail to each
 * person behind the addresses who wants that kind by e-mail (timed by their quiet hours and digest), and a
 * webhook call to each endpoint the agency or body subscribed ({@link WebhookTargets}). Nothing is sent here:
 * each delivery is stored (once: its id is derived from cause, recipient and channel) and put in the send queue.
 *
 * <p>Writes in order, each idempotent, so a crash anywhere is mended by the redelivered event (it is not
 * acknowledged until this returns): the inbox; then per delivery the delivery itself, then its queue entry. A
 * redelivery finds a delivery stored without its queue entry and queues it.
 */
public class Dispatcher implements Notices {

    private final Inbox inbox;
    private final Directory directory;
    private final PreferenceBook preferences;
    private final AggregateStore store;
    private final PendingDeliveries queue;
    private final MailTemplates templates;
    private final WebhookTargets webhooks;
    private final Clock clock;
    private final Runnable wakeSender;

    public Dispatcher(Inbox inbox, Directory directory, PreferenceBook preferences, AggregateStore store,
            PendingDeliveries queue, MailTemplates templates, WebhookTargets webhooks, Clock clock,
            Runnable wakeSender) {
        this.inbox = inbox;
        this.directory = directory;
        this.preferences = preferences;
        this.store = store;
        this.queue = queue;
        this.templates = templates;
        this.webhooks = webhooks;
        this.clock = clock;
        this.wakeSender = wakeSender;
    }

    @Override
    public int deliver(NoticeCause cause, Notice notice, Collection<String> addresses) {
        int fresh = inbox.deliver(cause, notice, addresses);
        Instant now = clock.instant();
        DeliveryItem item = itemOf(notice, addresses, now);
        for (Person person : directory.resolve(addresses, notice.facts().unit())) {
            email(cause, notice, person, item, now);
        }
        for (WebhookTargets.Target target : webhooks.subscribedTo(item.agencyId(), item.bodyId(), notice.kind())) {
            Addressee to = new Addressee(Recipients.webhook(target.endpointId()), target.url(), Language.ZH_TW);
            store(Delivery.create(cause, notice, Channel.WEBHOOK, to, notice.title(), item, now), now);
        }
        wakeSender.run();
        return fresh;
    }

    private void email(NoticeCause cause, Notice notice, Person person, DeliveryItem item, Instant now) {
        Preferences prefs = preferences.of(person.username());
        if (!prefs.wants(notice.kind(), Channel.EMAIL)) {
            return;
        }
        Addressee to = new Addressee(Recipients.user(person.username()), person.email(), prefs.language());
        String id = Delivery.idFor(cause.key(), to.recipient(), Channel.EMAIL);
        Optional<Delivery> stored = store.findById(id, Delivery.class);
        if (stored.isPresent()) {
            resume(stored.get(), now);
            return;
        }
        Delivery d = Delivery.create(cause, notice, Channel.EMAIL, to,
                templates.subject(notice.kind(), notice.facts(), to.language()), item, now);
        switch (prefs.timing(notice.kind(), notice.isCritical(), now)) {
            case Timing.Now n -> store(d, now);
            case Timing.AfterQuietHours quiet -> store(d.hold(quiet.until(), "quiet hours until "
                    + TaipeiTime.at(quiet.until()).toLocalTime(), now), quiet.until());
            case Timing.InDigest digest -> {
                String key = digestKey(person.username(), digest.date());
                store(d.holdForDigest(key, digest.at(), now), null);
                gather(d, key, digest.at(), now);
            }
        }
    }

    /**
     * Adds a held reminder to the person's digest of that day (created, held until its time, on first need). A
     * digest already under way cannot take it: the reminder then goes on its own.
     */
    private void gather(Delivery reminder, String key, Instant at, Instant now) {
        Addressee to = new Addressee(reminder.recipient(), reminder.address(), reminder.language());
        String digestId = Delivery.idFor(key, to.recipient(), Channel.EMAIL);
        LocalDate date = TaipeiTime.dateOf(at);
        if (store.findById(digestId, Delivery.class).isEmpty()) {
            DeliveryItem item = new DeliveryItem(null, null, null, reminder.item().agencyId(),
                    reminder.item().bodyId(), RocYear.of(date).value());
            Delivery fresh = Delivery.digest(key, to, templates.digestSubject(date, to.language()),
                    List.of(), item, now).hold(at, "daily digest of " + date, now);
            try {
                store.save(fresh);
            } catch (DuplicateKeyException another) {
                // created by a notice handled at the same moment: add to that one
            }
        }
        Delivery.DigestEntry entry = new Delivery.DigestEntry(reminder.getId(), reminder.kind(), reminder.title(),
                reminder.facts(), reminder.links());
        boolean in = store.update(digestId, Delivery.class, dg -> dg.include(entry)).orElse(false);
        queue.ensure(in ? digestId : reminder.getId(), in ? at : now);
    }

    /** The cause of a person's digest of one day. */
    static String digestKey(String username, LocalDate date) {
        return "digest:" + username + ":" + date;
    }

    /**
     * A delivery stored before (a redelivered event) is never created again; one still to be sent is put back on
     * its way: a reminder held for a digest into that digest again (the crash may have come before it was added),
     * anything else into the queue.
     */
    private void resume(Delivery d, Instant now) {
        if (d.status().isFinal()) {
            return;
        }
        if (d.status() == DeliveryStatus.HELD && d.digestCause() != null) {
            gather(d, d.digestCause(), d.heldUntil(), now);
        } else {
            queue.ensure(d.getId(), now);
        }
    }

    /** A delivery stored before (a redelivered event): put back on its way if still to be sent, never re-created. */
    private boolean requeueIfStored(String id, Instant now) {
        Optional<Delivery> stored = store.findById(id, Delivery.class);
        stored.ifPresent(d -> resume(d, now));
        return stored.isPresent();
    }

    /** Stores a new delivery and queues it for {@code dueAt} (null: not queued on its own). */
    private void store(Delivery d, Instant dueAt) {
        if (requeueIfStored(d.getId(), dueAt == null ? d.createdAt() : dueAt)) {
            return;
        }
        try {
            store.save(d);
        } catch (DuplicateKeyException sameMoment) {
            // the same notice handled by another consumer at the same moment: theirs stands
        }
        if (dueAt != null) {
            queue.ensure(d.getId(), dueAt);
        }
    }

    /**
     * What the notice is about, for listing and export: its agency (from its facts, else its first agency
     * address), that agency's body, and the ROC year it is kept with — the year of the item's due date, which
     * lies in its plan's year; the year of sending for a notice without one.
     */
    private DeliveryItem itemOf(Notice notice, Collection<String> addresses, Instant now) {
        NoticeFacts f = notice.facts();
        InboxItem.Links links = notice.links();
        String agencyId = f.agencyId() != null ? f.agencyId()
                : idOfFirst(addresses, Recipients.Kind.AGENCY, Recipients.Kind.AGENCY_HEAD);
        String bodyId = f.bodyId() != null ? f.bodyId() : agencyId == null ? null
                : directory.bodyOf(agencyId).orElse(null);
        if (bodyId == null) {
            bodyId = idOfFirst(addresses, Recipients.Kind.BODY);
        }
        String itemId = f.itemId() != null ? f.itemId() : links.measureId() != null ? links.measureId() : links.taskId();
        int year = (f.dueDate() != null ? RocYear.of(f.dueDate()) : RocYear.current(clock)).value();
        return new DeliveryItem(links.deadlineId(), itemId, links.planId(), agencyId, bodyId, year);
    }

    /** The id in the first address of one of these kinds, or null. */
    private static String idOfFirst(Collection<String> addresses, Recipients.Kind... kinds) {
        List<Recipients.Kind> wanted = List.of(kinds);
        return addresses.stream().flatMap(a -> Recipients.parse(a).stream()).filter(a -> wanted.contains(a.kind()))
                .map(Recipients.Address::id).findFirst().orElse(null);
    }
}
