package tw.uplift.notification.deadlines;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What closing a deadline (結案) came to ({@link Deadline#close}, {@link Deadline#closedAhead}).
 *
 * @param outcome        what happened
 * @param wasOverdue     whether it was overdue until now (the overdue count goes down)
 * @param cancelledSteps when the steps it cancelled would have come due (to take them off the schedule)
 * @param obligation     what it tracked; empty when nothing was ever registered under its id
 */
public record Closing(Outcome outcome, boolean wasOverdue, List<Instant> cancelledSteps,
        Optional<Obligation> obligation) {

    public enum Outcome {
        /** It was open; now it is done or withdrawn. */
        CLOSED,
        /** Closed already (a redelivered event, or closed for another reason): nothing changed. */
        ALREADY_CLOSED,
        /** The event is older than the registration in force (a stale replay): ignored, it stays open. */
        STALE,
        /**
         * Still owed as it stands (a progress report on the cadence in force, or for a period already over):
         * an amended plan leaves it open.
         */
        KEPT,
        /**
         * Nothing was registered yet (the event overtook the one that registers it): a closed placeholder
         * remembers the event, so the older registration still to come is ignored.
         */
        AHEAD_OF_REGISTRATION
    }

    public Closing {
        cancelledSteps = List.copyOf(cancelledSteps);
    }

    static Closing unchanged(Outcome outcome, Optional<Obligation> obligation) {
        return new Closing(outcome, false, List.of(), obligation);
    }

    public static Closing aheadOfRegistration() {
        return unchanged(Outcome.AHEAD_OF_REGISTRATION, Optional.empty());
    }

    /** Whether the work it tracked is done or withdrawn now (whoever closed it): what follows a close may follow. */
    public boolean isClosed() {
        return outcome == Outcome.CLOSED || outcome == Outcome.ALREADY_CLOSED;
    }
}
