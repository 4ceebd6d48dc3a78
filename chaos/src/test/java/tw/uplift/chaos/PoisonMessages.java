package tw.uplift.chaos;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.EventCatalog;
import tw.uplift.contracts.Topic;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.ServiceSpec;

/**
 * Records no service can process, written straight to the topics as a broken or foreign producer would, on every
 * partition of every topic a service consumes, three kinds each:
 * <ul>
 *   <li><b>undecodable</b>: the CloudEvents headers of a real event type of the topic, a value that is not JSON at all
 *       (not even UTF-8);</li>
 *   <li><b>unknown type</b>: a well-formed envelope whose {@code ce_type} no catalogue lists;</li>
 *   <li><b>invalid</b>: a real type of the topic with JSON that does not fit it (its first field, an id, as an object).</li>
 * </ul>
 * Each carries its own {@code ce_id}, so its dead letter can be found in every consuming service's
 * {@code /admin/dead-letters}.
 */
final class PoisonMessages {

    /** One poison record sent: its id, kind and where it went. */
    record Sent(String eventId, String kind, Topic topic, int partition) {
    }

    private final LocalSystem system;
    private final Broker broker;
    private final List<Sent> sent = new ArrayList<>();

    PoisonMessages(LocalSystem system) {
        this.system = system;
        this.broker = new Broker(system.kafkaBootstrapServers());
    }

    /** Sends the three kinds to every partition of every consumed topic; returns what was sent. */
    List<Sent> sendToEveryTopic() {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(broker.producerSettings())) {
            for (Topic topic : Broker.CONSUMERS.keySet()) {
                EventCatalog.Entry realType = EventCatalog.onTopic(topic).getFirst();
                String firstField = realType.payloadClass().getRecordComponents()[0].getName();
                for (int partition = 0; partition < broker.partitionCount(topic); partition++) {
                    send(producer, topic, partition, "undecodable", realType.type(),
                            new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00, 0x7B});
                    send(producer, topic, partition, "unknown type", "tw.uplift.chaos.NoSuchEvent.v1",
                            "{}".getBytes(StandardCharsets.UTF_8));
                    send(producer, topic, partition, "invalid", realType.type(),
                            ("{\"" + firstField + "\": {\"not\": \"an id\"}}").getBytes(StandardCharsets.UTF_8));
                }
            }
            producer.flush();
        }
        return List.copyOf(sent);
    }

    private void send(KafkaProducer<byte[], byte[]> producer, Topic topic, int partition, String kind, String type,
            byte[] value) {
        String id = "chaos-poison-" + UUID.randomUUID();
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "chaos-suite".getBytes(StandardCharsets.UTF_8));
        headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(new ProducerRecord<>(topic.topicName(), partition, "chaos-poison".getBytes(StandardCharsets.UTF_8),
                    value, headers)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send poison to " + topic.topicName() + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        sent.add(new Sent(id, kind, topic, partition));
    }

    /**
     * For each consuming group ({@code topic/service}), the poison records sent to its topic that are not yet in that
     * service's {@code /admin/dead-letters} (empty once all arrived), read as an operator would (role OPS).
     */
    Map<String, Set<String>> notYetDeadLettered() {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        Map<String, Set<String>> seenByService = new LinkedHashMap<>();
        for (String group : Broker.CONSUMERS.values().stream().flatMap(List::stream).distinct().toList()) {
            ServiceSpec service = ServiceSpec.named(group);
            Set<String> seen = new HashSet<>();
            JsonNode letters = new Caller(system.serviceUrl(service), system.tokenFor("ops"))
                    .get("/admin/dead-letters?limit=1000").expect(200).body();
            for (JsonNode letter : letters) {
                seen.add(letter.path("originalTopic").asString() + " " + letter.path("eventId").asString());
            }
            seenByService.put(service.name(), seen);
        }
        Broker.CONSUMERS.forEach((topic, groups) -> groups.forEach(group -> {
            Set<String> absent = new HashSet<>();
            sent.stream().filter(s -> s.topic() == topic)
                    .filter(s -> !seenByService.get(group).contains(topic.topicName() + " " + s.eventId()))
                    .forEach(s -> absent.add(s.kind() + " on partition " + s.partition()));
            if (!absent.isEmpty()) {
                missing.put(topic.topicName() + "/" + group, absent);
            }
        }));
        return missing;
    }

    /** Dead letters expected: every poison record once in each group that reads its topic. */
    int expectedDeadLetters() {
        return sent.stream().mapToInt(s -> Broker.CONSUMERS.get(s.topic()).size()).sum();
    }
}
