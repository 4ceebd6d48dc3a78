package tw.uplift.notification.deadlines;

import java.time.Instant;
import java.util.List;

/**
 * What asking for or deciding an extension came to ({@link Deadline#requestExtension}, {@link Deadline#decideExtension}).
 *
 * @param extension     the request as it stands now
 * @param changed       false when it repeated what was done already (a double submit): nothing to tell anyone
 * @param pendingSteps  when the pending steps come due (the scheduler files them again)
 * @param droppedSteps  when steps pending before come due no more (a moved due date)
 * @param overdueChange -1 when an overdue item is no longer overdue, else 0
 */
public record ExtensionOutcome(Extension extension, boolean changed, List<Instant> pendingSteps,
        List<Instant> droppedSteps, int overdueChange) {

    public ExtensionOutcome {
        pendingSteps = List.copyOf(pendingSteps);
        droppedSteps = List.copyOf(droppedSteps);
    }

    /** Repeated: nothing changed, but its pending steps are filed again (a retry after a crash before filing). */
    static ExtensionOutcome unchanged(Extension extension, List<Instant> pendingSteps) {
        return new ExtensionOutcome(extension, false, pendingSteps, List.of(), 0);
    }
}
