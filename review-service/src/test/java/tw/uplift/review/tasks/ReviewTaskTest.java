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
import tw.uplift.platform.web.RuleViolationException;

class ReviewTaskTest {

    private static final Instant NOW = Instant.parse("2026-03-06T02:00:00Z");
    private static final List<ItemComment> ONE_COMMENT = List.of(new ItemComment("plan", "請補充預期效益"));

    private static ReviewTask assignedTask() {
        ReviewTask task = ReviewTask.planApproval("task-1", "plan-1", 2, "kcg-civil-affairs", "高雄市政府民政局", null,
                "kcg-rdec", LocalDate.of(2026, 3, 13), NOW);
        task.assignTo("reviewer", "王審查", NOW);
        return task;
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
                .isInstanceOf(IllegalArgumentException.class);
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
                .isInstanceOf(IllegalStateException.class);
        ReviewTask unassigned = ReviewTask.planApproval("task-2", "plan-2", 1, "a", null, null, "kcg-rdec",
                LocalDate.of(2026, 3, 13), NOW);
        assertThatThrownBy(() -> unassigned.decide("reviewer", ReviewDecision.APPROVED, List.of(), NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFollowUpCompletesWithoutAPlanDecision() {
        ReviewTask task = ReviewTask.followUp("task-3", "survey-1", "kcg-civil-affairs", null, null, "kcg-rdec",
                "low satisfaction", LocalDate.of(2026, 3, 20), NOW);
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
