package tw.uplift.plan.authoring;

import java.time.Instant;
import java.util.Objects;
import tw.uplift.contracts.review.TrackingVerdict;

/**
 * A reviewer's verdict on a measure under tracking (列管), given in a routine check (平時查核): released (解除列管) or
 * kept tracked (持續列管), always with a reason.
 *
 * @param measureId  the measure
 * @param verdict    released or kept tracked
 * @param reason     why, in the reviewer's words
 * @param reviewerId who decided
 * @param decidedAt  when
 * @param taskId     the check it was decided in
 */
public record TrackingDecision(String measureId, TrackingVerdict verdict, String reason, String reviewerId,
        Instant decidedAt, String taskId) {

    public TrackingDecision {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    public boolean released() {
        return verdict == TrackingVerdict.RELEASED;
    }

    /**
     * Whether this decision replaces {@code standing}: only a later one does. Verdicts on one measure come from
     * different checks, each its own aggregate with its own order, so their time is the only order they share; a
     * verdict decided at the same moment is the one already applied, redelivered.
     */
    boolean supersedes(TrackingDecision standing) {
        return standing == null || decidedAt.isAfter(standing.decidedAt);
    }
}
