package tw.uplift.platform.messaging;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A record this service could not process, as kept for operators: where it came from, why it failed,
 * and everything needed to replay it.
 *
 * @param id                {@code <dead-letter topic>-<partition>-<offset>}: a redelivered dead letter is stored once
 * @param originalTopic     the topic it was read from
 * @param originalPartition its partition there, or null
 * @param originalOffset    its offset there, or null
 * @param reason            the exception message
 * @param exceptionClass    the exception class
 * @param eventId           its {@code ce_id}, when present
 * @param eventType         its {@code ce_type}, when present
 * @param key               the record key
 * @param payload           the record value, byte for byte, so a replay sends exactly what arrived
 * @param headers           the original headers that are strings (CloudEvents attributes, traceparent)
 * @param receivedAt        when it reached the dead-letter inbox
 * @param replayedAt        when an operator last replayed it, or null
 */
@Document("dead_letters")
public record DeadLetter(@Id String id, String originalTopic, Integer originalPartition, Long originalOffset,
        String reason, String exceptionClass, String eventId, String eventType, String key, byte[] payload,
        Map<String, String> headers, Instant receivedAt, Instant replayedAt) {

    /** The payload as text for an operator's eyes (UTF-8; bytes that are not UTF-8 show as replacement characters). */
    public String payloadText() {
        return payload == null ? null : new String(payload, java.nio.charset.StandardCharsets.UTF_8);
    }

    public DeadLetter replayed(Instant at) {
        return new DeadLetter(id, originalTopic, originalPartition, originalOffset, reason, exceptionClass, eventId,
                eventType, key, payload, headers, receivedAt, at);
    }
}
