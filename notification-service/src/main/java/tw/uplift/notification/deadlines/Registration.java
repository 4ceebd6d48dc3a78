package tw.uplift.notification.deadlines;

import java.time.Instant;
import java.util.List;

/**
 * What registering an obligation came to ({@link Deadline#track}, {@link Deadline#register}, {@link Deadline#revise}).
 *
 * @param outcome       what happened
 * @param open          whether the deadline is being tracked now (open, steps to come)
 * @param pendingSteps  when its pending steps come due, earliest first: the scheduler files them (again)
 * @param droppedSteps  when steps that were pending before come due no more (a moved due date): to take them off
 *                      the schedule
 * @param overdueChange how the number of overdue obligations changed: +1 when a released obligation that was
 *                      overdue is tracked again, else 0
 */
public record Registration(Outcome outcome, boolean open, List<Instant> pendingSteps, List<Instant> droppedSteps,
        int overdueChange) {

    public enum Outcome {
        /** Newly tracked (列管), or tracked again after an amendment had released it. */
        TRACKED,
        /** Tracked already as it is (a redelivered event, or an amendment that left it unchanged): nothing changed. */
        ALREADY_TRACKED,
        /**
         * A later event of the same source closed it before this registration arrived (a completion, a report or
         * a finished review overtook it): the registration is ignored and nothing is tracked.
         */
        OVERTAKEN,
        /** An amended plan changed it (due date, title, parties): its future steps moved, steps sent stay sent. */
        REVISED,
        /** The work is done (completion is final): an amended plan that still lists it changes nothing. */
        FINISHED
    }

    public Registration {
        pendingSteps = List.copyOf(pendingSteps);
        droppedSteps = List.copyOf(droppedSteps);
    }

    Registration(Outcome outcome, boolean open, List<Instant> pendingSteps) {
        this(outcome, open, pendingSteps, List.of(), 0);
    }

    static Registration overtaken() {
        return new Registration(Outcome.OVERTAKEN, false, List.of());
    }

    static Registration finished() {
        return new Registration(Outcome.FINISHED, false, List.of());
    }
}
