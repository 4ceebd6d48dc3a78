package tw.uplift.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The broker's own figures, the anchors of the event benchmarks: what a plain producer (acks=all, idempotent) and a
 * plain consumer achieve on the same broker the services use, with nothing of ours in between.
 */
final class KafkaAnchor {

    /** About the size of a plan event's record. */
    static final int RECORD_BYTES = 1024;

    private final String bootstrapServers;

    KafkaAnchor(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Produce → consume latency of {@code count} records sent at a steady rate, one by one (linger 0: the best a
     * producer can do for latency), in milliseconds, measured in this JVM from before {@code send} to the poll that
     * returned the record.
     */
    List<Double> roundTrips(String topic, int count, double perSecond) {
        createTopic(topic);
        List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch positioned = new CountDownLatch(1);
        Thread consumer = Thread.ofPlatform().name("anchor-consumer").start(() -> {
            try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumerConfig())) {
                TopicPartition partition = new TopicPartition(topic, 0);
                c.assign(List.of(partition));
                c.seekToEnd(List.of(partition));
                c.position(partition);
                positioned.countDown();
                while (latencies.size() < count && !Thread.currentThread().isInterrupted()) {
                    for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(100))) {
                        long sent = ByteBuffer.wrap(r.value()).getLong();
                        latencies.add((System.nanoTime() - sent) / 1e6);
                    }
                }
            }
        });
        await(positioned);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(0))) {
            SteadyRate.run(count, perSecond, i -> {
                byte[] value = new byte[RECORD_BYTES];
                ByteBuffer.wrap(value).putLong(System.nanoTime());
                producer.send(new ProducerRecord<>(topic, ("k" + i).getBytes(), value));
            });
        }
        try {
            consumer.join(Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.interrupt();
        return List.copyOf(latencies);
    }

    /** Records acknowledged per second (acks=all, idempotent, the client's default batching): send all, then wait. */
    double producerRate(String topic, int count) {
        createTopic(topic);
        byte[] value = new byte[RECORD_BYTES];
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(5))) {
            long start = System.nanoTime();
            List<Future<RecordMetadata>> acks = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                acks.add(producer.send(new ProducerRecord<>(topic, ("k" + (i % 64)).getBytes(), value)));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            throw new IllegalStateException("the producer anchor failed: " + e, e);
        }
    }

    private void createTopic(String topic) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the anchor topic " + topic + ": " + e, e);
        }
    }

    private Map<String, Object> producerConfig(int lingerMs) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, lingerMs,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the anchor consumer did not get its position in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
