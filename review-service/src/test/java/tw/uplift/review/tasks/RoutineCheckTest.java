package tw.uplift.review.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.contracts.review.TrackingVerdict;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.outbox.PendingEvent;
import tw.uplift.review.inspection.Finding;
import tw.uplift.review.inspection.FindingVerdict;
import tw.uplift.review.inspection.SampleRequest;
import tw.uplift.review.inspection.Sampler;
import tw.uplift.review.inspection.SamplingMethod;

class RoutineCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 6);

    private static ReviewTask check() {
        ReviewTask task = ReviewTask.ofPlanYear("check-1", ReviewTaskKind.ROUTINE_CHECK,
                new PlanRevision("plan-1", 115, 2, "高雄市政府民政局115年度提升服務執行計畫",
                        ReviewTasks.SUBMITTED_CONTENT), ReviewTasks.CIVIL_AFFAIRS, "第一季平時查核", null,
                ReviewTasks.NOW);
        task.assignTo("reviewer", "王審查", ReviewTasks.NOW);
        return task;
    }

    private static void drawBoth(ReviewTask task) {
        task.drawSample("reviewer", Sampler.draw(task.content(),
                new SampleRequest(SamplingMethod.HAND_PICKED, null, null, List.of("m-sop", "m-continuous")), 0),
                ReviewTasks.NOW);
    }

    private static List<Object> recorded(ReviewTask task) {
        return task.pendingEvents().stream().map(PendingEvent::payload).map(Object.class::cast).toList();
    }

    @Test
    void findingsReleaseKeepOrRaiseACorrectiveActionAndCompleteTheCheck() {
        ReviewTask task = check();
        drawBoth(task);
        Finding release = new Finding("m-sop", FindingVerdict.RELEASE, "SOP 已公告", null, null)
                .validated("findings[m-sop]", TODAY);
        Finding correct = new Finding("m-continuous", FindingVerdict.CORRECTIVE_ACTION, "未見季檢覈紀錄",
                "補齊第一季檢覈紀錄", LocalDate.of(2026, 4, 3)).validated("findings[m-continuous]", TODAY);

        task.recordCheck("reviewer", List.of(correct, release), ReviewTasks.NOW);

        assertThat(task.status()).isEqualTo(ReviewTaskStatus.COMPLETED);
        assertThat(task.outcome()).isEqualTo(ReviewTask.CHECKED);
        assertThat(task.findings()).extracting(Finding::measureId).as("in sample order")
                .containsExactly("m-sop", "m-continuous");
        List<Object> events = recorded(task);
        assertThat(events).filteredOn(MeasureTrackingDecided.class::isInstance).map(MeasureTrackingDecided.class::cast)
                .extracting(MeasureTrackingDecided::measureId, MeasureTrackingDecided::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("m-sop", TrackingVerdict.RELEASED),
                        org.assertj.core.groups.Tuple.tuple("m-continuous", TrackingVerdict.KEPT_TRACKED));
        assertThat(events).filteredOn(MeasureTrackingDecided.class::isInstance).map(MeasureTrackingDecided.class::cast)
                .filteredOn(e -> e.correctiveActionId() != null).singleElement().satisfies(e -> {
                    assertThat(e.correctiveActionId()).isEqualTo(task.correctiveActionId("m-continuous"));
                    assertThat(e.measureId()).isEqualTo("m-continuous");
                    assertThat(e.aggregateId()).isEqualTo("check-1");
                    assertThat(e.planId()).isEqualTo("plan-1");
                    assertThat(e.actionDueDate()).isEqualTo(LocalDate.of(2026, 4, 3));
                    assertThat(e.correctiveAction()).isEqualTo("補齊第一季檢覈紀錄");
                });
        assertThat(events.getLast()).isInstanceOfSatisfying(ReviewTaskCompleted.class,
                e -> assertThat(e.outcome()).isEqualTo("CHECKED"));
    }

    @Test
    void everySampledMeasureNeedsAFindingAndNothingOutsideTheSample() {
        ReviewTask task = check();
        assertThatThrownBy(() -> task.recordCheck("reviewer", List.of(), ReviewTasks.NOW))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("sample"));
        task.drawSample("reviewer", Sampler.draw(task.content(),
                new SampleRequest(SamplingMethod.HAND_PICKED, null, null, List.of("m-sop")), 0), ReviewTasks.NOW);
        Finding outside = new Finding("m-continuous", FindingVerdict.KEEP_TRACKED, "仍在辦理", null, null);

        assertThatThrownBy(() -> task.recordCheck("reviewer", List.of(outside), ReviewTasks.NOW))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("findings[m-continuous]"));
        assertThatThrownBy(() -> task.recordCheck("reviewer", List.of(), ReviewTasks.NOW))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("findings[m-sop].verdict"));
        assertThat(task.open()).isTrue();
    }

    @Test
    void aFindingAlwaysHasAReasonAndACorrectiveActionAWhatAndAFutureDate() {
        assertThatThrownBy(() -> new Finding("m-sop", FindingVerdict.RELEASE, "  ", null, null)
                .validated("findings[m-sop]", TODAY)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("findings[m-sop].reason"));
        assertThatThrownBy(() -> new Finding("m-sop", FindingVerdict.CORRECTIVE_ACTION, "缺漏", null, TODAY)
                .validated("findings[m-sop]", TODAY)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("findings[m-sop].correctiveAction"));
        assertThatThrownBy(() -> new Finding("m-sop", FindingVerdict.CORRECTIVE_ACTION, "缺漏", "補正",
                TODAY.minusDays(1)).validated("findings[m-sop]", TODAY)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("findings[m-sop].actionDueDate"));
        assertThatThrownBy(() -> new Finding("m-sop", null, "x", null, null).validated("findings[m-sop]", TODAY))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("findings[m-sop].verdict"));
        assertThat(new Finding("m-sop", FindingVerdict.KEEP_TRACKED, " 進度落後 ", "ignored", TODAY)
                .validated("f", TODAY)).isEqualTo(new Finding("m-sop", FindingVerdict.KEEP_TRACKED, "進度落後", null,
                null));
    }

    @Test
    void onlyTheAssigneeWorksOnTheCheckAndOnlyOnACheck() {
        ReviewTask task = check();
        assertThatThrownBy(() -> task.drawSample("reviewer2", Sampler.draw(task.content(),
                new SampleRequest(SamplingMethod.RANDOM, 1, 1L, null), 0), ReviewTasks.NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("not-assignee"));
        ReviewTask approval = ReviewTasks.assignedPlanApproval("task-9");
        assertThatThrownBy(() -> approval.drawSample("reviewer", Sampler.draw(approval.content(),
                new SampleRequest(SamplingMethod.RANDOM, 1, 1L, null), 0), ReviewTasks.NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("wrong-kind"));
    }

    @Test
    void drawingAgainReplacesTheSampleAndTheHistoryKeepsEveryDraw() {
        ReviewTask task = check();
        task.drawSample("reviewer", Sampler.draw(task.content(),
                new SampleRequest(SamplingMethod.RANDOM, 1, 11L, null), 0), ReviewTasks.NOW);
        drawBoth(task);
        assertThat(task.sample().measureIds()).containsExactly("m-sop", "m-continuous");
        assertThat(task.history()).filteredOn(s -> s.action() == TaskStep.Action.SAMPLE_DRAWN)
                .extracting(TaskStep::note).containsExactly("RANDOM size=1 seed=11 measures=1",
                        "HAND_PICKED size=2 measures=2");
    }
}
