package tw.uplift.review.corrective;

/** Where a corrective action stands. */
public enum CorrectiveActionStatus {
    /** Raised; the agency has not answered yet (待改善). */
    OPEN,
    /** The agency answered (已回復); a reviewer verifies it. */
    RESPONDED,
    /** A reviewer accepted the answer (已完成改善). */
    CLOSED,
    /** A reviewer rejected the answer and raised a new corrective action in its place (未通過，另立改善事項). */
    REJECTED;

    /** Whether the agency may still answer it. */
    public boolean awaitsAnswer() {
        return this == OPEN;
    }
}
