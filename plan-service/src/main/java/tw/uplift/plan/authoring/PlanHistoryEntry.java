package tw.uplift.plan.authoring;

import java.time.Instant;

/**
 * One step of a plan's life (歷程): who did what, when, on which revision. Appended, never changed.
 *
 * @param at       when
 * @param actor    the user (or {@code review} / {@code tracker} for what came from another service)
 * @param action   what happened
 * @param revision the revision it concerns (0 before the first submission)
 * @param note     a reason, a measure or a period, or null
 */
public record PlanHistoryEntry(Instant at, String actor, Action action, int revision, String note) {

    public enum Action {
        CREATED, COPIED, SUBMISSION_REQUESTED, SENT_BACK, SUBMITTED, APPROVED, PUBLISHED, RETURNED, AMENDED,
        PROGRESS_REPORTED, MEASURE_COMPLETED, RESULTS_SUBMITTED, CLOSED
    }
}
