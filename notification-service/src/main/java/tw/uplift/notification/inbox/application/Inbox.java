package tw.uplift.notification.inbox.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
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
        this.delivered = counter(meters, "delivered");
        this.duplicates = counter(meters, "duplicate");
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("uplift.notifications").description("notices delivered, by channel and outcome")
                .tag("channel", Channel.IN_APP.name()).tag("outcome", outcome).register(meters);
    }

    /**
     * Delivers a notice to one recipient. The id comes from its cause and recipient, so delivering the same
     * cause again (a redelivered event) stores nothing and emits nothing.
     *
     * @return whether it was new
     */
    public boolean deliver(String cause, String recipient, InboxKind kind, String title, String body,
            InboxItem.Links links, String causeEventId) {
        String id = InboxItem.idFor(cause, recipient);
        try {
            store.save(InboxItem.deliver(id, recipient, kind, title, body, links, causeEventId, clock.instant()));
            delivered.increment();
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            duplicates.increment();
            return false;
        }
    }

    /** The newest items addressed to any of the recipients. */
    public List<InboxItem> newest(Collection<String> recipients, int limit) {
        Query query = Query.query(Criteria.where("recipient").in(recipients))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
        return mongo.find(query, InboxItem.class);
    }

    /** Marks an item read, if it is addressed to one of the recipients; otherwise it does not exist for them. */
    public Optional<InboxItem> markRead(String id, Collection<String> recipients) {
        InboxItem item = mongo.findById(id, InboxItem.class);
        if (item == null || !recipients.contains(item.recipient())) {
            return Optional.empty();
        }
        return store.update(id, InboxItem.class, i -> i.markRead(clock.instant()));
    }
}
