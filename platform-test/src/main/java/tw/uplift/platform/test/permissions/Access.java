package tw.uplift.platform.test.permissions;

import java.util.Set;

/**
 * Who may call an operation: one kind of row of a permission table, implemented by an enum of the test so that a
 * failure names it ({@code PLAN_WRITERS}, {@code ASSIGNEE}).
 *
 * @param <C> the test's callers
 */
public interface Access<C extends Enum<C>> {

    /** The callers that get an answer; every other caller must be refused. */
    Set<C> allowed();

    /** The row's name, for the failure listing (an enum's own name). */
    String name();
}
