package tw.uplift.chaos.kill;

import java.util.concurrent.CompletableFuture;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.outbox.EventPublisher;

/**
 * The real {@code KafkaEventPublisher} with kill points ({@link KillPhase#RELAY_PUBLISH}): before a send is handed to
 * the producer, and after the broker acknowledged it but before the relay hears so (the window where a crash must
 * republish, never lose).
 */
final class HoldingPublisher implements EventPublisher {

    private final EventPublisher delegate;
    private final KillPoints points;

    HoldingPublisher(EventPublisher delegate, KillPoints points) {
        this.delegate = delegate;
        this.points = points;
    }

    @Override
    public void publish(EventEnvelope<?> envelope) {
        send(envelope).join();
    }

    @Override
    public CompletableFuture<Void> send(EventEnvelope<?> envelope) {
        points.at(KillPhase.RELAY_PUBLISH, "before the send is handed to the producer");
        return delegate.send(envelope).thenApply(acknowledged -> {
            points.at(KillPhase.RELAY_PUBLISH, "after the broker acknowledged, before the relay hears it");
            return acknowledged;
        });
    }
}
