package tw.uplift.notification.deadlines;

/** What became of one step of a deadline's ladder. */
public enum StepState {
    /** Not yet due. */
    PENDING,
    /** Its event was recorded (exactly once). */
    FIRED,
    /** A reminder that was already in the past, or overtaken by a later step, when it came due. */
    SKIPPED,
    /** The obligation was met or withdrawn before the step came due. */
    CANCELLED
}
