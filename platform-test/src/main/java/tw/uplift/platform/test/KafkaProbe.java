package tw.uplift.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.platform.events.EventCodec;
import tw.uplift.platform.events.EventEnvelope;

/**
 * Raw Kafka access for tests: send an event (or garbage) exactly as another service would, and read what
 * a service published, with the plain client API so nothing of the code under test is reused.
 */
public final class KafkaProbe {

    private static final EventCodec CODEC = new EventCodec();
    /** Joining a fresh consumer group can take several seconds; don't call a topic empty before that. */
    private static final Duration EMPTY_TOPIC_PATIENCE = Duration.ofSeconds(8);

    private KafkaProbe() {
    }

    public static void send(String topic, EventEnvelope<?> envelope) {
        Map<String, String> headers = CODEC.headers(envelope);
        sendRaw(topic, envelope.subject(), headers, CODEC.payloadBytes(envelope));
    }

    /** Sends many envelopes through one producer, as a busy service would (for benchmarks: no producer per event). */
    public static void sendAll(String topic, List<? extends EventEnvelope<?>> envelopes) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.currentBrokers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            for (EventEnvelope<?> envelope : envelopes) {
                ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null,
                        envelope.subject() == null ? null : envelope.subject().getBytes(StandardCharsets.UTF_8),
                        CODEC.payloadBytes(envelope));
                CODEC.headers(envelope).forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
    }

    public static void sendRaw(String topic, String key, Map<String, String> headers, byte[] value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.currentBrokers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null,
                    key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
            headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** An envelope as another service would publish it. */
    public static <E extends DomainEvent> EventEnvelope<E> envelope(E payload, long sequence) {
        return EventEnvelope.of(UUID.randomUUID().toString(), "/uplift/test", java.time.Instant.now(), sequence, null,
                payload);
    }

    /** Everything on a topic from the beginning, read until {@code quiet} passes with nothing new. */
    public static List<ConsumerRecord<byte[], byte[]>> readAll(String topic, Duration quiet) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.currentBrokers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            long lastNew = System.nanoTime();
            while (System.nanoTime() < deadline) {
                var batch = consumer.poll(Duration.ofMillis(200));
                batch.forEach(records::add);
                if (!batch.isEmpty()) {
                    lastNew = System.nanoTime();
                } else if (!records.isEmpty() && System.nanoTime() - lastNew > quiet.toNanos()) {
                    break;
                } else if (records.isEmpty() && System.nanoTime() - lastNew > EMPTY_TOPIC_PATIENCE.toNanos()) {
                    break;
                }
            }
        }
        return records;
    }

    /** Decodes a record the way consumers do. */
    public static EventEnvelope<DomainEvent> decode(ConsumerRecord<byte[], byte[]> record) {
        return CODEC.decode(name -> {
            Header h = record.headers().lastHeader(name);
            return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }, record.value());
    }
}
