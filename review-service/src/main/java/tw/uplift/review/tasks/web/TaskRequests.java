package tw.uplift.review.tasks.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import tw.uplift.review.tasks.ReviewTask;

/** The bodies of the task-handling requests of {@code /api/review-tasks/{id}/…}. */
final class TaskRequests {

    private TaskRequests() {
    }

    /**
     * {@code POST …/reassign}: give the task to another reviewer of the body (改分), with a reason.
     *
     * @param assignee the reviewer's username
     * @param reason   why, kept in the task's history
     */
    record Reassign(@NotBlank @Size(max = 100) String assignee, @NotBlank @Size(max = ReviewTask.MAX_REASON) String reason) {
    }

    /** {@code POST …/cancel}: withdraw the task (撤銷), with a reason. */
    record Cancel(@NotBlank @Size(max = ReviewTask.MAX_REASON) String reason) {
    }

    /** {@code POST …/unclaim}: give it back to the body's candidate group, optionally saying why. */
    record Unclaim(@Size(max = ReviewTask.MAX_REASON) String note) {
    }

    /** {@code PUT …/follow-up}: the day to look at it again (追蹤日期), or null to clear it. */
    record FollowUp(LocalDate date) {
    }
}
