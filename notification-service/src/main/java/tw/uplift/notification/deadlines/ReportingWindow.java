package tw.uplift.notification.deadlines;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.contracts.values.ReportingPeriod.Cadence;
import tw.uplift.contracts.values.RocYear;

/**
 * Where a continuous measure's progress report (執行成果填報) stands: the period it covers (a month, a quarter, a
 * half year or the year, after the measure's cadence), and the last day anything is owed (the end of the plan
 * year).
 */
public record ReportingWindow(ReportingPeriod period, LocalDate trackUntil) {

    public ReportingWindow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(trackUntil, "trackUntil");
    }

    /**
     * The report owed first when a plan year's measure starts to be tracked on {@code today}: the period under
     * way, or the year's first period if the year has not begun; empty once the year is over.
     */
    public static Optional<ReportingWindow> owedFrom(Cadence cadence, RocYear year, LocalDate today) {
        LocalDate from = today.isBefore(year.firstDay()) ? year.firstDay() : today;
        if (from.isAfter(year.lastDay())) {
            return Optional.empty();
        }
        return Optional.of(new ReportingWindow(ReportingPeriod.containing(cadence, from), year.lastDay()));
    }

    /** The next period's report, unless the plan year is over by then. */
    public Optional<ReportingWindow> next() {
        ReportingPeriod next = period.next();
        return next.firstDay().isAfter(trackUntil) ? Optional.empty() : Optional.of(new ReportingWindow(next, trackUntil));
    }
}
