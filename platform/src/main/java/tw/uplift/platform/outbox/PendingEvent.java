package tw.uplift.platform.outbox;

import java.time.Instant;
import tw.uplift.contracts.DomainEvent;

/**
 * An event recorded by an aggregate and not yet relayed to Kafka; stored inside the aggregate document.
 *
 * @param eventId     the event id (becomes {@code ce_id})
 * @param sequence    the aggregate's event number
 * @param time        when the change happened
 * @param traceparent the trace context of the request that caused it, or null
 * @param payload     the event
 */
public record PendingEvent(String eventId, long sequence, Instant time, String traceparent, DomainEvent payload) {
}
