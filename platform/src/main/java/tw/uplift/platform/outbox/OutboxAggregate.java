package tw.uplift.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.platform.events.EventPosition;

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

    /** The last event applied from each other aggregate whose events change this one in an order-dependent way. */
    private List<EventPosition> applied = new ArrayList<>();

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

    /**
     * For a change caused by another aggregate's event, where the order of that aggregate's events matters:
     * whether {@code position} comes after everything already applied here from the same aggregate. If it
     * does, it is remembered, in the same document write as the change itself; a redelivered event or one
     * overtaken by a later one (a dead letter replayed late, say) answers false, and the caller changes
     * nothing. An event without a sequence (0) cannot be ordered and is always applied.
     */
    protected boolean applyInOrder(EventPosition position) {
        if (position.sequence() <= 0) {
            return true;
        }
        for (int i = 0; i < applied.size(); i++) {
            EventPosition last = applied.get(i);
            if (last.sameAggregateAs(position)) {
                if (position.sequence() <= last.sequence()) {
                    return false;
                }
                applied.set(i, position);
                return true;
            }
        }
        applied.add(position);
        return true;
    }

    /** Events recorded and not yet relayed, oldest first. */
    public List<PendingEvent> pendingEvents() {
        return Collections.unmodifiableList(pendingEvents);
    }

    public boolean hasPendingEvents() {
        return !pendingEvents.isEmpty();
    }
}
