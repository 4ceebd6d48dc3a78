package tw.uplift.review.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
        assertThat(task.status()).isEqualTo(ReviewTaskStatus.ASSIGNED);
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
        assertThat(task.status()).isEqualTo(ReviewTaskStatus.ASSIGNED);
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
    void aTaskIsAssignedOnlyOnce() {
        ReviewTask task = assignedTask();
        assertThatThrownBy(() -> task.assignTo("reviewer2", "李審查", NOW)).isInstanceOf(RuleViolationException.class);
    }
}
