package tw.uplift.notification.inbox.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeCause;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.outbox.AggregateStore;

/** Puts notices into inboxes (once each) and reads them back for their recipients. */
public class Inbox {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Counter delivered;
    private final Counter duplicates;

    public Inbox(AggregateStore store, MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
        Meter.MeterProvider<Counter> notices = Counter.builder("uplift.notifications")
                .description("notices delivered, by channel and outcome").tag("channel", Channel.IN_APP.name())
                .withRegistry(meters);
        this.delivered = notices.withTags("outcome", "delivered");
        this.duplicates = notices.withTags("outcome", "duplicate");
    }

    /**
     * Delivers a notice to each recipient. An item's id comes from its cause and recipient, so delivering the
     * same cause again (a redelivered event) stores nothing and emits nothing.
     *
     * @return how many recipients got it now (not before)
     */
    public int deliver(NoticeCause cause, Notice notice, Collection<String> recipients) {
        int fresh = 0;
        for (String recipient : recipients) {
            try {
                store.save(InboxItem.deliver(cause, notice, recipient, clock.instant()));
                delivered.increment();
                fresh++;
            } catch (DuplicateKeyException alreadyThere) {
                duplicates.increment();
            }
        }
        return fresh;
    }

    /** The newest items addressed to any of the recipients. */
    public List<InboxItem> newest(Collection<String> recipients, int limit) {
        Query query = Query.query(Criteria.where("recipient").in(recipients))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
        return mongo.find(query, InboxItem.class);
    }

    /**
     * Marks an item read by someone reading {@code addresses}; one addressed to none of them does not exist for
     * them. Reading it again writes nothing.
     *
     * @throws NotFoundException when there is no such item for them
     */
    public InboxItem markRead(String id, Collection<String> addresses) {
        return store.update(id, InboxItem.class, item -> item.readBy(addresses, clock.instant()))
                .orElseThrow(() -> new NotFoundException("inbox item", id));
    }
}
