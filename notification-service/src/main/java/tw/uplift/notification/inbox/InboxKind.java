package tw.uplift.notification.inbox;

/** What an inbox item is about. */
public enum InboxKind {
    REVIEW_TASK_ASSIGNED,
    PLAN_APPROVED,
    PLAN_RETURNED,
    DEADLINE_APPROACHING,
    ITEM_OVERDUE,
    OVERDUE_ESCALATED,
    CORRECTIVE_ACTION_REQUIRED,
    /** 展期申請: an agency asked its supervising body for more time. */
    EXTENSION_REQUESTED,
    /** 展期核定: the supervising body approved or refused. */
    EXTENSION_DECIDED
}
