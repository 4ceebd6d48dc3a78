package tw.uplift.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.uplift.plan.authoring.Plans.NOW;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanContentSnapshot;
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
    void aSubmissionCarriesTheContentOfTheSubmittedRevision() {
        Plan plan = Plans.submitted("p-1");

        PlanSubmitted submitted = (PlanSubmitted) events(plan).getFirst();
        PlanContentSnapshot.Dimension dimension = submitted.content().dimensions().getFirst();
        assertThat(dimension.code()).isEqualTo("一");
        assertThat(dimension.title()).isEqualTo("完備基礎服務項目");
        assertThat(dimension.focusAreas().getFirst().title()).isEqualTo("建立業務標準作業流程");
        List<PlanContentSnapshot.Measure> measures = dimension.focusAreas().getFirst().measures();
        assertThat(measures).extracting(PlanContentSnapshot.Measure::id)
                .containsExactly(Plans.SOP_MEASURE, Plans.CONTINUOUS_MEASURE);
        assertThat(measures.getFirst()).satisfies(m -> {
            assertThat(m.code()).isEqualTo("1");
            assertThat(m.title()).isEqualTo("訂定標準作業流程(SOP)");
            assertThat(m.units()).containsExactly("戶籍行政科");
            assertThat(m.deadlineText()).isEqualTo("3月31日前");
            assertThat(m.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(m.cadence()).isNull();
        });
        assertThat(measures.getLast().cadence()).isEqualTo("QUARTERLY");
        assertThat(measures.getLast().dueDate()).isNull();
    }

    private static final LocalDate DUE_PASSED = LocalDate.of(2026, 4, 1);

    @Test
    void aResubmissionCarriesTheRevisedContentAndTheFirstKeepsItsOwn() {
        Plan plan = Plans.submitted("p-1");
        plan.applyDecision(Plans.returned("p-1", 1, "請補充預期效益"), Plans.fromTask("task-1", 2), Plans.PUBLIC_URL, NOW);
        plan.revise(Plans.text(plan.getTitle(), plan.getDimensions().stream().map(d -> new Dimension(d.code(), d.title(),
                d.focusAreas().stream().map(f -> new FocusArea(f.code(), f.title(), f.measures().stream()
                        .map(m -> new Measure(m.id(), m.code(), m.title(), "補充說明", m.units(), m.deadlineText(),
                                m.dueDate(), m.cadence(), "民眾申辦時間縮短", List.of(), null, false, null, null))
                        .toList())).toList())).toList()));
        plan.submit(Plans.CIVIL_AFFAIRS, "clerk", NOW);

        List<PlanSubmitted> submissions = events(plan).stream().filter(PlanSubmitted.class::isInstance)
                .map(PlanSubmitted.class::cast).toList();
        assertThat(submissions).extracting(PlanSubmitted::revision).containsExactly(1, 2);
        assertThat(firstMeasure(submissions.get(0)).expectedBenefit()).isNull();
        assertThat(firstMeasure(submissions.get(1)).expectedBenefit()).isEqualTo("民眾申辦時間縮短");
        assertThat(firstMeasure(submissions.get(1)).text()).isEqualTo("補充說明");
    }

    @Test
    void aPlanTooLargeForOneSubmissionIsRefusedAndStaysADraft() {
        Plan plan = Plans.draft("p-1");
        // 40 measures of 9,200 characters each (typed text allows 10,000 per measure): over 1 MB as JSON
        String longText = "訂定申辦案件SOP，包括流程、說明、檢具文件。".repeat(400);
        List<PlanContent.MeasureDraft> measures = IntStream.range(0, 40)
                .mapToObj(i -> new PlanContent.MeasureDraft(null, String.valueOf(i + 1), "作法" + i, longText,
                        List.of("各科室"), "12月31日前", null))
                .toList();
        plan.revise(Plans.text(plan.getTitle(), PlanContent.build(115, List.of(new PlanContent.DimensionDraft("一",
                "完備基礎服務項目", List.of(new PlanContent.FocusAreaDraft("(一)", "建立業務標準作業流程", measures)))))));

        assertThatThrownBy(() -> plan.submit(Plans.CIVIL_AFFAIRS, "clerk", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("too-large-to-submit"));
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.getRevision()).isZero();
        assertThat(plan.everSubmitted()).isFalse();
        assertThat(events(plan)).isEmpty();
    }

    @Test
    void aSubmittedPlanNamesItsSupervisingBody() {
        Plan draft = Plans.draft("p-1");
        assertThat(draft.everSubmitted()).isFalse();
        assertThat(draft.getSupervisingBodyId()).isNull();

        Plan submitted = Plans.submitted("p-2");
        assertThat(submitted.everSubmitted()).isTrue();
        assertThat(submitted.getSupervisingBodyId()).isEqualTo("kcg-rdec");
    }

    private static PlanContentSnapshot.Measure firstMeasure(PlanSubmitted submitted) {
        return submitted.content().dimensions().getFirst().focusAreas().getFirst().measures().getFirst();
    }

    @Test
    void aPlanUnderReviewCannotBeSubmittedAgainOrChanged() {
        Plan plan = Plans.submitted("p-1");
        assertThatThrownBy(() -> plan.submit(Plans.CIVIL_AFFAIRS, "clerk", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("wrong-state"));
        assertThatThrownBy(() -> plan.revise(Plans.text("new title", plan.getDimensions())))
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
        plan.completeMeasure(Plans.SOP_MEASURE, "clerk", NOW);

        assertThat(plan.measures().filter(Measure::completed)).extracting(Measure::id).containsExactly(Plans.SOP_MEASURE);
        assertThat(events(plan).getLast()).isInstanceOfSatisfying(MeasureCompleted.class,
                e -> assertThat(e.measureId()).isEqualTo(Plans.SOP_MEASURE));
        assertThatThrownBy(() -> plan.completeMeasure(Plans.SOP_MEASURE, "clerk", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("already-completed"));
    }

    @Test
    void onlyAnApprovedPlansMeasuresCanBeCompleted() {
        Plan plan = Plans.submitted("p-1");
        assertThatThrownBy(() -> plan.completeMeasure(Plans.SOP_MEASURE, "clerk", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessage()).contains("SUBMITTED"));
    }

    @Test
    void anOverdueNoticeMarksTheMeasureOnceAndNeverACompletedOne() {
        Plan plan = Plans.published("p-1");
        assertThat(plan.markOverdue(Plans.SOP_MEASURE, DUE_PASSED, Plans.fromDeadline("d-1", 3))).isTrue();
        assertThat(plan.markOverdue(Plans.SOP_MEASURE, DUE_PASSED, Plans.fromDeadline("d-1", 3))).as("redelivered").isFalse();

        plan.completeMeasure(Plans.CONTINUOUS_MEASURE, "clerk", NOW);
        assertThat(plan.markOverdue(Plans.CONTINUOUS_MEASURE, DUE_PASSED, Plans.fromDeadline("d-2", 1))).isFalse();
        assertThat(plan.measures().filter(Measure::overdue)).extracting(Measure::id).containsExactly(Plans.SOP_MEASURE);
    }
}
