package tw.uplift.notification.inbox;

/** What an inbox item is about. */
public enum InboxKind {
    REVIEW_TASK_ASSIGNED,
    PLAN_APPROVED,
    PLAN_RETURNED,
    DEADLINE_APPROACHING,
    ITEM_OVERDUE,
    OVERDUE_ESCALATED,
    CORRECTIVE_ACTION_REQUIRED
}
