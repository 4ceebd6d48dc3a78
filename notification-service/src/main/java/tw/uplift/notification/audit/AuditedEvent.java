package tw.uplift.notification.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What one event says for the trail, before it has a place in the chain.
 *
 * @param eventId       the event's id ({@code ce_id}); an event is in the trail once, whatever the redeliveries
 * @param service       the service that published it ({@code plan-service}, …)
 * @param type          its logical type ({@code tw.uplift.plan.PlanSubmitted.v1})
 * @param item          the aggregate it is about ({@code ce_subject}: a plan, task, survey, deadline …)
 * @param actor         who did it ({@link Actors}): a username, {@link Actors#SYSTEM}, or empty when the event
 *                      does not name the person
 * @param time          when it happened (the event's time), to the millisecond the store keeps
 * @param request       the trace id of the request that caused it (from {@code traceparent}), or empty
 * @param payloadDigest SHA-256 (hex) of the payload as published, so the event itself can be matched later
 */
public record AuditedEvent(String eventId, String service, String type, String item, String actor, Instant time,
        String request, String payloadDigest) {

    public AuditedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(time, "time");
        service = orEmpty(service);
        type = orEmpty(type);
        item = orEmpty(item);
        actor = orEmpty(actor);
        request = orEmpty(request);
        payloadDigest = orEmpty(payloadDigest);
        time = time.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
