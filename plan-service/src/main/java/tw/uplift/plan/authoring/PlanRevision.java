package tw.uplift.plan.authoring;

import java.time.Instant;
import java.util.List;

/**
 * One submitted or amended revision of a plan (版次), kept as it was: what was sent, who sent and confirmed it, and
 * what came of it. Never changed once decided, so the change view can compare any two.
 *
 * @param number      1, 2, …
 * @param kind        a submission for review or an amendment of the approved plan
 * @param text        the plan as submitted
 * @param submittedBy the clerk who asked to submit (or amended)
 * @param confirmedBy the agency head who confirmed the submission, or null (an amendment, or a head's own)
 * @param submittedAt when it went out
 * @param outcome     what the supervising body decided, or null while under review
 * @param comments    the review comments it got (on a return), possibly none
 * @param decidedAt   when decided, or null
 * @param summary     for an amendment: what changed, in words; else null
 */
public record PlanRevision(int number, Kind kind, PlanText text, String submittedBy, String confirmedBy,
        Instant submittedAt, Outcome outcome, List<ReviewComment> comments, Instant decidedAt, String summary) {

    public enum Kind {
        /** 送審 */
        SUBMISSION,
        /** 計畫修正 of an approved plan */
        AMENDMENT
    }

    public enum Outcome {
        APPROVED, RETURNED
    }

    public PlanRevision {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    PlanRevision decided(Outcome decision, List<ReviewComment> reviewComments, Instant at) {
        return new PlanRevision(number, kind, text, submittedBy, confirmedBy, submittedAt, decision, reviewComments,
                at, summary);
    }
}
