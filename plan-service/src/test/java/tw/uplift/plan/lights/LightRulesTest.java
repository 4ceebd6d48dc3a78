package tw.uplift.plan.lights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.uplift.plan.lights.LightMessageKeys.CORRECTION_OPEN;
import static tw.uplift.plan.lights.LightMessageKeys.CORRECTION_OVERDUE;
import static tw.uplift.plan.lights.LightMessageKeys.DONE;
import static tw.uplift.plan.lights.LightMessageKeys.DUE_SOON;
import static tw.uplift.plan.lights.LightMessageKeys.FIRST_REPORT_DUE;
import static tw.uplift.plan.lights.LightMessageKeys.KEPT_TRACKED;
import static tw.uplift.plan.lights.LightMessageKeys.LAST_REPORT;
import static tw.uplift.plan.lights.LightMessageKeys.NOT_APPROVED;
import static tw.uplift.plan.lights.LightMessageKeys.NOT_TRACKED;
import static tw.uplift.plan.lights.LightMessageKeys.NO_EVIDENCE;
import static tw.uplift.plan.lights.LightMessageKeys.NO_REPORT;
import static tw.uplift.plan.lights.LightMessageKeys.NO_REPORT_SINCE;
import static tw.uplift.plan.lights.LightMessageKeys.ON_TRACK;
import static tw.uplift.plan.lights.LightMessageKeys.ON_TRACK_NO_REPORT;
import static tw.uplift.plan.lights.LightMessageKeys.OVERDUE;
import static tw.uplift.plan.lights.LightMessageKeys.PACE;
import static tw.uplift.plan.lights.LightMessageKeys.PLAN_GREEN;
import static tw.uplift.plan.lights.LightMessageKeys.PLAN_LONG_OVERDUE;
import static tw.uplift.plan.lights.LightMessageKeys.PLAN_NONE_TRACKED;
import static tw.uplift.plan.lights.LightMessageKeys.PLAN_PACE;
import static tw.uplift.plan.lights.LightMessageKeys.PLAN_RED;
import static tw.uplift.plan.lights.LightMessageKeys.PLAN_YELLOW;
import static tw.uplift.plan.lights.LightMessageKeys.RELEASED;
import static tw.uplift.plan.lights.LightMessageKeys.REPORTED;
import static tw.uplift.plan.lights.LightMessageKeys.REPORT_DUE;
import static tw.uplift.plan.lights.LightMessageKeys.REPORT_MISSING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.uplift.contracts.values.ReportingPeriod.Cadence;

/**
 * The status light rules at every threshold: each one the day (or percent) before, at and after it. A dated measure
 * here is approved on 2026-01-01 and due 100 days later, on 2026-04-11, so a day is a percent of its time.
 */
class LightRulesTest {

    static final LocalDate APPROVED = LocalDate.of(2026, 1, 1);
    static final LocalDate DUE = APPROVED.plusDays(100);
    static final LightThresholds DEFAULTS = LightThresholds.DEFAULTS;

    static Measures dated() {
        return Measures.dueOn(DUE).approvedOn(APPROVED);
    }

    static LightReason reason(String key, Object... args) {
        return LightReason.of(key, args);
    }

    @Nested
    class NotTracked {

        @Test
        void aMeasureOfAPlanNotApprovedIsGrey() {
            MeasureLight light = Measures.dueOn(DUE).lightOn(DUE.plusDays(5));

            assertThat(light.light()).isEqualTo(Light.GREY);
            assertThat(light.reasons()).containsExactly(reason(NOT_APPROVED));
        }

        @Test
        void aPlanApprovedAfterTheDayIsNotApprovedYetOnThatDay() {
            assertThat(dated().lightOn(APPROVED.minusDays(1)).light()).isEqualTo(Light.GREY);
            assertThat(dated().lightOn(APPROVED).light()).isEqualTo(Light.GREEN);
        }

        @Test
        void aMeasureWithNeitherDueDateNorCadenceIsGrey() {
            MeasureLight light = Measures.untracked().approvedOn(APPROVED).lightOn(DUE);

            assertThat(light.light()).isEqualTo(Light.GREY);
            assertThat(light.reasons()).containsExactly(reason(NOT_TRACKED));
        }
    }

    @Nested
    class Verdicts {

        @Test
        void aReleasedMeasureIsGreenEvenWhenItsDeadlinePassed() {
            MeasureLight light = dated().verdict(Verdict.RELEASED).lightOn(DUE.plusDays(40));

            assertThat(light.light()).isEqualTo(Light.GREEN);
            assertThat(light.reasons()).containsExactly(reason(RELEASED));
            assertThat(light.daysOverdue()).isZero();
        }

