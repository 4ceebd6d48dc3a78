package tw.uplift.platform.messaging;

import java.util.function.Consumer;
import org.springframework.messaging.Message;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.platform.events.EventCodec;
import tw.uplift.platform.events.EventEnvelope;

/**
 * Builds the functional consumer beans of a service: each decodes the CloudEvent and hands the envelope
 * to the service's handler. A record that is not a valid Uplift event raises
 * {@link tw.uplift.platform.events.PoisonEventException} and goes straight to the dead-letter topic;
 * any other failure is retried with back-off and then dead-lettered, and the consumer goes on.
 *
 * <pre>
 * &#64;Bean Consumer&lt;Message&lt;byte[]&gt;&gt; planEvents(IncomingEvents incoming, Intake intake) {
 *     return incoming.handle(intake::on);
 * }
 * </pre>
 */
public class IncomingEvents {

    private final EventCodec codec;

    public IncomingEvents(EventCodec codec) {
        this.codec = codec;
    }

    public Consumer<Message<byte[]>> handle(Consumer<EventEnvelope<DomainEvent>> handler) {
        return message -> handler.accept(decode(message));
    }

    public EventEnvelope<DomainEvent> decode(Message<byte[]> message) {
        return codec.decode(name -> EventCodec.HeaderLookup.asString(message.getHeaders().get(name)),
                message.getPayload());
    }
}
