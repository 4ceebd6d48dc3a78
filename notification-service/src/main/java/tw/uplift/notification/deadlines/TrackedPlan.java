package tw.uplift.notification.deadlines;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import tw.uplift.platform.events.EventPosition;

/**
 * A plan as the deadline tracker knows it (列管計畫): the measures its latest list named (the approval, or the
 * latest amendment that listed them), the event that list came with, and whether its year is closed (結案).
 * Its deadlines each keep the order of the plan's events; this keeps the order of whole lists, so that an older
 * amendment arriving late cannot register a measure that a newer one dropped.
 *
 * @param planId            the plan
 * @param supervisingBodyId its supervising body as last named (an amendment may leave it out), or null
 * @param rocYear           its ROC year as last named, or null
 * @param measureIds        the measures of its latest list
 * @param listedBy          the event of that list; null when no list was taken yet
 * @param closed            whether its year was closed: nothing of it is tracked any more
 */
public record TrackedPlan(String planId, String supervisingBodyId, Integer rocYear, List<String> measureIds,
        EventPosition listedBy, boolean closed) {

    public TrackedPlan {
        Objects.requireNonNull(planId, "planId");
        measureIds = List.copyOf(measureIds);
    }

    /** A plan of which no list was taken; {@code measureIds} are any it is known to track all the same. */
    public static TrackedPlan unlisted(String planId, Collection<String> measureIds) {
        return new TrackedPlan(planId, null, null, List.copyOf(measureIds), null, false);
    }

    /**
     * Whether a measure list at {@code position} is to be applied: not once the year is closed, nor when a newer
     * list was taken already. The list taken last, redelivered, is applied again: every step of applying it is a
     * no-op the second time, and it finishes what a crash may have interrupted.
     */
    public boolean takes(EventPosition position) {
        if (closed) {
            return false;
        }
        return listedBy == null || position.sequence() <= 0 || !listedBy.sameAggregateAs(position)
                || position.sequence() >= listedBy.sequence();
    }

    /** The measures it tracked that a new list no longer names (to release: 解除列管). */
    public List<String> droppedFrom(Collection<String> listed) {
        return measureIds.stream().filter(id -> !listed.contains(id)).toList();
    }

    /** As it stands once a list has been applied. */
    public TrackedPlan listed(String supervisingBodyId, int rocYear, List<String> measureIds, EventPosition position) {
        return new TrackedPlan(planId, supervisingBodyId, rocYear, measureIds, position, closed);
    }
}
