package tw.uplift.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.uplift.plan.authoring.Plans.NOW;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanPublished;
import tw.uplift.contracts.plan.PlanReturned;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.outbox.PendingEvent;

class PlanTest {

    private static List<DomainEvent> events(Plan plan) {
        return plan.pendingEvents().stream().map(PendingEvent::payload).toList();
    }

    @Test
    void submittingMakesRevisionOneAndRecordsPlanSubmittedForTheSupervisingBody() {
        Plan plan = Plans.submitted("p-1");

        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.getRevision()).isEqualTo(1);
        assertThat(events(plan)).singleElement().isInstanceOfSatisfying(PlanSubmitted.class, e -> {
            assertThat(e.supervisingBodyId()).isEqualTo("kcg-rdec");
            assertThat(e.measureCount()).isEqualTo(2);
            assertThat(e.rocYear()).isEqualTo(115);
        });
    }

    @Test
    void aPlanUnderReviewCannotBeSubmittedAgainOrChanged() {
        Plan plan = Plans.submitted("p-1");
        assertThatThrownBy(() -> plan.submit(Plans.CIVIL_AFFAIRS, "clerk", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("not-editable"));
        assertThatThrownBy(() -> plan.revise("new title", plan.getDimensions()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(events(plan)).hasSize(1);
    }

    @Test
    void anApprovalPublishesThePlanWithItsDatedMeasures() {
        Plan plan = Plans.published("p-1");

        assertThat(plan.getStatus()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(events(plan)).hasSize(3);
        assertThat(events(plan).get(1)).isInstanceOfSatisfying(PlanApproved.class, e -> assertThat(e.measures())
                .extracting(m -> m.dueDate()).containsExactly(LocalDate.of(2026, 3, 31), null));
        assertThat(events(plan).get(2)).isInstanceOfSatisfying(PlanPublished.class,
                e -> assertThat(e.publicUrl()).isEqualTo(Plans.PUBLIC_URL + "p-1"));
    }

    @Test
    void aReturnedPlanKeepsTheCommentsAndIsEditableAgain() {
        Plan plan = Plans.submitted("p-1");
        assertThat(plan.applyDecision(Plans.returned("p-1", 1, "請補充預期效益"), Plans.fromTask("task-1", 2),
                Plans.PUBLIC_URL, NOW)).isTrue();

        assertThat(plan.getStatus()).isEqualTo(PlanStatus.RETURNED);
        assertThat(plan.getReviewComments()).extracting(ReviewComment::comment).containsExactly("請補充預期效益");
        assertThat(events(plan).getLast()).isInstanceOf(PlanReturned.class);
        plan.submit(Plans.CIVIL_AFFAIRS, "clerk", NOW);
        assertThat(plan.getRevision()).isEqualTo(2);
    }

    @Test
    void aDecisionOnAnEarlierRevisionChangesNothing() {
        Plan plan = Plans.submitted("p-1");
        plan.applyDecision(Plans.returned("p-1", 1, "請修正"), Plans.fromTask("task-1", 2), Plans.PUBLIC_URL, NOW);
        plan.submit(Plans.CIVIL_AFFAIRS, "clerk", NOW);

        assertThat(plan.applyDecision(Plans.approval("p-1", 1), Plans.fromTask("task-1", 3), Plans.PUBLIC_URL, NOW))
                .as("a late approval of revision 1 must not approve revision 2").isFalse();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void aRedeliveredDecisionChangesNothing() {
        Plan plan = Plans.published("p-1");
        assertThat(plan.applyDecision(Plans.approval("p-1", 1), Plans.fromTask("task-1", 2), Plans.PUBLIC_URL, NOW))
                .isFalse();
        assertThat(events(plan)).hasSize(3);
    }

    @Test
    void completingAMeasureRecordsItOnce() {
        Plan plan = Plans.published("p-1");
        plan.completeMeasure(Plans.SOP_MEASURE, NOW);

        assertThat(plan.measures().filter(Measure::completed)).extracting(Measure::id).containsExactly(Plans.SOP_MEASURE);
        assertThat(events(plan).getLast()).isInstanceOfSatisfying(MeasureCompleted.class,
                e -> assertThat(e.measureId()).isEqualTo(Plans.SOP_MEASURE));
        assertThatThrownBy(() -> plan.completeMeasure(Plans.SOP_MEASURE, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("already-completed"));
    }

    @Test
    void onlyAnApprovedPlansMeasuresCanBeCompleted() {
        Plan plan = Plans.submitted("p-1");
        assertThatThrownBy(() -> plan.completeMeasure(Plans.SOP_MEASURE, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("not-approved"));
    }

    @Test
    void anOverdueNoticeMarksTheMeasureOnceAndNeverACompletedOne() {
        Plan plan = Plans.published("p-1");
        assertThat(plan.markOverdue(Plans.SOP_MEASURE, Plans.fromDeadline("d-1", 3))).isTrue();
        assertThat(plan.markOverdue(Plans.SOP_MEASURE, Plans.fromDeadline("d-1", 3))).as("redelivered").isFalse();

        plan.completeMeasure(Plans.CONTINUOUS_MEASURE, NOW);
        assertThat(plan.markOverdue(Plans.CONTINUOUS_MEASURE, Plans.fromDeadline("d-2", 1))).isFalse();
        assertThat(plan.measures().filter(Measure::overdue)).extracting(Measure::id).containsExactly(Plans.SOP_MEASURE);
    }
}
