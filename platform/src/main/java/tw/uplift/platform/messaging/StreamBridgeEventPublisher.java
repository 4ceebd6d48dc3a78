package tw.uplift.platform.messaging;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tw.uplift.contracts.EventCatalog;
import tw.uplift.platform.events.EventCodec;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.outbox.EventPublisher;

/**
 * Publishes through Spring Cloud Stream's {@link StreamBridge}. Producer bindings are synchronous
 * ({@code sync=true} in the platform defaults), so a return means the broker acknowledged the record
 * and the relay may remove the event from its aggregate. The send runs in a span continuing the trace
 * of the request that recorded the event; the binder's observation then carries it in the headers.
 */
public class StreamBridgeEventPublisher implements EventPublisher {

    private final StreamBridge bridge;
    private final EventCodec codec;
    private final TopicNames topics;
    private final Tracer tracer;
    private final Propagator propagator;

    public StreamBridgeEventPublisher(StreamBridge bridge, EventCodec codec, TopicNames topics, Tracer tracer,
            Propagator propagator) {
        this.bridge = bridge;
        this.codec = codec;
        this.topics = topics;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public void publish(EventEnvelope<?> envelope) {
        String destination = topics.of(EventCatalog.byType(envelope.type()).orElseThrow().topic());
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(codec.payloadBytes(envelope))
                .setHeader(KafkaHeaders.KEY, envelope.subject().getBytes(StandardCharsets.UTF_8));
        codec.headers(envelope).forEach((name, value) -> message.setHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        Message<byte[]> built = message.build();
        if (tracer == null || propagator == null || envelope.traceparent() == null) {
            send(destination, built);
            return;
        }
        Span span = propagator.extract(Map.of(EventCodec.TRACEPARENT, envelope.traceparent()), Map::get)
                .name("outbox relay " + envelope.type()).start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            send(destination, built);
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    private void send(String destination, Message<byte[]> message) {
        if (!bridge.send(destination, message)) {
            throw new IllegalStateException("the binder refused the event for " + destination);
        }
    }
}
