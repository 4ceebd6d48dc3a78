package tw.uplift.notification.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.uplift.notification.deadlines.ReportingPeriod.Cadence;

class ReportingPeriodTest {

    @Test
    void aQuarterIsDueOnItsLastDay() {
        ReportingPeriod q = ReportingPeriod.containing(Cadence.QUARTERLY, LocalDate.of(2026, 2, 10));

        assertThat(q).hasToString("2026-Q1");
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q.next()).hasToString("2026-Q2");
        assertThat(ReportingPeriod.containing(Cadence.QUARTERLY, LocalDate.of(2026, 12, 1)).next())
                .hasToString("2027-Q1");
    }

    @Test
    void aMonthIsDueOnItsLastDay() {
        ReportingPeriod m = ReportingPeriod.containing(Cadence.MONTHLY, LocalDate.of(2028, 2, 3));

        assertThat(m).hasToString("2028-02");
        assertThat(m.lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void readsThePeriodsProgressReportsName() {
        assertThat(ReportingPeriod.parse("2026-Q3")).contains(new ReportingPeriod(Cadence.QUARTERLY, 2026, 3));
        assertThat(ReportingPeriod.parse("2026-07")).contains(new ReportingPeriod(Cadence.MONTHLY, 2026, 7));
        assertThat(ReportingPeriod.parse("第三季")).isEmpty();
        assertThat(Cadence.parse("MONTHLY")).isEqualTo(Cadence.MONTHLY);
        assertThat(Cadence.parse(null)).isEqualTo(Cadence.QUARTERLY);
    }
}
