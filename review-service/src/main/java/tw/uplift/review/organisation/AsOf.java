package tw.uplift.review.organisation;

import java.time.Instant;
import java.util.Comparator;

/**
 * How new one copy of an organisation's state is, to keep the newest whatever order the events arrive in.
 * Within one aggregate's events the producer's sequence decides: it only grows, while the producer's clock may be
 * moved back (demos and tests move time). Between sources that share no sequence (an {@code AgencyChanged} and a
 * {@code PlanSubmitted} naming the agency) only the time can.
 *
 * @param time     when the state was true (the event's own time)
 * @param sequence the aggregate's event number, 0 when unknown
 */
public record AsOf(Instant time, long sequence) {

    private static final Comparator<Instant> TIME = Comparator.nullsFirst(Comparator.naturalOrder());

    /** Whether this is strictly newer than {@code other} (an equal one is a redelivery: not newer). */
    public boolean isNewerThan(AsOf other) {
        if (other == null) {
            return true;
        }
        if (sequence > 0 && other.sequence > 0) {
            return sequence > other.sequence;
        }
        return TIME.compare(time, other.time) > 0;
    }

    /** Whether this is at least as new as {@code other} by time alone (for comparing different sources). */
    boolean notOlderThan(AsOf other) {
        return other == null || TIME.compare(time, other.time) >= 0;
    }
}
