package tw.uplift.plan.lights;

/** What the reviewer decided about a measure. */
public enum Verdict {
    /** No verdict yet. */
    NONE,
    /** 解除列管: released from tracking; done as far as the supervising body is concerned. */
    RELEASED,
    /** 持續列管: kept tracked; the reviewer did not accept the work yet. */
    KEPT_TRACKED
}
