package tw.uplift.notification.deadlines.application;

import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.notification.Recipients;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.Obligation;
import tw.uplift.notification.deadlines.Owed;
import tw.uplift.notification.deadlines.Parties;
import tw.uplift.notification.deadlines.ReviewTasks;
import tw.uplift.notification.deadlines.TrackedItem;
import tw.uplift.platform.events.EventPosition;

/**
 * A review task's due date (審查期限): tracked from its assignment, with the reviewer reminded, until it is
 * completed. Both carry the event's position in the task's history, so a completion that overtakes the
 * assignment leaves nothing tracked.
 */
public class ReviewTaskDeadlines {

    private final DeadlineTracker tracker;

    public ReviewTaskDeadlines(DeadlineTracker tracker) {
        this.tracker = tracker;
    }

    /** A task without a due date or without a reviewer is not chased. */
    public void assigned(ReviewTaskAssigned task, EventPosition position) {
        if (task.dueDate() == null || task.reviewerId() == null) {
            return;
        }
        TrackedItem item = TrackedItem.reviewTask(task.taskId(), ReviewTasks.planOf(task.kind(), task.subjectId()));
        Parties parties = Parties.ofAgency(task.agencyId(), task.supervisingBodyId())
                .reminding(Recipients.user(task.reviewerId()));
        String title = "審查任務：" + ReviewTasks.wordsFor(task.kind()) + "（" + task.subjectId() + "）";
        tracker.register(new Owed(Obligation.dated(item, parties, title, task.dueDate()), position));
    }

    public void completed(ReviewTaskCompleted task, EventPosition position) {
        tracker.close(Deadline.idOfReviewTask(task.taskId()), DeadlineStatus.DONE, position);
    }
}