        @Test
        void aReleasedMeasureOfAPlanNotApprovedIsStillGrey() {
            assertThat(Measures.dueOn(DUE).verdict(Verdict.RELEASED).lightOn(DUE).light()).isEqualTo(Light.GREY);
        }

        @Test
        void keptTrackedMakesAGreenMeasureYellowWithTheVerdictFirst() {
            MeasureLight light = dated().reportedWithEvidence(DUE.minusDays(5), 100).completedOn(DUE.minusDays(5))
                    .verdict(Verdict.KEPT_TRACKED).lightOn(DUE);

            assertThat(light.light()).isEqualTo(Light.YELLOW);
            assertThat(light.reasons()).containsExactly(reason(KEPT_TRACKED), reason(DONE, DUE.minusDays(5)));
        }

        @Test
        void keptTrackedLeavesARedMeasureRedAndSaysSoLast() {
            MeasureLight light = dated().verdict(Verdict.KEPT_TRACKED).lightOn(DUE.plusDays(3));

            assertThat(light.light()).isEqualTo(Light.RED);
            assertThat(light.reasons()).containsExactly(reason(OVERDUE, 3), reason(NO_REPORT), reason(KEPT_TRACKED));
            assertThat(light.daysOverdue()).isEqualTo(3);
        }

        @Test
        void keptTrackedLeavesAYellowMeasureYellow() {
            MeasureLight light = dated().reported(DUE.minusDays(10), 60).verdict(Verdict.KEPT_TRACKED)
                    .lightOn(DUE.minusDays(10));

            assertThat(light.light()).isEqualTo(Light.YELLOW);
            assertThat(light.reasons()).containsExactly(reason(DUE_SOON, 10, 60), reason(KEPT_TRACKED));
        }
    }

    @Nested
    class CorrectiveActions {

        static final LocalDate RAISED = DUE.minusDays(30);
        static final LocalDate CORRECT_BY = DUE.minusDays(10);

        static Measures doneWithEvidence() {
            return dated().reportedWithEvidence(RAISED.minusDays(5), 100).completedOn(RAISED.minusDays(5));
        }

        @Test
        void anOpenActionMakesAGreenMeasureYellowWithTheActionFirst() {
            MeasureLight light = doneWithEvidence().correctionRequired(RAISED, CORRECT_BY).lightOn(RAISED);

            assertThat(light.light()).isEqualTo(Light.YELLOW);
            assertThat(light.reasons()).containsExactly(reason(CORRECTION_OPEN, CORRECT_BY),
                    reason(DONE, RAISED.minusDays(5)));
        }

        @Test
        void anOpenActionKeepsEvenAReleasedMeasureFromGreen() {
            MeasureLight light = dated().verdict(Verdict.RELEASED).correctionRequired(RAISED, CORRECT_BY)
                    .lightOn(CORRECT_BY);

            assertThat(light.light()).isEqualTo(Light.YELLOW);
            assertThat(light.reasons()).containsExactly(reason(CORRECTION_OPEN, CORRECT_BY), reason(RELEASED));
        }

        @Test
        void anActionPastItsDueDateUnansweredIsRedCountingFromTheDayAfter() {
            MeasureLight light = doneWithEvidence().correctionRequired(RAISED, CORRECT_BY)
                    .lightOn(CORRECT_BY.plusDays(1));

            assertThat(light.light()).isEqualTo(Light.RED);
            assertThat(light.reasons()).containsExactly(reason(CORRECTION_OVERDUE, 1), reason(DONE, RAISED.minusDays(5)));
            assertThat(light.daysOverdue()).isEqualTo(1);
        }

        @Test
        void onARedMeasureAnOpenActionIsSaidLastAndTheLongestOverdueCounts() {
            MeasureLight light = dated().correctionRequired(RAISED, CORRECT_BY).lightOn(DUE.plusDays(3));

            assertThat(light.light()).isEqualTo(Light.RED);
            assertThat(light.reasons()).containsExactly(reason(OVERDUE, 3), reason(NO_REPORT),
                    reason(CORRECTION_OVERDUE, 13));
            assertThat(light.daysOverdue()).isEqualTo(13);
        }

        @Test
        void anAnsweredActionWeighsNoMore() {
            Measures answered = doneWithEvidence().correctionAnswered(RAISED, CORRECT_BY, CORRECT_BY.minusDays(2));

            assertThat(answered.lightOn(CORRECT_BY.minusDays(3)).light()).as("before the answer").isEqualTo(Light.YELLOW);
            assertThat(answered.lightOn(CORRECT_BY.minusDays(2)).light()).isEqualTo(Light.GREEN);
            assertThat(answered.lightOn(CORRECT_BY.plusDays(20)).light()).isEqualTo(Light.GREEN);
        }

