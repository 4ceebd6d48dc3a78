package tw.uplift.review.tasks;

import tw.uplift.contracts.review.ReviewTaskKind;

/**
 * Which tasks a desk shows (審查案件清單).
 *
 * @param scope  whose tasks: mine, the body's candidate group, or the whole body's (all bodies for an admin)
 * @param kind   one kind, or null for all
 * @param state  open, closed, or all
 */
public record DeskFilter(Scope scope, ReviewTaskKind kind, State state) {

    public DeskFilter {
        scope = scope == null ? Scope.MINE : scope;
        state = state == null ? State.ALL : state;
    }

    /** A reviewer's own desk, every kind and state. */
    public static DeskFilter mine() {
        return new DeskFilter(Scope.MINE, null, State.ALL);
    }

    /** Whose tasks. */
    public enum Scope {
        /** Assigned to the caller (我的). */
        MINE,
        /** Waiting in the body's candidate group, nobody holds them (待認領). */
        GROUP,
        /** Everything of the caller's body (本機關全部); every body for an admin. */
        BODY
    }

    /** Open, closed or all. */
    public enum State { OPEN, CLOSED, ALL }

    /** Whether a task passes the kind and state filters (the scope is the store query's). */
    public boolean admits(ReviewTask task) {
        boolean stateOk = switch (state) {
            case OPEN -> task.open();
            case CLOSED -> !task.open();
            case ALL -> true;
        };
        return stateOk && (kind == null || kind == task.kind());
    }
}
