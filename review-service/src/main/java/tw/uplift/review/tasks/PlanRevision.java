package tw.uplift.review.tasks;

import java.util.Objects;
import tw.uplift.contracts.plan.PlanContentSnapshot;

/**
 * One submitted revision of a plan (送審版本): what a plan-approval task decides on.
 *
 * @param planId   the plan
 * @param rocYear  the plan year (ROC)
 * @param revision its revision number (each submission is a new one)
 * @param title    the plan's title, for the reviewer's notice; null when not known
 * @param content  its content as submitted, which the reviewer reviews; null when the submission did not carry it
 *                 (events from before it was added)
 */
public record PlanRevision(String planId, int rocYear, int revision, String title, PlanContentSnapshot content) {

    public PlanRevision {
        Objects.requireNonNull(planId, "planId");
    }
}
