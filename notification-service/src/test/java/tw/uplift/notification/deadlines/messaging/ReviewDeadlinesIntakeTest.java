package tw.uplift.notification.deadlines.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.platform.test.KafkaProbe.envelope;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.support.ReviewEvents;

/** {@code review-events} into deadlines: a review task's due date, through the intake as production wires it. */
class ReviewDeadlinesIntakeTest {

    private static final String TASK = "task-1";
    private static final String PLAN = "plan-1";
    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    private Deadline taskDeadline() {
        return service.deadline(Deadline.idOfReviewTask(TASK)).orElseThrow();
    }

    @Test
    void anAssignmentTracksTheTaskForItsReviewer() {
        service.deliver(Topic.REVIEW, envelope(ReviewEvents.planApprovalAssigned(TASK, PLAN, "reviewer", DUE), 1));

        assertThat(taskDeadline()).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeadlineStatus.OPEN);
            assertThat(d.planId()).isEqualTo(PLAN);
            assertThat(d.responsible()).isEqualTo("user:reviewer");
            assertThat(d.title()).isEqualTo("審查任務：計畫審查（plan-1）");
        });
    }

    @Test
    void aRedeliveredAssignmentRemindsOnce() {
        var assigned = envelope(ReviewEvents.planApprovalAssigned(TASK, PLAN, "reviewer", DUE), 1);
        service.deliver(Topic.REVIEW, assigned);
        service.deliver(Topic.REVIEW, assigned);

        service.passAt(DUE.minusDays(6), LocalTime.NOON);
        service.passAt(DUE.minusDays(5), LocalTime.NOON);

        assertThat(service.published(Deadline.class, DeadlineApproaching.class)).singleElement()
                .satisfies(a -> assertThat(a.daysLeft()).isEqualTo(7));
    }

    @Test
    void aCompletionClosesTheTasksDeadline() {
        service.deliver(Topic.REVIEW, envelope(ReviewEvents.planApprovalAssigned(TASK, PLAN, "reviewer", DUE), 1));
        var completed = envelope(ReviewEvents.planApprovalCompleted(TASK, PLAN, "reviewer"), 2);

        service.deliver(Topic.REVIEW, completed);
        service.deliver(Topic.REVIEW, completed);

        assertThat(taskDeadline().status()).isEqualTo(DeadlineStatus.DONE);
        assertThat(taskDeadline().pendingStepTimes()).isEmpty();
    }

    @Test
    void aCompletionOvertakingItsAssignmentLeavesTheTaskUntracked() {
        service.deliver(Topic.REVIEW, envelope(ReviewEvents.planApprovalCompleted(TASK, PLAN, "reviewer"), 2));
        service.deliver(Topic.REVIEW, envelope(ReviewEvents.planApprovalAssigned(TASK, PLAN, "reviewer", DUE), 1));

        assertThat(taskDeadline().isTracked()).isFalse();
        service.passAt(DUE.minusDays(6), LocalTime.NOON);
        service.passAt(DUE.plusDays(20), LocalTime.NOON);
        assertThat(service.published(Deadline.class, DeadlineApproaching.class)).isEmpty();
        assertThat(service.published(Deadline.class, ItemOverdue.class)).isEmpty();
    }

    @Test
    void aTaskWithoutADueDateIsNotChased() {
        service.deliver(Topic.REVIEW, envelope(ReviewEvents.planApprovalAssigned(TASK, PLAN, "reviewer", null), 1));

        assertThat(service.deadline(Deadline.idOfReviewTask(TASK))).isEmpty();
    }
}
