package tw.uplift.notification.audit.persistence;

import java.time.Instant;

/**
 * Which entries an operator asks for; a null field does not narrow.
 *
 * @param item         the item (aggregate id) exactly
 * @param actor        the actor exactly
 * @param service      the publishing service exactly
 * @param from         event time at or after
 * @param until        event time before
 * @param positionFrom position at or after
 * @param positionTo   position at or before
 */
public record AuditQuery(String item, String actor, String service, Instant from, Instant until, Long positionFrom,
        Long positionTo) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null, null);
}