        @Test
        void anActionRaisedAfterTheDayIsNotKnownYet() {
            assertThat(doneWithEvidence().correctionRequired(RAISED, CORRECT_BY).lightOn(RAISED.minusDays(1)).light())
                    .isEqualTo(Light.GREEN);
        }

        @Test
        void theOverdueActionWeighsMoreThanOneStillInTime() {
            MeasureLight light = doneWithEvidence().correctionRequired(RAISED, CORRECT_BY.plusDays(20))
                    .correctionRequired(RAISED, CORRECT_BY).lightOn(CORRECT_BY.plusDays(4));

            assertThat(light.light()).isEqualTo(Light.RED);
            assertThat(light.reasons()).first().isEqualTo(reason(CORRECTION_OVERDUE, 4));
        }
    }

    @Nested
    class Completed {

        @Test
        void doneWithEvidenceIsGreen() {
            MeasureLight light = dated().reportedWithEvidence(DUE.minusDays(20), 100).completedOn(DUE.minusDays(20))
                    .lightOn(DUE);

            assertThat(light.light()).isEqualTo(Light.GREEN);
            assertThat(light.reasons()).containsExactly(reason(DONE, DUE.minusDays(20)));
        }

        @Test
        void evidenceOnAnEarlierReportCounts() {
            MeasureLight light = dated().reportedWithEvidence(DUE.minusDays(60), 40).reported(DUE.minusDays(20), 100)
                    .completedOn(DUE.minusDays(20)).lightOn(DUE);

            assertThat(light.light()).isEqualTo(Light.GREEN);
        }

        @Test
        void doneWithoutAnyEvidenceIsYellow() {
            MeasureLight light = dated().reported(DUE.minusDays(20), 100).completedOn(DUE.minusDays(20)).lightOn(DUE);

            assertThat(light.light()).isEqualTo(Light.YELLOW);
            assertThat(light.reasons()).containsExactly(reason(DONE, DUE.minusDays(20)), reason(NO_EVIDENCE));
        }

        @Test
        void doneWithoutEvidenceIsGreenWhenTheBodyRequiresNone() {
            LightThresholds noEvidence = DEFAULTS.with(new LightThresholdOverrides(false, null, null, null, null, null,
                    null, null));

            MeasureLight light = dated().completedOn(DUE.minusDays(20)).lightOn(DUE, noEvidence);

            assertThat(light.light()).isEqualTo(Light.GREEN);
        }

        @Test
        void doneLateIsStillDoneAndTheOverdueNoticeNoLongerCounts() {
            MeasureLight light = dated().reportedWithEvidence(DUE.plusDays(9), 100).overdueSince(DUE.plusDays(1))
                    .completedOn(DUE.plusDays(9)).lightOn(DUE.plusDays(10));

            assertThat(light.light()).isEqualTo(Light.GREEN);
            assertThat(light.daysOverdue()).isZero();
        }

        @Test
        void aCompletionAfterTheDayIsNotKnownOnThatDay() {
            MeasureLight light = dated().reportedWithEvidence(DUE.plusDays(3), 100).completedOn(DUE.plusDays(3))
                    .lightOn(DUE.plusDays(2));

            assertThat(light.light()).isEqualTo(Light.RED);
            assertThat(light.reasons()).containsExactly(reason(OVERDUE, 2), reason(NO_REPORT));
        }

        @Test
        void aCompletedContinuousMeasureIsDoneToo() {
            MeasureLight light = Measures.continuous(Cadence.QUARTERLY).approvedOn(APPROVED)
                    .reportedWithEvidence(LocalDate.of(2026, 5, 2), 100).completedOn(LocalDate.of(2026, 5, 2))
                    .lightOn(LocalDate.of(2026, 12, 1));

            assertThat(light.light()).isEqualTo(Light.GREEN);
            assertThat(light.reasons()).containsExactly(reason(DONE, LocalDate.of(2026, 5, 2)));
        }
    }

    @Nested
    class Overdue {

        @ParameterizedTest(name = "due date {0}: {1}, {2} days overdue")
        @CsvSource(textBlock = """
                -1, GREEN,  0
                 0, GREEN,  0
                 1, RED,    1
                 2, RED,    2
                12, RED,   12
                """)
        void aDatedMeasureIsRedFromTheDayAfterItsDueDate(int dayFromDue, Light expected, int daysOverdue) {
            MeasureLight light = dated().reported(DUE.minusDays(3), 90).lightOn(DUE.plusDays(dayFromDue));

            assertThat(light.light()).isEqualTo(expected);
            assertThat(light.daysOverdue()).isEqualTo(daysOverdue);
        }

