package tw.uplift.notification.deadlines;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a continuous measure's progress report (執行成果填報) stands: the period it covers, and the last day
 * anything is owed (the end of the plan year).
 */
public record ReportingWindow(ReportingPeriod period, LocalDate trackUntil) {

    public ReportingWindow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(trackUntil, "trackUntil");
    }

    /** The next period's report, unless the plan year is over by then. */
    public Optional<ReportingWindow> next() {
        ReportingPeriod next = period.next();
        return next.firstDay().isAfter(trackUntil) ? Optional.empty() : Optional.of(new ReportingWindow(next, trackUntil));
    }
}
