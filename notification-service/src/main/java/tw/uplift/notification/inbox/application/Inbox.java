package tw.uplift.notification.inbox.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeCause;
import tw.uplift.notification.inbox.persistence.InboxIndex;
import tw.uplift.notification.inbox.persistence.UnreadCounters;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * Puts notices into inboxes (once each), reads them back for their recipients, marks them read, and keeps each
 * address's unread count in step ({@link UnreadCounters}: the ids of the unread items, so that repeating a step
 * never counts twice). Reads go through the {@link InboxIndex}, by {@code _id}: a reader's inbox costs what is in it,
 * whatever else is stored.
 */
public class Inbox {

    /**
     * One reader's inbox as a page shows it.
     *
     * @param items  the newest items, newest first
     * @param unread how many of all their items are unread (not only of those shown)
     */
    public record Listing(List<InboxItem> items, int unread) {
    }

    private final AggregateStore store;
    /**
     * How old an index entry without its item must be before it is dropped: older than any delivery under way
     * between its two writes (milliseconds apart), so only a crashed delivery's entry goes (its redelivery, if it
     * ever comes, indexes the item again).
     */
    static final Duration ORPHAN_AGE = Duration.ofMinutes(10);

    private final MongoTemplate mongo;
    private final UnreadCounters unread;
    private final InboxIndex index;
    private final Clock clock;
    private final Meter.MeterProvider<Counter> notices;

    public Inbox(AggregateStore store, MongoTemplate mongo, UnreadCounters unread, InboxIndex index, Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.mongo = mongo;
        this.unread = unread;
        this.index = index;
        this.clock = clock;
        // the same meter as the other channels' deliveries (DeliveryWorker): kind, channel and outcome
        this.notices = Counter.builder("uplift.notifications")
                .description("notices delivered, by kind, channel and outcome").tag("channel", Channel.IN_APP.name())
                .withRegistry(meters);
        // Every kind's in-app counters from the start, at 0: the dashboards' increase() and the alerts see the first.
        for (InboxKind kind : InboxKind.values()) {
            notices.withTags("kind", kind.name(), "outcome", "delivered");
            notices.withTags("kind", kind.name(), "outcome", "duplicate");
        }
    }

    /**
     * Delivers a notice to each recipient. An item's id comes from its cause and recipient, so delivering the
     * same cause again (a redelivered event) stores nothing, emits nothing and counts nothing.
     *
     * <p>Writes per recipient, in this order: the item's id into the recipient's unread counter and into the
     * recipient's {@link InboxIndex} (neither lets a second write count or list it twice), then the item: an item
     * is never missing from its index. A crash between them leaves the id counted without its item; the event was not acknowledged, so it
     * comes again, finds no item, adds the id again (no change: it is a set) and inserts the item. The other order
     * would leave an unread item that no counter holds, and its redelivery would find the item and could not
     * tell whether the count had been taken. An item already there is not counted again: its id went in before
     * it did.
     *
     * @return how many recipients got it now (not before)
     */
    public int deliver(NoticeCause cause, Notice notice, Collection<String> recipients) {
        int fresh = 0;
        Counter delivered = notices.withTags("kind", notice.kind().name(), "outcome", "delivered");
        Counter duplicates = notices.withTags("kind", notice.kind().name(), "outcome", "duplicate");
        for (String recipient : recipients) {
            String id = InboxItem.idFor(cause, recipient);
            if (store.findById(id, InboxItem.class).isPresent()) {
                duplicates.increment();
                continue;
            }
            Instant now = clock.instant();
            unread.add(recipient, id);
            index.add(recipient, id, now);
            try {
                store.save(InboxItem.deliver(cause, notice, recipient, now));
                delivered.increment();
                fresh++;
            } catch (DuplicateKeyException alreadyThere) {
                // The same notice delivered at the same moment by another consumer, and maybe already read:
                // our add may have come after that read removed the id, so the stored item decides.
                duplicates.increment();
                store.findById(id, InboxItem.class).filter(item -> item.readAt() != null)
                        .ifPresent(item -> unread.remove(recipient, id));
            }
        }
        return fresh;
    }

    /**
     * The newest items addressed to any of the recipients, newest first: their newest entries from the index, then
     * those items in one {@code _id} query. An entry whose item is not there is skipped (a delivery under way), and
     * dropped when it is older than {@link #ORPHAN_AGE} (a delivery that crashed between its writes).
     */
    public List<InboxItem> newest(Collection<String> recipients, int limit) {
        List<InboxIndex.Entry> entries = index.newest(recipients, limit);
        Set<String> ids = new LinkedHashSet<>();
        for (InboxIndex.Entry e : entries) {
            if (ids.size() == limit) {
                break;
            }
            ids.add(e.itemId());
        }
        Map<String, InboxItem> items = mongo.find(Query.query(Criteria.where("_id").in(ids)), InboxItem.class)
                .stream().collect(Collectors.toMap(InboxItem::getId, Function.identity()));
        Instant orphaned = clock.instant().minus(ORPHAN_AGE);
        Set<String> shown = new HashSet<>();
        List<InboxItem> newest = new ArrayList<>();
        for (InboxIndex.Entry e : entries) {
            if (!ids.contains(e.itemId())) {
                continue; // beyond the limit
            }
            InboxItem item = items.get(e.itemId());
            if (item == null) {
                if (e.at().isBefore(orphaned)) {
                    index.drop(e);
                }
            } else if (e.recipient().equals(item.recipient()) && shown.add(item.getId())) {
                newest.add(item);
            }
        }
        return newest;
    }

    /**
     * One reader's newest items and their unread count. The page also repairs the counters of what it shows:
     * the id of an item it shows as read is removed (a crash between a read's two writes left it; a read item
     * never becomes unread, so this is always right), and an unread item no counter holds (delivered before the
     * counters existed) is added. The counters are read before the items: an id missing then belongs to an item
     * that, read after, is either really unread or already shown as read.
     */
    public Listing listing(Collection<String> addresses, int limit) {
        Map<String, Set<String>> counted = new HashMap<>();
        addresses.stream().distinct().forEach(a -> counted.put(a, unread.unread(a)));
        List<InboxItem> items = newest(addresses, limit);
        int count = counted.values().stream().mapToInt(Set::size).sum();
        for (InboxItem item : items) {
            boolean isCounted = counted.getOrDefault(item.recipient(), Set.of()).contains(item.getId());
            if (item.readAt() != null && isCounted) {
                unread.remove(item.recipient(), item.getId());
                count--;
            } else if (item.readAt() == null && !isCounted) {
                unread.add(item.recipient(), item.getId());
                count++;
            }
        }
        return new Listing(items, Math.max(0, count));
    }

    /** How many items addressed to any of the addresses are unread: one {@code _id} read per address. */
    public int unreadCount(Collection<String> addresses) {
        return unread.count(addresses);
    }

    /**
     * Marks an item read by someone reading {@code addresses}; one addressed to none of them does not exist for
     * them. Reading it again writes nothing to the item.
     *
     * <p>Two writes, in this order: the item (the truth about what was read), then its id out of the recipient's
     * unread counter. A crash between them leaves it counted; the counter is repaired by reading it again, which
     * always removes the id (removing an absent one changes nothing), or by the inbox page ({@link #listing}).
     *
     * @throws NotFoundException when there is no such item for them
     */
    public InboxItem markRead(String id, Collection<String> addresses) {
        InboxItem item = store.update(id, InboxItem.class, i -> i.readBy(addresses, clock.instant()))
                .orElseThrow(() -> new NotFoundException("inbox item", id));
        unread.remove(item.recipient(), id);
        return item;
    }
}