        @Test
        void aRedLightSaysHowLongAndSinceWhenNothingWasReported() {
            MeasureLight light = dated().reported(DUE.minusDays(30), 40).lightOn(DUE.plusDays(12));

            assertThat(light.reasons()).containsExactly(reason(OVERDUE, 12), reason(NO_REPORT_SINCE, DUE.minusDays(30)));
            assertThat(light.paceWarning()).isFalse();
        }

        @ParameterizedTest(name = "overdue since due date {0}, today due date {1}: {2} days")
        @CsvSource(textBlock = """
                -3,  0,  4
                -1, -1,  1
                 5, 10, 10
                 1,  1,  1
                """)
        void theTrackersOverdueNoticeCountsFromWhicheverIsEarlier(int sinceFromDue, int todayFromDue, int days) {
            MeasureLight light = dated().reported(DUE.minusDays(10), 90).overdueSince(DUE.plusDays(sinceFromDue))
                    .lightOn(DUE.plusDays(todayFromDue));

            assertThat(light.light()).isEqualTo(Light.RED);
            assertThat(light.reasons()).first().isEqualTo(reason(OVERDUE, days));
            assertThat(light.daysOverdue()).isEqualTo(days);
        }

        @Test
        void anOverdueNoticeDatedAfterTheDayIsNotKnownYet() {
            MeasureLight light = dated().reported(DUE.minusDays(10), 90).overdueSince(DUE.minusDays(1))
                    .lightOn(DUE.minusDays(2));

            assertThat(light.light()).isEqualTo(Light.GREEN);
        }
    }

    @Nested
    class DueSoon {

        @ParameterizedTest(name = "{0} days left at 60 %: {1}")
        @CsvSource(textBlock = """
                15, GREEN
                14, YELLOW
                13, YELLOW
                 0, YELLOW
                """)
        void aMeasureBehindIsYellowWithinTheDueSoonDays(int daysLeft, Light expected) {
            // 60 % is above the pace warning's 50 %, so only the due-soon rule can make it yellow
            MeasureLight light = dated().reported(DUE.minusDays(20), 60).lightOn(DUE.minusDays(daysLeft));

            assertThat(light.light()).isEqualTo(expected);
            assertThat(light.paceWarning()).isFalse();
            if (expected == Light.YELLOW) {
                assertThat(light.reasons()).containsExactly(reason(DUE_SOON, daysLeft, 60));
            } else {
                assertThat(light.reasons()).containsExactly(reason(ON_TRACK, 60, DUE.minusDays(20), DUE));
            }
        }

        @ParameterizedTest(name = "{0} % ten days before: {1}")
        @CsvSource(textBlock = """
                79, YELLOW
                80, GREEN
                81, GREEN
                """)
        void aMeasureAtTheDueSoonPercentIsGreen(int percent, Light expected) {
            MeasureLight light = dated().reported(DUE.minusDays(12), percent).lightOn(DUE.minusDays(10));

            assertThat(light.light()).isEqualTo(expected);
        }

        @Test
        void aMeasureDueSoonWithNoReportIsYellowAndSaysSo() {
            // approved 40 days before its due date: 14 days left is 65 % of its time, short of the pace warning
            MeasureLight light = Measures.dueOn(DUE).approvedOn(DUE.minusDays(40)).lightOn(DUE.minusDays(14));

            assertThat(light.light()).isEqualTo(Light.YELLOW);
            assertThat(light.paceWarning()).isFalse();
            assertThat(light.reasons()).containsExactly(reason(DUE_SOON, 14, 0), reason(NO_REPORT));
        }

        @Test
        void theDueSoonDaysAreTheBodys() {
            LightThresholds today = DEFAULTS.with(new LightThresholdOverrides(null, 0, null, null, null, null, null, null));

            assertThat(dated().reported(DUE.minusDays(5), 60).lightOn(DUE.minusDays(1), today).light())
                    .isEqualTo(Light.GREEN);
            assertThat(dated().reported(DUE.minusDays(5), 60).lightOn(DUE, today).light()).isEqualTo(Light.YELLOW);
        }

        @Test
        void theLatestReportIsTheLastFiled() {
            MeasureLight light = dated().reported(DUE.minusDays(12), 90).reported(DUE.minusDays(30), 20)
                    .lightOn(DUE.minusDays(10));

            assertThat(light.light()).isEqualTo(Light.GREEN);
            assertThat(light.reasons()).containsExactly(reason(ON_TRACK, 90, DUE.minusDays(12), DUE));
        }

        @Test
        void aReportFiledAfterTheDayIsNotKnownYet() {
            MeasureLight light = dated().reported(DUE.minusDays(9), 90).lightOn(DUE.minusDays(10));

            assertThat(light.light()).isEqualTo(Light.YELLOW);
        }
    }

    @Nested
    class Pace {

