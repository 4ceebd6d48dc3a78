package tw.uplift.review.tasks;

/**
 * Where a review task stands, as task lists of workflow engines name it: open (waiting: with an assignee who has not
 * taken it up yet, or in the body's candidate group when it has none), claimed (its assignee took it up), completed,
 * cancelled.
 */
public enum ReviewTaskStatus {
    /** Waiting: assigned and not yet claimed, or in the body's candidate group (no assignee). */
    OPEN,
    /** Taken up by its assignee (認領). */
    CLAIMED,
    /** Done: decided, checked or scored. */
    COMPLETED,
    /** Withdrawn by the body's lead or an admin, with a reason (撤銷). */
    CANCELLED;

    /** Whether a task in this status still waits for work. */
    public boolean open() {
        return this == OPEN || this == CLAIMED;
    }
}
