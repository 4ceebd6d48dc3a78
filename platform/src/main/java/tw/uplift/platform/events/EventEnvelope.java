package tw.uplift.platform.events;

import java.time.Instant;
import java.util.Objects;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.EventCatalog;

/**
 * One event with its CloudEvents 1.0 attributes.
 *
 * @param id          unique event id ({@code ce_id}); consumers dedupe on it
 * @param type        the logical type name ({@code ce_type}), from the catalogue
 * @param source      the publishing service ({@code ce_source}, e.g. {@code /uplift/plan-service})
 * @param subject     the aggregate id ({@code ce_subject}); also the Kafka key
 * @param time        when the change happened ({@code ce_time})
 * @param sequence    the aggregate's event number ({@code ce_sequence}), increasing per aggregate, so
 *                    consumers can ignore what is older than what they applied
 * @param traceparent W3C trace context of the request that caused it, or null
 * @param payload     the event record
 */
public record EventEnvelope<E extends DomainEvent>(String id, String type, String source, String subject,
        Instant time, long sequence, String traceparent, E payload) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    /** Where this event stands among its aggregate's events, for consumers whose effect depends on order. */
    public EventPosition position() {
        return new EventPosition(source == null ? "" : source, subject == null ? payload.aggregateId() : subject,
                sequence);
    }

    /** An envelope for a payload, with its type taken from the catalogue. */
    public static <E extends DomainEvent> EventEnvelope<E> of(String id, String source, Instant time, long sequence,
            String traceparent, E payload) {
        return new EventEnvelope<>(id, EventCatalog.of(payload).type(), source, payload.aggregateId(), time, sequence,
                traceparent, payload);
    }
}
