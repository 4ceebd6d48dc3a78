package tw.uplift.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.EventType;
import tw.uplift.contracts.Topic;

/**
 * What went over one topic, read raw from the broker by a consumer of its own that commits nothing (CloudEvents binary mode:
 * the type in the {@code ce_type} header, the record as JSON in the value). Sees exactly what any other
 * consumer would, duplicates included.
 */
final class EventLog {

    /** One record: its logical type, its JSON payload and the W3C trace context it carries (or null). */
    record Event(String type, JsonNode data, String traceparent) {

        /** The trace id part of {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}), or null. */
        String traceId() {
            return traceparent == null || traceparent.split("-").length < 2 ? null : traceparent.split("-")[1];
        }


        boolean is(Class<?> eventClass) {
            if (type == null) {
                return false;
            }
            return type.equals(eventClass.getAnnotation(EventType.class).value());
        }
    }

    private EventLog() {
    }

    /** Every record on the topic so far: polls until the topic's end offsets are reached. */
    static List<Event> readAll(String bootstrapServers, Topic topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            var partitions = consumer.partitionsFor(topic.topicName()).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            List<Event> events = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic.topicName() + " to its end in 30 s");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    events.add(new Event(header(r.headers().lastHeader("ce_type")),
                            Api.json(new String(r.value(), StandardCharsets.UTF_8)),
                            header(r.headers().lastHeader("traceparent"))));
                });
            }
            return events;
        }
    }

    private static String header(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
