package tw.uplift.chaos;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import tw.uplift.contracts.Topic;

/**
 * Reads of the broker the scenarios count with: the event ids on a topic (a republished event appears twice) and how
 * far each service's consumer group is behind the end of a topic.
 */
final class Broker {

    /** The groups that read each topic, one per service (the group is the service's name, {@code MessagingConventions}). */
    static final Map<Topic, List<String>> CONSUMERS = Map.of(
            Topic.PLAN, List.of("notification-service", "review-service"),
            Topic.REVIEW, List.of("notification-service", "plan-service", "review-service"),
            Topic.SURVEY, List.of("notification-service", "plan-service", "review-service"),
            Topic.DEADLINE, List.of("notification-service", "plan-service", "review-service"));

    private final String bootstrap;

    Broker(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** The {@code ce_id} of every record on the topic, in log order per partition (duplicates kept). */
    List<String> eventIds(Topic topic) {
        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    Header id = r.headers().lastHeader("ce_id");
                    ids.add(id == null ? null : new String(id.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return ids;
    }

    /** Records on the topic the group has not committed past yet (all of them for a group that never committed). */
    long lag(String group, Topic topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(); Admin admin = admin()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(Map.of(group,
                    new ListConsumerGroupOffsetsSpec().topicPartitions(partitions))).partitionsToOffsetAndMetadata(group)
                    .get();
            long lag = 0;
            for (TopicPartition p : partitions) {
                OffsetAndMetadata at = committed.get(p);
                lag += end.get(p) - (at == null ? 0 : at.offset());
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + group + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The lag of every consuming group on every topic it reads, e.g. {@code plan-events/review-service → 0}. */
    Map<String, Long> lags() {
        Map<String, Long> lags = new HashMap<>();
        CONSUMERS.forEach((topic, groups) -> groups.forEach(g -> lags.put(topic.topicName() + "/" + g, lag(g, topic))));
        return lags;
    }

    int partitionCount(Topic topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            return partitions(consumer, topic).size();
        }
    }

    Map<String, Object> producerSettings() {
        return Map.of("bootstrap.servers", bootstrap, "acks", "all",
                "key.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer",
                "value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, Topic topic) {
        return consumer.partitionsFor(topic.topicName()).stream().map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }
}
