/**
 * The audit trail (稽核軌跡, SPEC §6): who did what, when, on which item, from which request, across the four
 * services, as one append-only chain of {@link tw.uplift.notification.audit.AuditEntry entries}, each carrying the
 * hash of the one before it, so that an entry changed or removed after the fact is found by
 * {@link tw.uplift.notification.audit.ChainCheck}. Built from the events (which the outbox writes in the same write
 * as the change), never from a second write. Free of Spring and Kafka. Decision: docs/adr/0007-audit-trail.md.
 */
package tw.uplift.notification.audit;
