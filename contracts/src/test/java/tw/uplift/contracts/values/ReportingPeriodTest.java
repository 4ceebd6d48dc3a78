package tw.uplift.contracts.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.values.ReportingPeriod.Cadence;

class ReportingPeriodTest {

    @Test
    void eachCadenceNamesItsPeriodsAndEndsThemOnTheirLastDay() {
        LocalDate day = LocalDate.of(2028, 2, 29);

        assertThat(ReportingPeriod.containing(Cadence.MONTHLY, day)).hasToString("2028-02")
                .extracting(ReportingPeriod::lastDay).isEqualTo(day);
        assertThat(ReportingPeriod.containing(Cadence.QUARTERLY, day)).hasToString("2028-Q1")
                .extracting(ReportingPeriod::lastDay).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(ReportingPeriod.containing(Cadence.HALF_YEARLY, day)).hasToString("2028-H1")
                .extracting(ReportingPeriod::lastDay).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(ReportingPeriod.containing(Cadence.YEARLY, day)).hasToString("2028")
                .extracting(ReportingPeriod::lastDay).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void periodsFollowEachOtherAcrossHalvesAndYears() {
        ReportingPeriod h1 = ReportingPeriod.containing(Cadence.HALF_YEARLY, LocalDate.of(2026, 6, 30));

        assertThat(h1.next()).hasToString("2026-H2");
        assertThat(h1.next().firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(h1.next().next()).hasToString("2027-H1");
        assertThat(h1.previous()).hasToString("2025-H2");
        assertThat(ReportingPeriod.containing(Cadence.YEARLY, LocalDate.of(2026, 12, 31)).next()).hasToString("2027");
        assertThat(ReportingPeriod.containing(Cadence.QUARTERLY, LocalDate.of(2026, 1, 1)).previous())
                .hasToString("2025-Q4");
        assertThat(h1.contains(LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(h1.contains(LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void readsEveryPeriodNameItWritesAndNothingElse() {
        for (Cadence cadence : Cadence.values()) {
            ReportingPeriod period = ReportingPeriod.containing(cadence, LocalDate.of(2026, 11, 5));
            assertThat(ReportingPeriod.parse(period.toString())).contains(period);
        }
        assertThat(ReportingPeriod.parse(" 2026-q3 ")).contains(new ReportingPeriod(Cadence.QUARTERLY, 2026, 3));
        assertThat(ReportingPeriod.parse("第三季")).isEmpty();
        assertThat(ReportingPeriod.parse("2026-13")).isEmpty();
        assertThat(ReportingPeriod.parse("2026-H3")).isEmpty();
        assertThat(ReportingPeriod.parse(null)).isEmpty();
        assertThatThrownBy(() -> new ReportingPeriod(Cadence.HALF_YEARLY, 2026, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownCadenceIsQuarterly() {
        assertThat(Cadence.parse("half_yearly")).isEqualTo(Cadence.HALF_YEARLY);
        assertThat(Cadence.parse("YEARLY")).isEqualTo(Cadence.YEARLY);
        assertThat(Cadence.parse("fortnightly")).isEqualTo(Cadence.QUARTERLY);
        assertThat(Cadence.parse(null)).isEqualTo(Cadence.QUARTERLY);
    }
}
