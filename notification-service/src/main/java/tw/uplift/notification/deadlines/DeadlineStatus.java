package tw.uplift.notification.deadlines;

/** Whether an obligation is still tracked. */
public enum DeadlineStatus {
    OPEN,
    /** The work was done (measure completed, report filed, review finished). */
    DONE,
    /** The obligation was withdrawn. */
    CANCELLED
}
