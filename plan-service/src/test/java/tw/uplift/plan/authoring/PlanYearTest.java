package tw.uplift.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.uplift.plan.authoring.Plans.NOW;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.plan.AnnualResultsSubmitted;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.MeasureProgressReported;
import tw.uplift.contracts.plan.PlanAmended;
import tw.uplift.contracts.plan.PlanClosed;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.plan.TrackedMeasure;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.plan.authoring.PlanHistoryEntry.Action;
import tw.uplift.plan.authoring.ProgressReport.ProgressStatus;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.events.EventPosition;
import tw.uplift.platform.outbox.PendingEvent;

/** A plan's year after the first draft: the head's confirmation, amendments, progress, results and closing. */
class PlanYearTest {

    private static List<DomainEvent> events(Plan plan) {
        return plan.pendingEvents().stream().map(PendingEvent::payload).toList();
    }

    private static ProgressReport report(String measureId, String period, ProgressStatus status, int percent) {
        return new ProgressReport("r-" + measureId + "-" + period, measureId, period, status, percent, "已辦理說明會",
                null, List.of(Evidence.link("活動照片", "https://example.gov.tw/photos")), "clerk", NOW);
    }

    @Test
    void aClerksSubmissionWaitsForTheHeadWhoSubmitsItOrSendsItBack() {
        Plan plan = Plans.draft("p-1");
        plan.requestSubmission("clerk", NOW);

        assertThat(plan.getStatus()).isEqualTo(PlanStatus.AWAITING_HEAD);
        assertThat(events(plan)).as("nothing leaves the agency before the head confirms").isEmpty();
        assertThatThrownBy(() -> plan.revise(plan.getText())).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.getMessage()).contains("AWAITING_HEAD"));

        plan.sendBack("head", "請補充預期效益", NOW);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);

        plan.requestSubmission("clerk", NOW);
        plan.submit(Plans.CIVIL_AFFAIRS, "head", NOW);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(events(plan)).singleElement().isInstanceOfSatisfying(PlanSubmitted.class,
                e -> assertThat(e.submittedBy()).isEqualTo("clerk"));
        assertThat(plan.getRevisions()).singleElement().satisfies(r -> {
            assertThat(r.submittedBy()).isEqualTo("clerk");
            assertThat(r.confirmedBy()).isEqualTo("head");
        });
        assertThat(plan.getHistory()).extracting(PlanHistoryEntry::action).containsExactly(Action.CREATED,
                Action.SUBMISSION_REQUESTED, Action.SENT_BACK, Action.SUBMISSION_REQUESTED, Action.SUBMITTED);
    }

    @Test
    void everyRevisionIsKeptWithItsOutcomeAndComments() {
        Plan plan = Plans.submitted("p-1");
        plan.applyDecision(Plans.returned("p-1", 1, "請修正"), Plans.fromTask("task-1", 1), Plans.PUBLIC_URL, NOW);
        plan.submit(Plans.CIVIL_AFFAIRS, "head", NOW);
        plan.applyDecision(Plans.approval("p-1", 2), Plans.fromTask("task-2", 1), Plans.PUBLIC_URL, NOW);

        assertThat(plan.getRevisions()).extracting(PlanRevision::number, PlanRevision::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, PlanRevision.Outcome.RETURNED),
                        org.assertj.core.groups.Tuple.tuple(2, PlanRevision.Outcome.APPROVED));
        assertThat(plan.revision(1).orElseThrow().comments()).extracting(ReviewComment::comment)
                .containsExactly("請修正");
    }

    @Test
    void anAmendmentIsANewRevisionThatReRegistersTheDeadlinesAndKeepsWhatWasDone() {
        Plan plan = Plans.published("p-1");
        plan.completeMeasure(Plans.CONTINUOUS_MEASURE, "clerk", NOW);
        PlanText amended = Plans.text(plan.getTitle(), PlanContent.build(115, List.of(new PlanContent.DimensionDraft(
                "一", "完備基礎服務項目", List.of(new PlanContent.FocusAreaDraft("(一)", "建立業務標準作業流程", List.of(
                        new PlanContent.MeasureDraft(Plans.SOP_MEASURE, "1", "訂定標準作業流程(SOP)", null,
                                List.of("戶籍行政科"), "6月30日前", null),
                        new PlanContent.MeasureDraft(Plans.CONTINUOUS_MEASURE, "2", "檢覈服務行為友善性", null,
                                List.of("秘書室"), "持續辦理", null))))))));

        plan.amend(amended, "修改 1 項推行作法", "clerk", NOW);

        assertThat(plan.getRevision()).isEqualTo(2);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plan.findMeasure(Plans.CONTINUOUS_MEASURE).orElseThrow().completed()).isTrue();
        assertThat(events(plan).getLast()).isInstanceOfSatisfying(PlanAmended.class, e -> {
            assertThat(e.revision()).isEqualTo(2);
            assertThat(e.measures()).as("only what is still owed is tracked").extracting(TrackedMeasure::measureId)
                    .containsExactly(Plans.SOP_MEASURE);
            assertThat(e.measures().getFirst().dueDate()).hasToString("2026-06-30");
        });
        assertThat(plan.revision(2).orElseThrow().kind()).isEqualTo(PlanRevision.Kind.AMENDMENT);
    }

    @Test
    void onlyAnApprovedPlanIsAmended() {
        Plan plan = Plans.submitted("p-1");
        assertThatThrownBy(() -> plan.amend(plan.getText(), "x", "clerk", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("wrong-state");
                    assertThat(e.getMessage()).contains("SUBMITTED");
                });
    }

    @Test
    void aProgressReportGoesOutAndADoneReportCompletesTheMeasure() {
        Plan plan = Plans.published("p-1");
        plan.reportProgress(report(Plans.SOP_MEASURE, "2026-Q1", ProgressStatus.ON_TRACK, 60), NOW);
        plan.reportProgress(report(Plans.SOP_MEASURE, "2026-Q1", ProgressStatus.DONE, 100), NOW);

        assertThat(plan.progressOf(Plans.SOP_MEASURE)).as("the second report for a period corrects the first")
                .singleElement().extracting(ProgressReport::percent).isEqualTo(100);
        assertThat(events(plan).subList(3, events(plan).size())).hasExactlyElementsOfTypes(
                MeasureProgressReported.class, MeasureProgressReported.class, MeasureCompleted.class);
        assertThat(plan.findMeasure(Plans.SOP_MEASURE).orElseThrow().completed()).isTrue();
    }

    @Test
    void aReportNamesAPeriodOfItsMeasuresCadenceInThePlanYearThatHasBegun() {
        Plan plan = Plans.published("p-1"); // NOW is 2026-03-06
        assertThatThrownBy(() -> plan.reportProgress(report(Plans.SOP_MEASURE, "2026-03", ProgressStatus.ON_TRACK, 5),
                NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("wrong-period"));
        assertThatThrownBy(() -> plan.reportProgress(report(Plans.SOP_MEASURE, "2025-Q4", ProgressStatus.ON_TRACK, 5),
                NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("wrong-period"));
        assertThatThrownBy(() -> plan.reportProgress(report(Plans.SOP_MEASURE, "2026-Q2", ProgressStatus.ON_TRACK, 5),
                NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("future-period"));
        assertThatThrownBy(() -> plan.reportProgress(report(Plans.SOP_MEASURE, "Q1", ProgressStatus.ON_TRACK, 5),
                NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("unknown-period"));
        assertThat(plan.getProgress()).isEmpty();
    }

    @Test
    void theHeadHandsInTheResultsAndTheYearClosesOnce() {
        Plan plan = Plans.published("p-1");
        plan.submitResults("head", NOW);
        assertThat(events(plan).getLast()).isInstanceOf(AnnualResultsSubmitted.class);
        assertThatThrownBy(() -> plan.reportProgress(report(Plans.SOP_MEASURE, "2026-Q1", ProgressStatus.DONE, 100),
                NOW)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessage()).contains("RESULTS_SUBMITTED"));

        assertThat(plan.close("review:task-9", NOW)).isTrue();
        assertThat(plan.close("review:task-9", NOW)).as("a redelivered score").isFalse();
        assertThat(events(plan).stream().filter(PlanClosed.class::isInstance)).hasSize(1);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.CLOSED);
    }

    @Test
    void aDraftCannotBeClosedOrHandedIn() {
        Plan plan = Plans.draft("p-1");
        assertThatThrownBy(() -> plan.close("admin", NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> plan.submitResults("head", NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void surveyResultsAreEvidenceOnTheirMeasureOnceAndTheNewestWins() {
        Plan plan = Plans.published("p-1");
        EventPosition first = new EventPosition("/uplift/survey-service", "s-1", 3);
        EventPosition later = new EventPosition("/uplift/survey-service", "s-1", 5);

        assertThat(plan.addSurveyResults(results(0.72), first)).isTrue();
        assertThat(plan.addSurveyResults(results(0.91), later)).isTrue();
        assertThat(plan.addSurveyResults(results(0.72), first)).as("an overtaken publication").isFalse();

        assertThat(plan.surveyResultsOf(Plans.CONTINUOUS_MEASURE)).singleElement().satisfies(s -> {
            assertThat(s.satisfactionRate()).isEqualTo(0.91);
            assertThat(s.belowThreshold()).isFalse();
        });
    }

    private static SurveyResultsPublished results(double rate) {
        return new SurveyResultsPublished("s-1", Plans.CIVIL_AFFAIRS.id(), "p-1", Plans.CONTINUOUS_MEASURE, 120, rate,
                0, Instant.parse("2026-03-05T00:00:00Z"));
    }
}
