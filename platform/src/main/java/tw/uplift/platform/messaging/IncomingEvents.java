package tw.uplift.platform.messaging;

import org.springframework.messaging.Message;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.platform.events.EventCodec;
import tw.uplift.platform.events.EventEnvelope;

/**
 * Decodes an incoming Kafka record into its CloudEvent envelope. A record that is not a valid Uplift event
 * raises {@link tw.uplift.platform.events.PoisonEventException} and goes straight to the dead-letter topic.
 * Services do not call this: they implement {@link EventIntake}.
 */
public class IncomingEvents {

    private final EventCodec codec;

    public IncomingEvents(EventCodec codec) {
        this.codec = codec;
    }

    public EventEnvelope<DomainEvent> decode(Message<byte[]> message) {
        return codec.decode(name -> EventCodec.HeaderLookup.asString(message.getHeaders().get(name)),
                message.getPayload());
    }
}
