package tw.uplift.review.corrective;

/** Where a corrective action stands. */
public enum CorrectiveActionStatus {
    /** Raised; the agency has not answered yet (待改善). */
    OPEN,
    /** The agency answered (已回復); a reviewer verifies it. */
    RESPONDED,
    /** A reviewer accepted the answer (已完成改善). */
    CLOSED
}
