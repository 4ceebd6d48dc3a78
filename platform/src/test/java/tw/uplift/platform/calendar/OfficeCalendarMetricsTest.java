package tw.uplift.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeCalendarMetricsTest {

    private final OfficeCalendar calendar = new OfficeCalendar(List.of(CalendarFixtures.year2024()));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void nextYearIsKnownWhenItsFileIsLoaded() {
        // 23:59 on 31 December 2023 in Taipei: next year is 2024, which has its file.
        bind(Instant.parse("2023-12-31T15:59:00Z"));
        assertThat(gauge("uplift.calendar.next.year.known")).isEqualTo(1);

        // Half an hour later it is 2024 in Taipei (still 2023 in UTC): next year is 2025, which has none.

        SimpleMeterRegistry later = new SimpleMeterRegistry();
        new OfficeCalendarMetrics(calendar, Clock.fixed(Instant.parse("2023-12-31T16:30:00Z"), ZoneOffset.UTC))
                .bindTo(later);
        assertThat(later.get("uplift.calendar.next.year.known").gauge().value()).isZero();
    }

    @Test
    void yearsCountedWithWeekendsOnlyAreCounted() {
        bind(Instant.parse("2024-06-01T00:00:00Z"));
        assertThat(gauge("uplift.calendar.years.weekends.only")).isZero();

        calendar.plusWorkingDays(LocalDate.of(2024, 12, 27), 10);   // into 2025
        calendar.isWorkingDay(LocalDate.of(2025, 3, 3));

        assertThat(gauge("uplift.calendar.years.weekends.only")).isEqualTo(1);
    }

    private void bind(Instant now) {
        new OfficeCalendarMetrics(calendar, Clock.fixed(now, ZoneOffset.UTC)).bindTo(registry);
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
