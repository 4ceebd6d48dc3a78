package tw.uplift.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.review.TrackingVerdict;

/** What routine checks find about a plan's measures: the verdict in force, and corrective actions open or answered. */
class PlanFindingsTest {

    private static final Instant FIRST_CHECK = Instant.parse("2026-05-04T02:00:00Z");
    private static final Instant SECOND_CHECK = Instant.parse("2026-08-03T02:00:00Z");
    private static final LocalDate CORRECT_BY = LocalDate.of(2026, 5, 18);

    private static TrackingDecision kept(Instant at) {
        return new TrackingDecision(Plans.SOP_MEASURE, TrackingVerdict.KEPT_TRACKED, "SOP 尚未公告", "reviewer", at,
                "check-1");
    }

    private static TrackingDecision released(Instant at) {
        return new TrackingDecision(Plans.SOP_MEASURE, TrackingVerdict.RELEASED, "SOP 已公告並辦理教育訓練", "reviewer",
                at, "check-2");
    }

    private static CorrectiveAction raised() {
        return CorrectiveAction.raised("action-1", Plans.SOP_MEASURE, "於網站公告 SOP", CORRECT_BY);
    }

    @Test
    void aVerdictIsKeptOnItsMeasureWithWhyWhoAndWhen() {
        Plan plan = Plans.published("p-1");

        assertThat(plan.decideTracking(kept(FIRST_CHECK), null)).isTrue();

        assertThat(plan.trackingDecisionOf(Plans.SOP_MEASURE)).hasValueSatisfying(d -> {
            assertThat(d.verdict()).isEqualTo(TrackingVerdict.KEPT_TRACKED);
            assertThat(d.reason()).isEqualTo("SOP 尚未公告");
            assertThat(d.reviewerId()).isEqualTo("reviewer");
            assertThat(d.decidedAt()).isEqualTo(FIRST_CHECK);
        });
        assertThat(plan.released(Plans.SOP_MEASURE)).isFalse();
        assertThat(plan.trackingDecisionOf(Plans.CONTINUOUS_MEASURE)).isEmpty();
    }

    @Test
    void aLaterVerdictReplacesTheOneInForceAndARedeliveryChangesNothing() {
        Plan plan = Plans.published("p-1");
        plan.decideTracking(kept(FIRST_CHECK), null);

        assertThat(plan.decideTracking(released(SECOND_CHECK), null)).isTrue();
        assertThat(plan.decideTracking(released(SECOND_CHECK), null)).as("redelivered").isFalse();

        assertThat(plan.released(Plans.SOP_MEASURE)).isTrue();
    }

    @Test
    void anOlderVerdictArrivingLateDoesNotOverrideANewerOne() {
        Plan plan = Plans.published("p-1");
        plan.decideTracking(released(SECOND_CHECK), null);

        assertThat(plan.decideTracking(kept(FIRST_CHECK), null)).isFalse();

        assertThat(plan.released(Plans.SOP_MEASURE)).isTrue();
    }

    @Test
    void aVerdictOnAMeasureThePlanDoesNotHaveIsIgnored() {
        Plan plan = Plans.published("p-1");

        assertThat(plan.decideTracking(new TrackingDecision("m-gone", TrackingVerdict.RELEASED, "—", "reviewer",
                FIRST_CHECK, "check-1"), null)).isFalse();
    }

    @Test
    void aKeptVerdictNotesTheCorrectiveActionItRaisesOpenOnTheMeasure() {
        Plan plan = Plans.published("p-1");

        plan.decideTracking(kept(FIRST_CHECK), raised());

        assertThat(plan.correctiveActionsOf(Plans.SOP_MEASURE)).singleElement().satisfies(a -> {
            assertThat(a.what()).isEqualTo("於網站公告 SOP");
            assertThat(a.dueDate()).isEqualTo(CORRECT_BY);
            assertThat(a.open()).isTrue();
        });
    }

    @Test
    void anOverridenVerdictStillNotesTheActionItRaised() {
        Plan plan = Plans.published("p-1");
        plan.decideTracking(released(SECOND_CHECK), null);

        assertThat(plan.decideTracking(kept(FIRST_CHECK), raised())).isTrue();

        assertThat(plan.released(Plans.SOP_MEASURE)).isTrue();
        assertThat(plan.correctiveActionsOf(Plans.SOP_MEASURE)).hasSize(1);
    }

    @Test
    void theOpenedActionsFindingAndDeadlineWinInEitherOrder() {
        Plan verdictFirst = Plans.published("p-1");
        verdictFirst.decideTracking(kept(FIRST_CHECK), raised());
        verdictFirst.requireCorrection("action-1", Plans.SOP_MEASURE, "於網站公告 SOP 並辦理教育訓練", CORRECT_BY.plusDays(3),
                FIRST_CHECK);
        Plan actionFirst = Plans.published("p-1");
        actionFirst.requireCorrection("action-1", Plans.SOP_MEASURE, "於網站公告 SOP 並辦理教育訓練", CORRECT_BY.plusDays(3),
                FIRST_CHECK);
        assertThat(actionFirst.decideTracking(kept(FIRST_CHECK), raised())).as("the verdict itself is new").isTrue();

        assertThat(verdictFirst.correctiveActionsOf(Plans.SOP_MEASURE))
                .isEqualTo(actionFirst.correctiveActionsOf(Plans.SOP_MEASURE)).singleElement().satisfies(a -> {
                    assertThat(a.what()).isEqualTo("於網站公告 SOP 並辦理教育訓練");
                    assertThat(a.dueDate()).isEqualTo(CORRECT_BY.plusDays(3));
                });
    }

    @Test
    void anAnswerClosesTheActionOnceEvenWhenItOvertookTheAction() {
        Plan plan = Plans.published("p-1");
        Instant answeredAt = Instant.parse("2026-05-15T02:00:00Z");

        assertThat(plan.correctionAnswered("action-1", answeredAt)).isTrue();
        assertThat(plan.requireCorrection("action-1", Plans.SOP_MEASURE, "於網站公告 SOP", CORRECT_BY, FIRST_CHECK))
                .isTrue();
        assertThat(plan.correctionAnswered("action-1", answeredAt)).as("redelivered").isFalse();
        assertThat(plan.requireCorrection("action-1", Plans.SOP_MEASURE, "於網站公告 SOP", CORRECT_BY, FIRST_CHECK))
                .as("redelivered").isFalse();

        assertThat(plan.correctiveActionsOf(Plans.SOP_MEASURE)).singleElement().satisfies(a -> {
            assertThat(a.open()).isFalse();
            assertThat(a.respondedAt()).isEqualTo(answeredAt);
        });
    }

    @Test
    void anActionAboutNoMeasureOfThePlanIsNotShown() {
        Plan plan = Plans.published("p-1");

        assertThat(plan.requireCorrection("action-1", null, "整體網站無障礙", CORRECT_BY, FIRST_CHECK)).isFalse();
        assertThat(plan.requireCorrection("action-2", "m-gone", "—", CORRECT_BY, FIRST_CHECK)).isFalse();
    }
}
