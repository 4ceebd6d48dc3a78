package tw.uplift.platform.calendar;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Year;
import tw.uplift.contracts.values.TaipeiTime;

/**
 * Makes a missing calendar year visible before it costs a due date: {@code uplift.calendar.next.year.known} (1 when
 * next year's file, by Taipei's date on the service clock, is loaded) and {@code uplift.calendar.years.weekends.only}
 * (years asked about that had no file and were counted with weekends only). Alert {@code UpliftOfficeCalendarMissing}
 * reads both.
 */
public final class OfficeCalendarMetrics implements MeterBinder {

    private final OfficeCalendar calendar;
    private final Clock clock;

    public OfficeCalendarMetrics(OfficeCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        // Strong references: a gauge otherwise holds its object weakly and reads NaN once nobody else holds the
        // binder (the CI run of 2 December 2026 caught exactly that in OfficeCalendarMetricsTest).
        Gauge.builder("uplift.calendar.next.year.known", this, m -> m.nextYearKnown() ? 1 : 0)
                .description("1 when next year's office calendar (Asia/Taipei) is loaded, 0 when it would be weekends only")
                .strongReference(true)
                .register(registry);
        Gauge.builder("uplift.calendar.years.weekends.only", calendar, c -> c.yearsWeekendsOnly().size())
                .description("Years asked about without an office calendar file, counted with weekends only")
                .strongReference(true)
                .register(registry);
    }

    boolean nextYearKnown() {
        return calendar.knows(Year.from(TaipeiTime.today(clock)).plusYears(1));
    }
}
