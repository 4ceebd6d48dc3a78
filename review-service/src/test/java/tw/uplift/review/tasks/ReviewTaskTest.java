package tw.uplift.review.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.platform.outbox.PendingEvent;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;

class ReviewTaskTest {

    private static final Instant NOW = ReviewTasks.NOW;
    private static final List<ItemComment> ONE_COMMENT = List.of(new ItemComment("plan", "請補充預期效益"));

    private static ReviewTask assignedTask() {
        return ReviewTasks.assignedPlanApproval("task-1");
    }

    private static List<Object> payloads(ReviewTask task) {
        return task.pendingEvents().stream().map(PendingEvent::payload).map(Object.class::cast).toList();
    }

    @Test
    void assigningRecordsReviewTaskAssignedWithTheDueDate() {
        ReviewTask task = assignedTask();
        assertThat(task.status()).isEqualTo(ReviewTaskStatus.OPEN);
        assertThat(payloads(task)).singleElement().isInstanceOfSatisfying(ReviewTaskAssigned.class, e -> {
            assertThat(e.taskId()).isEqualTo("task-1");
            assertThat(e.reviewerId()).isEqualTo("reviewer");
            assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 3, 13));
        });
    }

    @Test
    void approvingRecordsTheDecisionAboutTheTaskAndCompletesIt() {
        ReviewTask task = assignedTask();
        task.decide("reviewer", ReviewDecision.APPROVED, List.of(), NOW);
        assertThat(task.status()).isEqualTo(ReviewTaskStatus.COMPLETED);
        assertThat(payloads(task)).hasSize(3);
        assertThat(payloads(task).get(1)).isInstanceOfSatisfying(PlanReviewDecided.class, e -> {
            assertThat(e.aggregateId()).isEqualTo("task-1");
            assertThat(e.planId()).isEqualTo("plan-1");
            assertThat(e.revision()).isEqualTo(2);
            assertThat(e.decision()).isEqualTo(ReviewDecision.APPROVED);
        });
        assertThat(payloads(task).get(2)).isInstanceOfSatisfying(ReviewTaskCompleted.class,
                e -> assertThat(e.outcome()).isEqualTo("APPROVED"));
    }

    @Test
    void returningKeepsTheCommentsPerItem() {
        ReviewTask task = assignedTask();
        task.decide("reviewer", ReviewDecision.RETURNED, ONE_COMMENT, NOW);
        assertThat(task.comments()).isEqualTo(ONE_COMMENT);
        assertThat(payloads(task).get(1)).isInstanceOfSatisfying(PlanReviewDecided.class,
                e -> assertThat(e.comments()).isEqualTo(ONE_COMMENT));
    }

    @Test
    void returningWithoutCommentsIsRefusedAndChangesNothing() {
        ReviewTask task = assignedTask();
        assertThatThrownBy(() -> task.decide("reviewer", ReviewDecision.RETURNED, List.of(), NOW))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).extracting(InvalidInput.Problem::field).containsExactly("comments"));
        assertThat(task.status()).isEqualTo(ReviewTaskStatus.OPEN);
        assertThat(task.pendingEvents()).hasSize(1);
    }

    @Test
    void decidingTwiceIsAlreadyDecided() {
        ReviewTask task = assignedTask();
        task.decide("reviewer", ReviewDecision.APPROVED, List.of(), NOW);
        assertThatThrownBy(() -> task.decide("reviewer", ReviewDecision.RETURNED, ONE_COMMENT, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("already-decided"));
        assertThat(task.decision()).isEqualTo(ReviewDecision.APPROVED);
    }

    @Test
    void onlyTheAssigneeDecides() {
        ReviewTask task = assignedTask();
        assertThatThrownBy(() -> task.decide("reviewer2", ReviewDecision.APPROVED, List.of(), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("not-assignee"));
        ReviewTask unassigned = ReviewTasks.planApproval("task-2");
        assertThatThrownBy(() -> unassigned.decide("reviewer", ReviewDecision.APPROVED, List.of(), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("not-assignee"));
    }

    @Test
    void aFollowUpCompletesWithoutAPlanDecision() {
        ReviewTask task = ReviewTasks.followUp("task-3");
        task.assignTo("reviewer", "王審查", NOW);
        task.decide("reviewer", ReviewDecision.APPROVED, List.of(), NOW);
        assertThat(payloads(task)).hasSize(2).last().isInstanceOf(ReviewTaskCompleted.class);
    }

    @Test
    void aPlanApprovalKeepsTheContentOfTheRevisionAsSubmitted() {
        ReviewTask task = assignedTask();
        assertThat(task.content()).isEqualTo(ReviewTasks.SUBMITTED_CONTENT);
        task.decide("reviewer", ReviewDecision.RETURNED, ONE_COMMENT, NOW);
        assertThat(task.content()).as("kept after the decision").isEqualTo(ReviewTasks.SUBMITTED_CONTENT);
    }

    @Test
    void aTaskOpenedFromASubmissionWithoutContentAndAFollowUpHaveNone() {
        assertThat(ReviewTasks.planApprovalWithoutContent("task-1").content()).isNull();
        assertThat(ReviewTasks.followUp("task-2").content()).isNull();
    }

    @Test
    void anOpenTaskIsOverdueFromTheDayAfterItsDueDate() {
        ReviewTask task = assignedTask(); // due 2026-03-13
        assertThat(task.overdueOn(LocalDate.of(2026, 3, 13))).isFalse();
        assertThat(task.overdueOn(LocalDate.of(2026, 3, 14))).isTrue();
        assertThat(ReviewTasks.planApproval("task-2").overdueOn(LocalDate.of(2026, 4, 1))).as("unassigned, open")
                .isTrue();
    }

    @Test
    void aDecidedTaskOrOneWithoutADueDateIsNeverOverdue() {
        ReviewTask task = assignedTask();
        task.decide("reviewer", ReviewDecision.APPROVED, List.of(), NOW);
        assertThat(task.overdueOn(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(ReviewTasks.storedWithoutDueDate(assignedTask()).overdueOn(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void aStoredTaskKeepsItsContent() {
        ReviewTask stored = ReviewTasks.storedWithoutDueDate(assignedTask());
        assertThat(stored.content()).isEqualTo(ReviewTasks.SUBMITTED_CONTENT);
        assertThat(stored.dueDate()).isNull();
    }

    @Test
    void theDeskShowsOpenTasksByDueDateThenThoseWithoutThenDecidedOnesNewestFirst() {
        ReviewTask overdue = assigned(ReviewTasks.planApproval("overdue", LocalDate.of(2026, 3, 2), NOW.minusSeconds(9)));
        ReviewTask dueSoon = assigned(ReviewTasks.planApproval("due-soon", LocalDate.of(2026, 3, 10), NOW));
        ReviewTask dueSoonOpenedLater = assigned(ReviewTasks.planApproval("due-soon-2", LocalDate.of(2026, 3, 10),
                NOW.plusSeconds(60)));
        ReviewTask dueLater = assigned(ReviewTasks.planApproval("due-later", LocalDate.of(2026, 4, 30), NOW));
        ReviewTask noDueDate = ReviewTasks.storedWithoutDueDate(
                assigned(ReviewTasks.planApproval("no-due-date", ReviewTasks.DUE, NOW.minusSeconds(3600))));
        ReviewTask decidedFirst = assigned(ReviewTasks.planApproval("decided-first", LocalDate.of(2026, 3, 1), NOW));
        decidedFirst.decide("reviewer", ReviewDecision.APPROVED, List.of(), NOW.plusSeconds(10));
        ReviewTask decidedLast = assigned(ReviewTasks.planApproval("decided-last", LocalDate.of(2026, 5, 1), NOW));
        decidedLast.decide("reviewer", ReviewDecision.RETURNED, ONE_COMMENT, NOW.plusSeconds(20));

        List<ReviewTask> shuffled = new ArrayList<>(List.of(decidedFirst, noDueDate, dueLater, decidedLast,
                dueSoonOpenedLater, overdue, dueSoon));
        Collections.shuffle(shuffled, new Random(9));

        assertThat(shuffled.stream().sorted(ReviewTask.DESK_ORDER).map(ReviewTask::getId)).containsExactly(
                "overdue", "due-soon", "due-soon-2", "due-later", "no-due-date", "decided-last", "decided-first");
    }

    private static ReviewTask assigned(ReviewTask task) {
        task.assignTo("reviewer", "王審查", task.openedAt());
        return task;
    }

    @Test
    void aTaskIsAssignedOnlyOnce() {
        ReviewTask task = assignedTask();
        assertThatThrownBy(() -> task.assignTo("reviewer2", "李審查", NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void onTheSameDueDateTheMoreUrgentTaskLeadsTheDesk() {
        ReviewTask ordinary = ReviewTasks.planApproval("ordinary", LocalDate.of(2026, 3, 13), NOW.minusSeconds(60));
        ReviewTask urgent = ReviewTasks.planApproval("urgent", LocalDate.of(2026, 3, 13), NOW)
                .withPriority(tw.uplift.platform.calendar.Urgency.URGENT);
        ReviewTask earlier = ReviewTasks.planApproval("earlier", LocalDate.of(2026, 3, 12), NOW);

        assertThat(java.util.stream.Stream.of(ordinary, urgent, earlier).sorted(ReviewTask.DESK_ORDER)
                .map(ReviewTask::getId)).containsExactly("earlier", "urgent", "ordinary");
        assertThat(ordinary.priority()).as("普通件 unless said otherwise")
                .isEqualTo(tw.uplift.platform.calendar.Urgency.ORDINARY);
    }
}
