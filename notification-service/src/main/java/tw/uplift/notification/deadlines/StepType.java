package tw.uplift.notification.deadlines;

/** The rungs of the reminder ladder. */
public enum StepType {
    /** Due soon (屆期提醒): {@code DeadlineApproaching}. */
    REMINDER,
    /** The due date passed (逾期): {@code ItemOverdue}. */
    OVERDUE,
    /** Still overdue, the supervising body is told (逾期陳報): {@code OverdueEscalated}. */
    ESCALATION
}
