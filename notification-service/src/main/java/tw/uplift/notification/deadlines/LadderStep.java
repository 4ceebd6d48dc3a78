package tw.uplift.notification.deadlines;

import java.time.Instant;

/**
 * One step of a deadline's ladder, stored inside the deadline so that each fires at most once.
 *
 * @param key     stable name within the deadline, e.g. {@code remind-7}, {@code overdue}, {@code escalate-14}
 * @param type    reminder, overdue or escalation
 * @param days    days before the due date (reminders) or after it (escalation); 0 for overdue
 * @param at      when it comes due
 * @param state   what became of it
 * @param firedAt when it fired, skipped or was cancelled; null while pending
 */
public record LadderStep(String key, StepType type, int days, Instant at, StepState state, Instant firedAt) {

    static LadderStep pending(String key, StepType type, int days, Instant at) {
        return new LadderStep(key, type, days, at, StepState.PENDING, null);
    }

    public boolean isPending() {
        return state == StepState.PENDING;
    }

    public boolean isDue(Instant now) {
        return isPending() && !at.isAfter(now);
    }

    LadderStep to(StepState next, Instant when) {
        return new LadderStep(key, type, days, at, next, when);
    }
}
