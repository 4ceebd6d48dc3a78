package tw.uplift.platform.messaging;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBinderConfigurationProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tw.uplift.contracts.EventCatalog;
import tw.uplift.platform.events.EventCodec;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.outbox.EventPublisher;

/**
 * Publishes the outbox's events with a {@link KafkaTemplate} on an idempotent producer ({@code acks=all}) of the
 * binder's own configuration (brokers, security, {@code spring.cloud.stream.kafka.binder.configuration.*}).
 *
 * <p>Why not {@code StreamBridge}: its {@code send} answers only a boolean. Synchronous bindings ({@code sync=true})
 * make each event wait for the one before it, one broker round trip each; asynchronous ones report failures on an
 * error channel, with nothing telling the relay which event was acknowledged, so it could never remove exactly
 * those. {@link KafkaTemplate#send} hands back a future per record: the relay hands a whole pass's events over and
 * then waits for all of them, and the producer packs them into few requests.
 *
 * <p>Idempotence keeps one aggregate's events (same key, same partition) in order across retries. {@code linger.ms}
 * is 0 unless configured: the relay hands its events over together and waits at once, so waiting for more would only
 * add latency; under load the records queue behind the in-flight requests and are batched anyway.
 *
 * <p>Tracing: the send runs in a span continuing the trace of the request that recorded the event (its stored
 * {@code traceparent}), and the template's observation puts the trace context of the send into the record's
 * headers, as the binder's observation did, so consumers continue the same trace.
 */
public class KafkaEventPublisher implements EventPublisher, AutoCloseable {

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> template;
    private final EventCodec codec;
    private final TopicNames topics;
    private final Tracer tracer;
    private final Propagator propagator;

    /**
     * @param producerConfig see {@link #producerConfig}
     * @param observations   null for no observation (no trace headers but the stored one, no send timer)
     * @param tracer         null without tracing, with {@code propagator}
     */
    public KafkaEventPublisher(Map<String, Object> producerConfig, EventCodec codec, TopicNames topics,
            ObservationRegistry observations, Tracer tracer, Propagator propagator) {
        this.producers = new DefaultKafkaProducerFactory<>(producerConfig);
        this.template = new KafkaTemplate<>(producers);
        if (observations != null) {
            template.setObservationEnabled(true);
            template.setObservationRegistry(observations);
        }
        this.codec = codec;
        this.topics = topics;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /**
     * The producer settings: the binder's, with what the outbox relies on forced ({@code acks=all}, idempotence,
     * bytes in and out) and {@code linger.ms=0} unless set.
     */
    public static Map<String, Object> producerConfig(KafkaBinderConfigurationProperties binder) {
        Map<String, Object> config = new HashMap<>(binder.mergedProducerConfiguration());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        return config;
    }

    @Override
    public void publish(EventEnvelope<?> envelope) {
        try {
            send(envelope).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    @Override
    public CompletableFuture<Void> send(EventEnvelope<?> envelope) {
        String topic = topics.of(EventCatalog.byType(envelope.type()).orElseThrow().topic());
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null,
                envelope.subject().getBytes(StandardCharsets.UTF_8), codec.payloadBytes(envelope));
        codec.headers(envelope).forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        if (tracer == null || propagator == null || envelope.traceparent() == null) {
            return template.send(record).thenApply(sent -> null);
        }
        Span span = propagator.extract(Map.of(EventCodec.TRACEPARENT, envelope.traceparent()), Map::get)
                .name("outbox relay " + envelope.type()).kind(Span.Kind.PRODUCER).start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            return template.send(record).handle((sent, failure) -> {
                if (failure != null) {
                    span.error(failure);
                }
                span.end();
                if (failure != null) {
                    throw failure instanceof CompletionException c ? c : new CompletionException(failure);
                }
                return null;
            });
        } catch (RuntimeException e) {
            span.error(e);
            span.end();
            throw e;
        }
    }

    @Override
    public void close() {
        template.destroy();
        producers.destroy();
    }
}
