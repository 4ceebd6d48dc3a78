package tw.uplift.platform.events;

/**
 * Where an event stands in the history of the aggregate that published it: its source service, the
 * aggregate ({@code ce_subject}) and the aggregate's event number ({@code ce_sequence}). A consumer whose
 * effect depends on order keeps the last position it applied per source aggregate and ignores anything at
 * or below it (see {@link tw.uplift.platform.outbox.OutboxAggregate#applyInOrder}).
 *
 * @param source   the publishing service, e.g. {@code /uplift/plan-service}
 * @param subject  the aggregate id
 * @param sequence its event number, from 1; 0 when the producer did not say (then no order is known)
 */
public record EventPosition(String source, String subject, long sequence) {

    /** Whether this and {@code other} come from the same aggregate of the same service. */
    public boolean sameAggregateAs(EventPosition other) {
        return source.equals(other.source) && subject.equals(other.subject);
    }
}
