package tw.uplift.chaos.kill;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.platform.messaging.IncomingEvents;

/**
 * The kill host's consumer loop, with the binder's at-least-once contract made explicit: records are decoded by the
 * real {@link IncomingEvents} and handed to the intake, and only then is the offset committed, so a kill anywhere
 * before the commit redelivers (never skips). The partitions are assigned, not subscribed: a group member killed with
 * SIGKILL would otherwise hold its partitions until its session times out, and each life would wait for that; the
 * committed offsets of the group carry over from life to life all the same.
 */
final class IntakeLoop {

    /** The kill points around the offset commit, as {@code HOLD CONSUMER <step>} names them. */
    static final String BEFORE_COMMIT = "after the effects, before the offset commit";
    static final String AFTER_COMMIT = "after the offset commit";

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;
    private final IncomingEvents incoming;
    private final EventIntake intake;
    private final KillPoints points;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private volatile boolean caughtUp;

    IntakeLoop(KafkaConsumer<byte[], byte[]> consumer, String topic, IncomingEvents incoming, EventIntake intake,
            KillPoints points) {
        this.consumer = consumer;
        this.topic = topic;
        this.incoming = incoming;
        this.intake = intake;
        this.points = points;
    }

    void run() {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
        assigned.countDown();
        while (true) {
            ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
            Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> record : records) {
                points.at(KillPhase.CONSUMER, "before the effect");
                intake.on(incoming.decode(message(record)));
                next.put(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
            }
            if (!next.isEmpty()) {
                points.at(KillPhase.CONSUMER, BEFORE_COMMIT);
                consumer.commitSync(next);
                points.at(KillPhase.CONSUMER, AFTER_COMMIT);
            }
            caughtUp = records.isEmpty() && consumer.endOffsets(partitions).entrySet().stream()
                    .allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
        }
    }

    void awaitAssigned() throws InterruptedException {
        assigned.await();
    }

    /** Whether the last poll found nothing and the positions stand at the ends of the partitions. */
    boolean caughtUp() {
        return caughtUp;
    }

    /** The record as the binder hands it over: the value as payload, the CloudEvents headers as bytes. */
    private static Message<byte[]> message(ConsumerRecord<byte[], byte[]> record) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value());
        for (Header header : record.headers()) {
            message.setHeader(header.key(), header.value());
        }
        if (record.key() != null) {
            message.setHeader("kafka_receivedMessageKey", new String(record.key(), StandardCharsets.UTF_8));
        }
        return message.build();
    }
}
