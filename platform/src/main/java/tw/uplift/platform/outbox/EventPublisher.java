package tw.uplift.platform.outbox;

import java.util.concurrent.CompletableFuture;
import tw.uplift.platform.events.EventEnvelope;

/**
 * Sends events to their topics with the broker's acknowledgement (acks=all) as the only proof of "sent": the relay
 * removes an event from its aggregate only after that.
 */
public interface EventPublisher {

    /** Sends one event and returns only once the broker has acknowledged it; throws when it was not. */
    void publish(EventEnvelope<?> envelope);

    /**
     * Hands one event to the producer and returns at once, so that many sends share the round trips to the broker;
     * the future completes when the broker acknowledged it, or fails. Events sent one after another with the same
     * subject reach the broker in that order. This default sends synchronously (a publisher that cannot pipeline, or
     * a test's stand-in).
     */
    default CompletableFuture<Void> send(EventEnvelope<?> envelope) {
        try {
            publish(envelope);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