        @ParameterizedTest(name = "day {0} of 100 at 49 %: {1}")
        @CsvSource(textBlock = """
                74, GREEN
                75, YELLOW
                76, YELLOW
                """)
        void thePaceWarningStartsWhenThreeQuartersOfTheTimeAreGone(int day, Light expected) {
            MeasureLight light = dated().reported(APPROVED.plusDays(60), 49).lightOn(APPROVED.plusDays(day));

            assertThat(light.light()).isEqualTo(expected);
            assertThat(light.paceWarning()).isEqualTo(expected == Light.YELLOW);
            if (expected == Light.YELLOW) {
                assertThat(light.reasons()).containsExactly(reason(PACE, 49, day, 100 - day));
            }
        }

        @ParameterizedTest(name = "{0} % on day 75 of 100: {1}")
        @CsvSource(textBlock = """
                49, YELLOW
                50, GREEN
                51, GREEN
                """)
        void thePaceWarningIsForMeasuresBelowHalfDone(int percent, Light expected) {
            MeasureLight light = dated().reported(APPROVED.plusDays(60), percent).lightOn(APPROVED.plusDays(75));

            assertThat(light.light()).isEqualTo(expected);
            assertThat(light.paceWarning()).isEqualTo(expected == Light.YELLOW);
        }

        @Test
        void nothingReportedIsBehindThePace() {
            MeasureLight light = dated().lightOn(APPROVED.plusDays(75));

            assertThat(light.light()).isEqualTo(Light.YELLOW);
            assertThat(light.paceWarning()).isTrue();
            assertThat(light.reasons()).containsExactly(reason(PACE, 0, 75, 25), reason(NO_REPORT));
        }

        @Test
        void nothingReportedBeforeThePaceWarningIsOnTrack() {
            MeasureLight light = dated().lightOn(APPROVED.plusDays(74));

            assertThat(light.light()).isEqualTo(Light.GREEN);
            assertThat(light.reasons()).containsExactly(reason(ON_TRACK_NO_REPORT, DUE));
        }

        @Test
        void whenDueSoonAndBehindThePaceThePaceReasonStandsAlone() {
            MeasureLight light = dated().reported(DUE.minusDays(20), 30).lightOn(DUE.minusDays(10));

            assertThat(light.light()).isEqualTo(Light.YELLOW);
            assertThat(light.paceWarning()).isTrue();
            assertThat(light.reasons()).containsExactly(reason(PACE, 30, 90, 10));
        }

        @Test
        void aMeasureApprovedOnItsDueDateHasNoTimeLeft() {
            MeasureLight light = Measures.dueOn(DUE).approvedOn(DUE).lightOn(DUE);

            assertThat(light.paceWarning()).isTrue();
            assertThat(light.reasons()).first().isEqualTo(reason(PACE, 0, 100, 0));
        }

        @Test
        void thePaceThresholdsAreTheBodys() {
            LightThresholds halfway = DEFAULTS.with(new LightThresholdOverrides(null, null, null, 0.5, 30, null, null,
                    null));

            assertThat(dated().reported(APPROVED.plusDays(40), 29).lightOn(APPROVED.plusDays(49), halfway).paceWarning())
                    .isFalse();
            assertThat(dated().reported(APPROVED.plusDays(40), 29).lightOn(APPROVED.plusDays(50), halfway).paceWarning())
                    .isTrue();
            assertThat(dated().reported(APPROVED.plusDays(40), 30).lightOn(APPROVED.plusDays(50), halfway).paceWarning())
                    .isFalse();
        }

        @ParameterizedTest(name = "day {0} of 100 against a share of 0.29: pace warning {1}")
        @CsvSource(textBlock = """
                28, false
                29, true
                """)
        void theShareOfTimeGoneIsComparedAndShownWithoutRoundingErrors(int day, boolean warned) {
            // 0.29 * 100 is 28.999... in doubles: day 29 of 100 must count, and read, as 29 %
            LightThresholds early = DEFAULTS.with(new LightThresholdOverrides(null, null, null, 0.29, null, null, null,
                    null));

            MeasureLight light = dated().lightOn(APPROVED.plusDays(day), early);

            assertThat(light.paceWarning()).isEqualTo(warned);
            if (warned) {
                assertThat(light.reasons()).first().isEqualTo(reason(PACE, 0, 29, 71));
            }
        }

        @Test
        void theTimeGoneIsShownRoundedDown() {
            LightThresholds sixty = DEFAULTS.with(new LightThresholdOverrides(null, null, null, 0.6, null, null, null,
                    null));

            MeasureLight light = Measures.dueOn(APPROVED.plusDays(3)).approvedOn(APPROVED)
                    .lightOn(APPROVED.plusDays(2), sixty);

            assertThat(light.reasons()).first().isEqualTo(reason(PACE, 0, 66, 1));
        }
    }

