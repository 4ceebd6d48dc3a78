package tw.uplift.plan.lights;

import java.time.LocalDate;

/**
 * A corrective action (改善事項) on a measure as the lights need it.
 *
 * @param requiredOn the day it was raised (Asia/Taipei), or null when not known
 * @param dueDate    the last day to correct it (改善期限), or null when not known
 * @param answeredOn the day the agency answered it (改善情形回復), or null while open
 */
public record CorrectionFact(LocalDate requiredOn, LocalDate dueDate, LocalDate answeredOn) {

    /** Open on that day: raised by then (or not known when) and not answered by then. */
    boolean openOn(LocalDate day) {
        return (requiredOn == null || !requiredOn.isAfter(day)) && (answeredOn == null || answeredOn.isAfter(day));
    }

    /** Past its 改善期限 on that day (and so overdue, if still open). */
    boolean pastDueOn(LocalDate day) {
        return dueDate != null && dueDate.isBefore(day);
    }
}
