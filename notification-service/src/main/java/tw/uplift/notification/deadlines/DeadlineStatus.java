package tw.uplift.notification.deadlines;

/** Whether an obligation is still tracked. */
public enum DeadlineStatus {
    OPEN,
    /** The work was done (measure completed, report filed, review finished). */
    DONE,
    /**
     * The obligation was withdrawn: an amended plan no longer owes it (解除列管), or the plan's year was closed
     * (結案) with it still open. Nothing more is sent about it.
     */
    CANCELLED
}