    @Nested
    class Continuous {

        static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);
        static final LocalDate Q1_REPORT = LocalDate.of(2026, 3, 28);
        static final LocalDate Q2_REPORT = LocalDate.of(2026, 6, 28);

        static Measures quarterly() {
            return Measures.continuous(Cadence.QUARTERLY).approvedOn(JAN_15).reportedFor("2026-Q1", Q1_REPORT, 20)
                    .reportedFor("2026-Q2", Q2_REPORT, 45);
        }

        @ParameterizedTest(name = "{0}, Q3 not reported: {1}")
        @CsvSource(textBlock = """
                2026-09-30, GREEN
                2026-10-01, YELLOW
                2026-10-09, YELLOW
                2026-10-10, YELLOW
                2026-10-11, RED
                """)
        void aMissingReportIsYellowThroughItsGraceAndRedAfter(LocalDate today, Light expected) {
            assertThat(quarterly().lightOn(today).light()).isEqualTo(expected);
        }

        @Test
        void withinTheGraceTheLightSaysByWhen() {
            MeasureLight light = quarterly().lightOn(LocalDate.of(2026, 10, 3));

            assertThat(light.reasons()).containsExactly(reason(REPORT_DUE, "2026-Q3", LocalDate.of(2026, 10, 10)));
        }

        @Test
        void pastTheGraceTheLightSaysWhichPeriodAndTheLastReport() {
            MeasureLight light = quarterly().lightOn(LocalDate.of(2026, 10, 11));

            assertThat(light.reasons()).containsExactly(
                    reason(REPORT_MISSING, "2026-Q3", LocalDate.of(2026, 9, 30)), reason(LAST_REPORT, Q2_REPORT));
            assertThat(light.daysOverdue()).isEqualTo(11);
        }

        @Test
        void theLastEndedPeriodReportedIsGreen() {
            MeasureLight light = quarterly().reportedFor("2026-Q3", LocalDate.of(2026, 10, 2), 70)
                    .lightOn(LocalDate.of(2026, 11, 20));

            assertThat(light.light()).isEqualTo(Light.GREEN);
            assertThat(light.reasons()).containsExactly(reason(REPORTED, "2026-Q3", 70, LocalDate.of(2026, 10, 2)));
        }

        @Test
        void aMonthlyReportForTheQuartersLastMonthCountsForTheQuarter() {
            MeasureLight light = quarterly().reportedFor("2026-09", LocalDate.of(2026, 9, 29), 60)
                    .lightOn(LocalDate.of(2026, 10, 20));

            assertThat(light.light()).isEqualTo(Light.GREEN);
        }

        @Test
        void aLateReportOnTheEarlierPeriodDoesNotCountForTheLastOne() {
            MeasureLight light = Measures.continuous(Cadence.QUARTERLY).approvedOn(JAN_15)
                    .reportedFor("2026-Q1", Q1_REPORT, 20).reportedFor("2026-Q2", LocalDate.of(2026, 10, 5), 45)
                    .lightOn(LocalDate.of(2026, 10, 20));

            assertThat(light.light()).isEqualTo(Light.RED);
            assertThat(light.reasons()).containsExactly(
                    reason(REPORT_MISSING, "2026-Q3", LocalDate.of(2026, 9, 30)),
                    reason(LAST_REPORT, LocalDate.of(2026, 10, 5)));
        }

        @Test
        void anEarlierPeriodNeverReportedKeepsItRedWhenTheNextPeriodsGraceBegins() {
            MeasureLight light = Measures.continuous(Cadence.QUARTERLY).approvedOn(JAN_15)
                    .reportedFor("2026-Q1", Q1_REPORT, 20).lightOn(LocalDate.of(2026, 10, 1));

            assertThat(light.light()).isEqualTo(Light.RED);
            assertThat(light.reasons()).containsExactly(
                    reason(REPORT_MISSING, "2026-Q2", LocalDate.of(2026, 6, 30)), reason(LAST_REPORT, Q1_REPORT));
            assertThat(light.daysOverdue()).isEqualTo(93);
        }

        @ParameterizedTest(name = "approved {0}, nothing reported on 2026-04-20: {1}")
        @CsvSource(textBlock = """
                2026-03-30, RED
                2026-03-31, RED
                2026-04-01, GREEN
                """)
        void aPeriodEndingOnOrAfterTheApprovalMustBeReported(LocalDate approved, Light expected) {
            MeasureLight light = Measures.continuous(Cadence.QUARTERLY).approvedOn(approved)
                    .lightOn(LocalDate.of(2026, 4, 20));

            assertThat(light.light()).isEqualTo(expected);
            if (expected == Light.RED) {
                assertThat(light.reasons()).containsExactly(
                        reason(REPORT_MISSING, "2026-Q1", LocalDate.of(2026, 3, 31)), reason(NO_REPORT));
            } else {
                assertThat(light.reasons())
                        .containsExactly(reason(FIRST_REPORT_DUE, "2026-Q2", LocalDate.of(2026, 6, 30)));
            }
        }

