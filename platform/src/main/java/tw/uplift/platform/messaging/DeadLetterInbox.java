package tw.uplift.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import tw.uplift.platform.events.EventCodec;

/**
 * Keeps the records this service dead-lettered, counts them ({@code uplift_dead_letters_total}), logs one
 * line each, and replays one on request by sending it back to its original topic. Replaying is safe
 * because every consumer is idempotent.
 */
public class DeadLetterInbox {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterInbox.class);

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final Clock clock;
    private final Meter.MeterProvider<Counter> deadLetters;

    /**
     * @param consumedTopics the topics whose dead letters this inbox counts: their counters exist from the start, at
     *                       0, so the dashboards and {@code UpliftDeadLetters} ({@code increase(...)}) see the first one
     */
    public DeadLetterInbox(MongoTemplate mongo, StreamBridge bridge, Clock clock, MeterRegistry meters,
            List<String> consumedTopics) {
        this.mongo = mongo;
        this.bridge = bridge;
        this.clock = clock;
        this.deadLetters = Counter.builder("uplift.dead.letters").description("records this service could not process")
                .withRegistry(meters);
        consumedTopics.forEach(topic -> deadLetters.withTags("topic", topic));
    }

    /** Stores one dead-lettered record as the binder hands it over from the dead-letter topic. */
    public void receive(Message<byte[]> message) {
        MessageHeaders h = message.getHeaders();
        String dltTopic = text(h.get(KafkaHeaders.RECEIVED_TOPIC));
        String id = dltTopic + "-" + h.get(KafkaHeaders.RECEIVED_PARTITION) + "-" + h.get(KafkaHeaders.OFFSET);
        Map<String, String> originalHeaders = new LinkedHashMap<>();
        h.forEach((name, value) -> {
            if (name.startsWith("ce_") || name.equals(EventCodec.TRACEPARENT) || name.equals(EventCodec.CONTENT_TYPE)) {
                originalHeaders.put(name, text(value));
            }
        });
        String originalTopic = Optional.ofNullable(header(h, "original-topic")).orElse(guessOriginal(dltTopic));
        DeadLetter letter = new DeadLetter(id, originalTopic,
                Optional.ofNullable(number(h, "original-partition")).map(Long::intValue).orElse(null),
                number(h, "original-offset"), header(h, "exception-message"), header(h, "exception-fqcn"),
                originalHeaders.get(EventCodec.ID), originalHeaders.get(EventCodec.TYPE),
                text(h.get(KafkaHeaders.RECEIVED_KEY)),
                message.getPayload(),
                originalHeaders, clock.instant(), null);
        try {
            mongo.insert(letter);
        } catch (DuplicateKeyException alreadyKept) {
            return; // the dead-letter record itself was redelivered
        }
        deadLetters.withTags("topic", originalTopic).increment();
        log.warn("dead letter {} from {} (event {} {}): {}", id, originalTopic, letter.eventType(), letter.eventId(),
                letter.reason());
    }

    public List<DeadLetter> list(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit), DeadLetter.class);
    }

    public Optional<DeadLetter> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DeadLetter.class));
    }

    /** Sends the record back to its original topic with its original key and CloudEvents headers. */
    public Optional<DeadLetter> replay(String id) {
        return find(id).map(letter -> {
            MessageBuilder<byte[]> message = MessageBuilder
                    .withPayload(letter.payload() == null ? new byte[0] : letter.payload());
            if (letter.key() != null) {
                message.setHeader(KafkaHeaders.KEY, letter.key().getBytes(StandardCharsets.UTF_8));
            }
            letter.headers().forEach((k, v) -> message.setHeader(k, v.getBytes(StandardCharsets.UTF_8)));
            if (!bridge.send(letter.originalTopic(), message.build())) {
                throw new IllegalStateException("could not replay " + id + " to " + letter.originalTopic());
            }
            DeadLetter replayed = letter.replayed(clock.instant());
            mongo.save(replayed);
            log.info("replayed dead letter {} to {}", id, letter.originalTopic());
            return replayed;
        });
    }

    private static String guessOriginal(String dltTopic) {
        // <topic>.<group>.dlt → <topic>
        String withoutSuffix = dltTopic.endsWith(".dlt") ? dltTopic.substring(0, dltTopic.length() - 4) : dltTopic;
        int dot = withoutSuffix.lastIndexOf('.');
        return dot > 0 ? withoutSuffix.substring(0, dot) : withoutSuffix;
    }

    /** Finds a header by suffix: the binder and spring-kafka name the DLT headers slightly differently. */
    private static String header(MessageHeaders headers, String suffix) {
        return text(rawHeader(headers, suffix));
    }

    private static Object rawHeader(MessageHeaders headers, String suffix) {
        for (Map.Entry<String, Object> e : headers.entrySet()) {
            String name = e.getKey().toLowerCase();
            if (name.endsWith(suffix) && !name.contains("key-")) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String text(Object value) {
        return EventCodec.HeaderLookup.asString(value);
    }

    private static Long number(MessageHeaders headers, String suffix) {
        Object raw = rawHeader(headers, suffix);
        if (raw instanceof Number n) {
            return n.longValue();
        }
        if (raw instanceof byte[] bytes && (bytes.length == 4 || bytes.length == 8)) {
            long value = 0; // spring-kafka writes partition and offset as big-endian binary numbers
            for (byte b : bytes) {
                value = (value << 8) | (b & 0xff);
            }
            return value;
        }
        String text = text(raw);
        try {
            return text == null ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
