package tw.uplift.platform.outbox;

import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.platform.events.EventPosition;

/** A tiny aggregate for the chassis' tests: a count, changed by commands and by other aggregates' events. */
@Document("tallies")
class Tally extends OutboxAggregate {

    private int count;

    protected Tally() {
    }

    Tally(String id) {
        super(id);
    }

    /** Adds and records an event (any event about this aggregate will do). */
    int add(int n, Instant at) {
        count += n;
        record(new MeasureCompleted("m-" + count, id, "agency", at), at);
        return count;
    }

    /** Sets the count without recording anything; a no-op when it already is that. */
    boolean set(int n) {
        boolean changed = count != n;
        count = n;
        return changed;
    }

    /** Adds what another aggregate's event says, once and in order. */
    boolean addFrom(EventPosition position, int n) {
        if (!applyInOrder(position)) {
            return false;
        }
        count += n;
        return true;
    }

    int count() {
        return count;
    }
}
