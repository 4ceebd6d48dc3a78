package tw.uplift.review.tasks.web;

import java.util.List;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.review.reviewers.Reviewer;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskService;

/**
 * What the caller may do to a task on its page: take it up (認領), give it back, set its follow-up date, and — the
 * body's lead — reassign or cancel it. The service checks each again when it is done; this only decides what is
 * shown.
 *
 * @param mayClaim     open, and theirs unclaimed or in the candidate group with no conflict of interest
 * @param claimRefusal why they may not take it from the group (a message key suffix), or null
 * @param mayUnclaim   they hold it
 * @param mayFollowUp  they hold it or lead the body
 * @param mayManage    they lead the body (or are an admin) and it is open
 * @param reviewers    whom the lead may give it to
 */
record TaskActions(boolean mayClaim, String claimRefusal, boolean mayUnclaim, boolean mayFollowUp, boolean mayManage,
        List<Reviewer> reviewers) {

    static TaskActions of(ReviewTask task, CurrentUser user, ReviewTaskService tasks) {
        if (!task.open()) {
            return new TaskActions(false, null, false, false, false, List.of());
        }
        boolean holds = user.has(Role.REVIEWER) && task.isAssignedTo(user.username());
        String refusal = null;
        boolean mayClaim = false;
        if (holds) {
            mayClaim = task.status() != tw.uplift.review.tasks.ReviewTaskStatus.CLAIMED;
        } else if (task.inCandidateGroup() && user.has(Role.REVIEWER)) {
            refusal = tasks.claimRefusal(task, user).orElse(null);
            mayClaim = refusal == null;
        }
        boolean manage = tasks.mayManage(task, user);
        return new TaskActions(mayClaim, refusal, holds, holds || manage, manage,
                manage ? tasks.reassignable(task) : List.of());
    }
}
