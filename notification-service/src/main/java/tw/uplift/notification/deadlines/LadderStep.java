package tw.uplift.notification.deadlines;

import java.time.Instant;
import tw.uplift.contracts.deadline.EscalationLevel;

/**
 * One step of a deadline's ladder, stored inside the deadline so that each fires at most once.
 *
 * @param key         stable name within the deadline, e.g. {@code remind-7}, {@code overdue}, {@code escalate-head-3},
 *                    {@code escalate-14}; a step re-armed for an extended due date (展期) carries that date
 *                    ({@code overdue@2026-04-30}), so it is a step of its own and the one sent stays sent
 * @param type        reminder, overdue or escalation
 * @param days        days before the due date (reminders) or working days after it (escalation); 0 for overdue
 * @param at          when it comes due
 * @param state       what became of it
 * @param firedAt     when it fired, skipped or was cancelled; null while pending
 * @param escalatedTo for an escalation: who is told; null for other steps, and for escalations stored before
 *                    levels existed (those went to the supervising body)
 */
public record LadderStep(String key, StepType type, int days, Instant at, StepState state, Instant firedAt,
        EscalationLevel escalatedTo) {

    static LadderStep pending(String key, StepType type, int days, Instant at) {
        return new LadderStep(key, type, days, at, StepState.PENDING, null, null);
    }

    static LadderStep escalation(Escalation e, Instant at) {
        return new LadderStep(e.stepKey(), StepType.ESCALATION, e.workingDays(), at, StepState.PENDING, null, e.to());
    }

    public boolean isPending() {
        return state == StepState.PENDING;
    }

    public boolean isDue(Instant now) {
        return isPending() && !at.isAfter(now);
    }

    /** Who an escalation tells; the supervising body for one stored before levels existed. */
    public EscalationLevel level() {
        return escalatedTo == null ? EscalationLevel.SUPERVISING_BODY : escalatedTo;
    }

    /** The key without the extended due date a re-armed step carries ({@code overdue@2026-04-30} → {@code overdue}). */
    public String baseKey() {
        int at = key.indexOf('@');
        return at < 0 ? key : key.substring(0, at);
    }

    LadderStep to(StepState next, Instant when) {
        return new LadderStep(key, type, days, at, next, when, escalatedTo);
    }

    LadderStep at(Instant when) {
        return new LadderStep(key, type, days, when, state, firedAt, escalatedTo);
    }

    LadderStep keyed(String newKey) {
        return new LadderStep(newKey, type, days, at, state, firedAt, escalatedTo);
    }
}
