package tw.uplift.review.inspection;

import tw.uplift.contracts.review.TrackingVerdict;

/** What a reviewer concludes about one sampled measure (查核意見). */
public enum FindingVerdict {
    /** Done as planned and checked: release it from tracking (解除列管). */
    RELEASE(TrackingVerdict.RELEASED),
    /** Not done yet, or not enough to release: keep it tracked (持續列管). */
    KEEP_TRACKED(TrackingVerdict.KEPT_TRACKED),
    /** Something must be corrected by a deadline (應改善事項); the measure stays tracked. */
    CORRECTIVE_ACTION(TrackingVerdict.KEPT_TRACKED);

    private final TrackingVerdict tracking;

    FindingVerdict(TrackingVerdict tracking) {
        this.tracking = tracking;
    }

    /** What the verdict means for the measure's tracking. */
    public TrackingVerdict tracking() {
        return tracking;
    }
}
