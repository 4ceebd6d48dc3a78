package tw.uplift.notification.deadlines.application;

import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.contracts.review.TrackingVerdict;
import tw.uplift.platform.events.EventPosition;

/**
 * A reviewer released a measure from tracking (解除列管) in a routine check: the supervising body holds it done, so
 * its deadline and its progress reports are chased no more, exactly as when the agency completes it. A verdict to
 * keep it tracked (持續列管) changes nothing here: it is tracked already, and what it must correct arrives as a
 * corrective action of its own.
 */
public class MeasureReleases {

    private final DeadlineTracker tracker;

    public MeasureReleases(DeadlineTracker tracker) {
        this.tracker = tracker;
    }

    public void decided(MeasureTrackingDecided decided, EventPosition position) {
        if (decided.verdict() != TrackingVerdict.RELEASED || decided.planId() == null
                || decided.measureId() == null) {
            return;
        }
        // Closing is final and idempotent: a redelivered release finds the deadline closed, and a plan event that
        // lists the measure again (an approval replayed late) finds it done.
        tracker.measureCompleted(decided.planId(), decided.measureId(), position);
    }
}
