package tw.uplift.chaos.kill;

import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.platform.events.EventCodec;
import tw.uplift.platform.events.EventEnvelope;

/**
 * The count after the kills and the drain, read from outside the kill host: the store with the plain driver, the
 * topic from its beginning with a plain consumer.
 *
 * <ul>
 *   <li><b>events written</b>: per ledger, the events its successful writes recorded (its stored
 *       {@code lastEventSequence}: 1..n); <b>lost</b>: any of them not on the topic, or still pending after the drain;
 *   <li><b>duplicates</b>: records on the topic beyond one per event id (republished after a kill; allowed by
 *       at-least-once, and harmless only if the consumer drops them, which the next two counts check);
 *   <li><b>effects doubled</b>: effects beyond one per event id, plus tally counts above the ledger's events;
 *       <b>effects lost</b>: events on the topic without an effect, plus tally counts below the ledger's events.
 * </ul>
 */
record KillAudit(int ledgers, long eventsWritten, long records, long eventsOnTopic, long eventsLost, long pendingLeft,
        long markersLeft, long duplicates, long effects, long effectsDoubled, long effectsLost) {

    static KillAudit of(MongoDatabase db, String brokers, String topic) {
        Map<String, Set<Long>> sequencesOnTopic = new HashMap<>();
        Set<String> ids = new HashSet<>();
        long records = 0;
        EventCodec codec = new EventCodec();
        for (ConsumerRecord<byte[], byte[]> record : readAll(brokers, topic)) {
            EventEnvelope<DomainEvent> event = codec.decode(name -> {
                Header h = record.headers().lastHeader(name);
                return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
            }, record.value());
            records++;
            ids.add(event.id());
            sequencesOnTopic.computeIfAbsent(event.subject(), s -> new HashSet<>()).add(event.sequence());
        }

        Map<String, Long> tallies = new HashMap<>();
        for (Document tally : db.getCollection(ChaosTally.COLLECTION).find()) {
            tallies.put(tally.getString("_id"), ((Number) tally.get("count")).longValue());
        }
        int ledgers = 0;
        long written = 0;
        long lost = 0;
        long pending = 0;
        long doubled = 0;
        long effectsLost = 0;
        for (Document ledger : db.getCollection(ChaosLedger.COLLECTION).find()) {
            ledgers++;
            String id = ledger.getString("_id");
            long last = ((Number) ledger.get("lastEventSequence")).longValue();
            written += last;
            Set<Long> seen = sequencesOnTopic.getOrDefault(id, Set.of());
            for (long sequence = 1; sequence <= last; sequence++) {
                if (!seen.contains(sequence)) {
                    lost++;
                }
            }
            List<?> left = ledger.getList("pendingEvents", Object.class, List.of());
            pending += left.size();
            long counted = tallies.getOrDefault(id, 0L);
            doubled += Math.max(0, counted - last);
            effectsLost += Math.max(0, last - counted);
        }

        Map<String, Integer> effectsPerEvent = new HashMap<>();
        long effects = 0;
        for (Document effect : db.getCollection(ChaosEffect.COLLECTION).find()) {
            effects++;
            effectsPerEvent.merge(effect.getString("eventId"), 1, Integer::sum);
        }
        for (int n : effectsPerEvent.values()) {
            doubled += n - 1;
        }
        for (String id : ids) {
            if (!effectsPerEvent.containsKey(id)) {
                effectsLost++;
            }
        }
        long markers = db.getCollection("outbox_markers").countDocuments();
        return new KillAudit(ledgers, written, records, ids.size(), lost, pending, markers, records - ids.size(),
                effects, doubled, effectsLost);
    }

    /** Every record of the topic, from the beginning up to its end offsets as they stand now. */
    private static List<ConsumerRecord<byte[], byte[]>> readAll(String brokers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        List<ConsumerRecord<byte[], byte[]>> all = new java.util.ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 2 minutes");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
            }
        }
        return all;
    }
}
