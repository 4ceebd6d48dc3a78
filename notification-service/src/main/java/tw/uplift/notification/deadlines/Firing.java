package tw.uplift.notification.deadlines;

import java.util.List;
import java.util.Optional;

/**
 * What a look at a deadline's ladder fired ({@link Deadline#fireDue}).
 *
 * @param fired         the steps fired now, earliest first
 * @param becameOverdue whether one of them was the overdue step (逾期)
 * @param followUp      for a progress report whose period ended unreported: the next period's, owed all the same
 */
public record Firing(List<LadderStep> fired, boolean becameOverdue, Optional<Owed> followUp) {

    public static final Firing NOTHING = new Firing(List.of(), false, Optional.empty());

    public Firing {
        fired = List.copyOf(fired);
    }
}
