package tw.uplift.notification.deadlines;

/** Where a request for more time (展期) stands. */
public enum ExtensionStatus {
    /** Asked, not yet decided: the item has at most one. */
    PENDING,
    /** 准予展期: the due date moved to the granted date. */
    APPROVED,
    /** 不准展期: the due date stands. */
    REFUSED
}
