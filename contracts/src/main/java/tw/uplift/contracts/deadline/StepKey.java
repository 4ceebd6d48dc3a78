package tw.uplift.contracts.deadline;

/**
 * The stable name of one step of a deadline's ladder (屆期 → 逾期 → 查催): {@code remind-7}, {@code overdue},
 * {@code escalate-14}. A step fires at most once under its key, and a notice about it is keyed by the deadline
 * and this name, so both sides derive it here.
 */
public final class StepKey {

    public static final String OVERDUE = "overdue";

    private StepKey() {
    }

    /** The reminder {@code daysBefore} days ahead of the due date (屆期提醒). */
    public static String reminder(int daysBefore) {
        return "remind-" + daysBefore;
    }

    /** The escalation {@code daysAfter} days past the due date (查催). */
    public static String escalation(int daysAfter) {
        return "escalate-" + daysAfter;
    }

    /**
     * The escalation {@code daysAfter} working days past the due date to {@code level}: the supervising body's is
     * {@link #escalation(int)} (as before levels existed), the agency head's {@code escalate-head-3}, so the two
     * stay distinct whatever days they are configured with.
     */
    public static String escalation(EscalationLevel level, int daysAfter) {
        return level == EscalationLevel.AGENCY_HEAD ? "escalate-head-" + daysAfter : escalation(daysAfter);
    }

    /** The key of one step of one deadline, e.g. for deriving the id of the notice about it. */
    public static String of(String deadlineId, String step) {
        return deadlineId + ":" + step;
    }
}
