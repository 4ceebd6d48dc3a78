package tw.uplift.platform.outbox;

import tw.uplift.platform.events.EventEnvelope;

/** Sends one event to its topic and returns only once the broker has acknowledged it (acks=all). */
public interface EventPublisher {

    void publish(EventEnvelope<?> envelope);
}
