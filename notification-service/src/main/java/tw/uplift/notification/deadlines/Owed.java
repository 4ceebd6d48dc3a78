package tw.uplift.notification.deadlines;

import java.util.Objects;
import tw.uplift.platform.events.EventPosition;

/**
 * An obligation that is owed, and the event of its source (the plan, the review task) that made it so: a
 * deadline remembers that event, so a later event of the same source that arrived first still wins.
 */
public record Owed(Obligation obligation, EventPosition cause) {

    public Owed {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(cause, "cause");
    }
}
