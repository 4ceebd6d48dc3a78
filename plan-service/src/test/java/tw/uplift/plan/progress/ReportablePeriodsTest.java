package tw.uplift.plan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.contracts.values.ReportingPeriod.Cadence.HALF_YEARLY;
import static tw.uplift.contracts.values.ReportingPeriod.Cadence.MONTHLY;
import static tw.uplift.contracts.values.ReportingPeriod.Cadence.QUARTERLY;
import static tw.uplift.contracts.values.ReportingPeriod.Cadence.YEARLY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.values.ReportingPeriod;

class ReportablePeriodsTest {

    static final int YEAR_115 = 115; // 2026

    @Test
    void aQuarterlyMeasureOffersTheQuartersFromApprovalToTodayNewestFirst() {
        assertThat(names(ReportablePeriods.of(YEAR_115, LocalDate.of(2026, 3, 6), QUARTERLY, LocalDate.of(2026, 8, 15))))
                .containsExactly("2026-Q3", "2026-Q2", "2026-Q1");
    }

    @Test
    void approvedLateInAQuarterItStillReportsOnThatQuarterAsTheLightsAskForIt() {
        assertThat(names(ReportablePeriods.of(YEAR_115, LocalDate.of(2026, 6, 30), QUARTERLY, LocalDate.of(2026, 7, 1))))
                .containsExactly("2026-Q3", "2026-Q2");
        assertThat(names(ReportablePeriods.of(YEAR_115, LocalDate.of(2026, 7, 1), QUARTERLY, LocalDate.of(2026, 7, 1))))
                .containsExactly("2026-Q3");
    }

    @Test
    void approvedBeforeThePlanYearOrNotAtAllItStartsWithTheYear() {
        assertThat(names(ReportablePeriods.of(YEAR_115, LocalDate.of(2025, 12, 20), MONTHLY, LocalDate.of(2026, 3, 2))))
                .containsExactly("2026-03", "2026-02", "2026-01");
        assertThat(names(ReportablePeriods.of(YEAR_115, null, HALF_YEARLY, LocalDate.of(2026, 7, 2))))
                .containsExactly("2026-H2", "2026-H1");
    }

    @Test
    void aPeriodNotBegunIsNeverOffered() {
        assertThat(ReportablePeriods.of(YEAR_115, LocalDate.of(2025, 12, 20), QUARTERLY, LocalDate.of(2025, 12, 31)))
                .as("the plan year has not begun").isEmpty();
        assertThat(names(ReportablePeriods.of(YEAR_115, LocalDate.of(2026, 3, 31), QUARTERLY, LocalDate.of(2026, 3, 31))))
                .containsExactly("2026-Q1");
    }

    @Test
    void afterThePlanYearItsPeriodsStayOpenUpToItsLast() {
        assertThat(names(ReportablePeriods.of(YEAR_115, LocalDate.of(2026, 9, 1), QUARTERLY, LocalDate.of(2027, 2, 10))))
                .containsExactly("2026-Q4", "2026-Q3");
        assertThat(names(ReportablePeriods.of(YEAR_115, LocalDate.of(2026, 5, 1), YEARLY, LocalDate.of(2027, 1, 5))))
                .containsExactly("2026");
        // Approved only after its year: the year's last period, so the year's results can still be reported.
        assertThat(names(ReportablePeriods.of(YEAR_115, LocalDate.of(2027, 1, 10), QUARTERLY, LocalDate.of(2027, 1, 12))))
                .containsExactly("2026-Q4");
    }

    private static List<String> names(List<ReportingPeriod> periods) {
        return periods.stream().map(ReportingPeriod::toString).toList();
    }
}
