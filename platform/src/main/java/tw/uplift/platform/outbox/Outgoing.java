package tw.uplift.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.work.LeasedClaims;

/**
 * One aggregate's share of a relay pass: its claimed marker, its pending events oldest first, the sends of them in
 * flight, and then which of them count as published — the unbroken run of acknowledged ones from the oldest, never
 * an event after one that failed (that one and the rest go again at the next pass).
 */
final class Outgoing {

    private final OutboxMarker marker;
    private final LeasedClaims.Claimed claimed;
    private final List<PendingEvent> events;
    private final List<CompletableFuture<Void>> sends = new ArrayList<>();
    private final List<String> published = new ArrayList<>();
    private Throwable failure;

    Outgoing(OutboxMarker marker, LeasedClaims.Claimed claimed, List<PendingEvent> events) {
        this.marker = marker;
        this.claimed = claimed;
        this.events = events;
    }

    /**
     * Hands the events to the publisher without waiting. A send refused at once (the future already failed) ends
     * them: a later event of the same aggregate must not overtake it.
     */
    void sendWith(EventPublisher publisher, String source) {
        for (PendingEvent event : events) {
            CompletableFuture<Void> send;
            try {
                send = publisher.send(EventEnvelope.of(event.eventId(), source, event.time(), event.sequence(),
                        event.traceparent(), event.payload()));
            } catch (RuntimeException e) {
                send = CompletableFuture.failedFuture(e);
            }
            sends.add(send);
            if (send.isCompletedExceptionally()) {
                return;
            }
        }
    }

    /** Waits for the broker's answers to the sends and keeps the acknowledged events up to the first failure. */
    void awaitAcknowledgements() {
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).join();
            } catch (CompletionException | CancellationException e) {
                if (failure == null) {
                    failure = e.getCause() != null ? e.getCause() : e;
                }
            }
            if (failure == null) {
                published.add(events.get(i).eventId());
            }
        }
    }

    /**
     * What to {@code $pull} from the aggregate's pending events: those up to the last published sequence when the
     * events carry strictly increasing positive sequences (as {@link OutboxAggregate#record} numbers them), else the
     * published ids one by one. The first is one comparison per stored event; matching a list of ids against every
     * stored event grows with the square of a large backlog (1,000 events: a million comparisons on the embedded
     * store). An event recorded after this pass loaded the aggregate has a higher sequence, so it is never pulled.
     */
    Query publishedEvents() {
        long last = 0;
        boolean numbered = true;
        for (PendingEvent event : events) {
            numbered &= event.sequence() > last;
            last = event.sequence();
        }
        if (numbered && !published.isEmpty()) {
            return Query.query(Criteria.where("sequence").lte(events.get(published.size() - 1).sequence()));
        }
        return Query.query(Criteria.where("eventId").in(published));
    }

    /** Whether nothing is left to send (true too for an aggregate that had nothing pending). */
    boolean allPublished() {
        return published.size() == events.size();
    }

    OutboxMarker marker() {
        return marker;
    }

    LeasedClaims.Claimed claimed() {
        return claimed;
    }

    List<PendingEvent> events() {
        return events;
    }

    List<String> published() {
        return published;
    }

    /** The first failed send's reason, or null. */
    Throwable failure() {
        return failure;
    }
}
