package tw.uplift.contracts.notification;

/**
 * What kind of failure a {@link NotificationFailed} reports: TEMPORARY (tried again later: SMTP 4xx, no
 * connection), PERMANENT (not retried: SMTP 5xx, or given up after the last attempt), TECHNICAL (the sender's own
 * fault, or an outcome nobody saw; an operator decides).
 */
public enum FailureKind { TEMPORARY, PERMANENT, TECHNICAL }
