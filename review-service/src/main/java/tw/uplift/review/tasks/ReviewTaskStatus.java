package tw.uplift.review.tasks;

/** Where a review task stands. */
public enum ReviewTaskStatus {
    /** Opened, but nobody in the pool may review it (yet); an operator must look at it. */
    UNASSIGNED,
    /** With a reviewer, waiting for the decision. */
    ASSIGNED,
    /** Decided. */
    COMPLETED
}
