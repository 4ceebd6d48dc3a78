package tw.uplift.review.tasks;

import java.util.Objects;

/**
 * One submitted revision of a plan (送審版本): what a plan-approval task decides on.
 *
 * @param planId   the plan
 * @param revision its revision number (each submission is a new one)
 * @param title    the plan's title, for the reviewer's notice; null when not known
 */
public record PlanRevision(String planId, int revision, String title) {

    public PlanRevision {
        Objects.requireNonNull(planId, "planId");
    }
}