        @Test
        void theGraceIsTheBodys() {
            LightThresholds none = DEFAULTS.with(new LightThresholdOverrides(null, null, null, null, null, 0, null, null));

            assertThat(quarterly().lightOn(LocalDate.of(2026, 9, 30), none).light()).isEqualTo(Light.GREEN);
            assertThat(quarterly().lightOn(LocalDate.of(2026, 10, 1), none).light()).isEqualTo(Light.RED);
        }

        @Test
        void aMonthlyMeasureReportsEveryMonth() {
            Measures monthly = Measures.continuous(Cadence.MONTHLY).approvedOn(JAN_15)
                    .reportedFor("2026-02", LocalDate.of(2026, 3, 2), 30);

            assertThat(monthly.lightOn(LocalDate.of(2026, 3, 10)).light()).isEqualTo(Light.GREEN);
            assertThat(monthly.lightOn(LocalDate.of(2026, 4, 10)).light()).isEqualTo(Light.YELLOW);
            assertThat(monthly.lightOn(LocalDate.of(2026, 4, 11)).light()).isEqualTo(Light.RED);
        }

        @Test
        void theTrackersOverdueNoticeDoesNotOutliveALateReport() {
            MeasureLight light = quarterly().overdueSince(LocalDate.of(2026, 7, 11))
                    .reportedFor("2026-Q3", LocalDate.of(2026, 10, 2), 70).lightOn(LocalDate.of(2026, 10, 20));

            assertThat(light.light()).isEqualTo(Light.GREEN);
        }
    }

    @Nested
    class Plans {

        static MeasureLight green() {
            return MeasureLight.of(Light.GREEN, LightReason.of(ON_TRACK_NO_REPORT, DUE));
        }

        static MeasureLight yellow() {
            return MeasureLight.of(Light.YELLOW, LightReason.of(DUE_SOON, 5, 60));
        }

        static MeasureLight pace() {
            return new MeasureLight(Light.YELLOW, List.of(LightReason.of(PACE, 10, 80, 20)), true);
        }

        static MeasureLight red(int daysOverdue) {
            return new MeasureLight(Light.RED, List.of(LightReason.of(OVERDUE, daysOverdue)), false, daysOverdue);
        }

        static MeasureLight grey() {
            return MeasureLight.of(Light.GREY, LightReason.of(NOT_TRACKED));
        }

        static List<MeasureLight> of(int red, int yellow, int green, int grey) {
            List<MeasureLight> lights = new ArrayList<>();
            IntStream.range(0, red).forEach(i -> lights.add(red(5)));
            IntStream.range(0, yellow).forEach(i -> lights.add(yellow()));
            IntStream.range(0, green).forEach(i -> lights.add(green()));
            IntStream.range(0, grey).forEach(i -> lights.add(grey()));
            return lights;
        }

        @ParameterizedTest(name = "{0} of 10 tracked red: {1}")
        @CsvSource(textBlock = """
                1, YELLOW
                2, RED
                3, RED
                """)
        void aPlanIsRedWhenAFifthOfItsTrackedMeasuresAre(int red, Light expected) {
            // the grey ones do not count: 2 of 10 tracked is a fifth, although 2 of 13 is not
            PlanLight plan = LightRules.plan(of(red, 0, 10 - red, 3), DEFAULTS);

            assertThat(plan.light()).isEqualTo(expected);
            assertThat(plan.reasons()).first().isEqualTo(reason(PLAN_RED, red, 10));
        }

        @ParameterizedTest(name = "one of 24 red {0} days: {1}")
        @CsvSource(textBlock = """
                29, YELLOW
                30, YELLOW
                31, RED
                """)
        void aPlanIsRedWhenAnyMeasureIsOverdueMoreThanThirtyDays(int days, Light expected) {
            List<MeasureLight> lights = new ArrayList<>(of(0, 0, 23, 0));
            lights.add(red(days));

            PlanLight plan = LightRules.plan(lights, DEFAULTS);

            assertThat(plan.light()).isEqualTo(expected);
            if (expected == Light.RED) {
                assertThat(plan.reasons()).containsExactly(reason(PLAN_RED, 1, 24), reason(PLAN_LONG_OVERDUE, 1, 30, 31));
            } else {
                assertThat(plan.reasons()).containsExactly(reason(PLAN_RED, 1, 24));
            }
        }

        @Test
        void theLongestOverdueIsNamed() {
            List<MeasureLight> lights = new ArrayList<>(of(0, 0, 30, 0));
            lights.addAll(List.of(red(45), red(31), red(12)));

            PlanLight plan = LightRules.plan(lights, DEFAULTS);

            assertThat(plan.reasons()).contains(reason(PLAN_LONG_OVERDUE, 2, 30, 45));
        }

        @Test
        void anyYellowMakesThePlanYellow() {
            PlanLight plan = LightRules.plan(of(0, 1, 23, 0), DEFAULTS);

            assertThat(plan.light()).isEqualTo(Light.YELLOW);
            assertThat(plan.reasons()).containsExactly(reason(PLAN_YELLOW, 1, 24));
        }

        @Test
        void paceWarningsAreCounted() {
            List<MeasureLight> lights = new ArrayList<>(of(0, 1, 20, 0));
            lights.addAll(List.of(pace(), pace()));

            PlanLight plan = LightRules.plan(lights, DEFAULTS);

            assertThat(plan.light()).isEqualTo(Light.YELLOW);
            assertThat(plan.reasons()).containsExactly(reason(PLAN_YELLOW, 3, 23), reason(PLAN_PACE, 2));
        }

        @Test
        void allTrackedGreenIsGreenAndCountsEveryLight() {
            PlanLight plan = LightRules.plan(of(0, 0, 5, 2), DEFAULTS);

            assertThat(plan.light()).isEqualTo(Light.GREEN);
            assertThat(plan.reasons()).containsExactly(reason(PLAN_GREEN, 5, 5));
            assertThat(plan.counts()).isEqualTo(Map.of(Light.GREEN, 5, Light.YELLOW, 0, Light.RED, 0, Light.GREY, 2));
            assertThat(plan.tracked()).isEqualTo(5);
        }

        @Test
        void aPlanWithNothingTrackedIsGrey() {
            assertThat(LightRules.plan(of(0, 0, 0, 4), DEFAULTS))
                    .satisfies(p -> assertThat(p.light()).isEqualTo(Light.GREY))
                    .satisfies(p -> assertThat(p.reasons()).containsExactly(reason(PLAN_NONE_TRACKED)))
                    .satisfies(p -> assertThat(p.counts().get(Light.GREY)).isEqualTo(4));
            assertThat(LightRules.plan(List.of(), DEFAULTS).light()).isEqualTo(Light.GREY);
        }

        @Test
        void thePlanThresholdsAreTheBodys() {
            LightThresholds lenient = DEFAULTS.with(new LightThresholdOverrides(null, null, null, null, null, null, 0.5,
                    90));

            assertThat(LightRules.plan(of(4, 0, 6, 0), lenient).light()).isEqualTo(Light.YELLOW);
            assertThat(LightRules.plan(of(5, 0, 5, 0), lenient).light()).isEqualTo(Light.RED);
            assertThat(LightRules.plan(Stream.concat(Stream.of(red(90)), of(0, 0, 9, 0).stream()).toList(), lenient)
                    .light()).isEqualTo(Light.YELLOW);
        }
    }

    @Nested
    class BadInput {

        @Test
        void aReportsPercentIsZeroToHundred() {
            assertThatThrownBy(() -> dated().reported(DUE, 101)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("0..100");
            assertThatThrownBy(() -> dated().reported(DUE, -1)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void everyLightExplainsItself() {
            assertThatThrownBy(() -> new MeasureLight(Light.RED, List.of(), false))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("explains itself");
        }

        @Test
        void thresholdsThatMakeNoSenseAreRefusedByName() {
            assertThatThrownBy(() -> new LightThresholds(true, -1, 80, 0.75, 50, 10, 0.2, 30))
                    .hasMessageContaining("dueSoonDays");
            assertThatThrownBy(() -> new LightThresholds(true, 14, 101, 0.75, 50, 10, 0.2, 30))
                    .hasMessageContaining("dueSoonMinPercent");
            assertThatThrownBy(() -> new LightThresholds(true, 14, 80, 0, 50, 10, 0.2, 30))
                    .hasMessageContaining("paceTimeShare");
            assertThatThrownBy(() -> new LightThresholds(true, 14, 80, 1.01, 50, 10, 0.2, 30))
                    .hasMessageContaining("paceTimeShare");
            assertThatThrownBy(() -> new LightThresholds(true, 14, 80, 0.75, 50, -1, 0.2, 30))
                    .hasMessageContaining("reportGraceDays");
            assertThatThrownBy(() -> new LightThresholds(true, 14, 80, 0.75, 50, 10, Double.NaN, 30))
                    .hasMessageContaining("planRedShare");
        }
    }
}
