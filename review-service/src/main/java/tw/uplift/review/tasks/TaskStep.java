package tw.uplift.review.tasks;

import java.time.Instant;

/**
 * One line of a task's history (處理歷程): who did what, when, and why.
 *
 * @param at       when
 * @param actor    the username who did it, or {@link #SYSTEM} for automatic steps
 * @param action   what happened
 * @param assignee who holds the task after this step (username), or null when it sits in the candidate group
 * @param note     the reason given, or null
 */
public record TaskStep(Instant at, String actor, Action action, String assignee, String note) {

    /** The actor of automatic steps (opening, automatic assignment). */
    public static final String SYSTEM = "system";

    /** What can happen to a task. */
    public enum Action {
        /** Opened from an event or by a person. */
        OPENED,
        /** Given to a reviewer by the assignment rule. */
        ASSIGNED,
        /** Put in the body's candidate group: nobody eligible, or its assignee gave it back. */
        QUEUED,
        /** Taken up by a reviewer (認領). */
        CLAIMED,
        /** Given back to the candidate group by its assignee. */
        UNCLAIMED,
        /** Moved to another reviewer by the body's lead or an admin (改分). */
        REASSIGNED,
        /** A routine check's sample was drawn (抽樣); the note says how. */
        SAMPLE_DRAWN,
        /** A reviewer handed in (or replaced) their score sheet for an annual review (評分). */
        SCORED,
        /** The follow-up date was set. */
        FOLLOW_UP_SET,
        /** Done. */
        COMPLETED,
        /** Withdrawn. */
        CANCELLED
    }
}
