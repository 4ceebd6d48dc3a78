package tw.uplift.notification.deadlines;

import java.time.Instant;
import java.util.List;

/**
 * What registering an obligation came to ({@link Deadline#track}, {@link Deadline#register}).
 *
 * @param outcome      what happened
 * @param open         whether the deadline is being tracked now (open, steps to come)
 * @param pendingSteps when its pending steps come due, earliest first: the scheduler files them (again)
 */
public record Registration(Outcome outcome, boolean open, List<Instant> pendingSteps) {

    public enum Outcome {
        /** Newly tracked (列管). */
        TRACKED,
        /** Tracked already (a redelivered event): nothing changed. */
        ALREADY_TRACKED,
        /**
         * A later event of the same source closed it before this registration arrived (a completion, a report or
         * a finished review overtook it): the registration is ignored and nothing is tracked.
         */
        OVERTAKEN
    }

    public Registration {
        pendingSteps = List.copyOf(pendingSteps);
    }

    static Registration overtaken() {
        return new Registration(Outcome.OVERTAKEN, false, List.of());
    }
}
