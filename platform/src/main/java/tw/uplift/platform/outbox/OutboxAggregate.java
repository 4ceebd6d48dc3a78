package tw.uplift.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import tw.uplift.contracts.DomainEvent;

/**
 * Base of every aggregate that publishes events. The aggregate decides and records its events; the
 * application service only saves it through {@link AggregateStore}, which writes state and events in one
 * document write. Optimistic locking ({@code @Version}) keeps concurrent changes from overwriting each other.
 */
public abstract class OutboxAggregate {

    @Id
    protected String id;

    @Version
    private Long version;

    private long lastEventSequence;

    private List<PendingEvent> pendingEvents = new ArrayList<>();

    protected OutboxAggregate() {
    }

    protected OutboxAggregate(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    /** Records an event to be published once this aggregate is saved. */
    protected void record(DomainEvent event, Instant at) {
        if (!id.equals(event.aggregateId())) {
            throw new IllegalArgumentException("event " + event.getClass().getSimpleName() + " is about "
                    + event.aggregateId() + ", not this aggregate " + id);
        }
        lastEventSequence++;
        pendingEvents.add(new PendingEvent(UUID.randomUUID().toString(), lastEventSequence, at,
                TraceContextHolder.current(), event));
    }

    /** Events recorded and not yet relayed, oldest first. */
    public List<PendingEvent> pendingEvents() {
        return Collections.unmodifiableList(pendingEvents);
    }

    public boolean hasPendingEvents() {
        return !pendingEvents.isEmpty();
    }
}
