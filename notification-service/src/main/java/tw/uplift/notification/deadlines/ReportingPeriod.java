package tw.uplift.notification.deadlines;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A reporting period of a continuous measure (持續辦理): a month ({@code 2026-03}) or a quarter
 * ({@code 2026-Q1}); a progress report is due by its last day.
 */
public record ReportingPeriod(Cadence cadence, int year, int index) {

    /** How often a continuous measure reports. */
    public enum Cadence {
        MONTHLY(1), QUARTERLY(3);

        private final int months;

        Cadence(int months) {
            this.months = months;
        }

        /** Parses the cadence of a plan event; anything unknown is the default, quarterly (SPEC §2.5). */
        public static Cadence parse(String text) {
            return text != null && text.trim().equalsIgnoreCase("MONTHLY") ? MONTHLY : QUARTERLY;
        }
    }

    /** The period that contains a date. */
    public static ReportingPeriod containing(Cadence cadence, LocalDate date) {
        return new ReportingPeriod(cadence, date.getYear(), (date.getMonthValue() - 1) / cadence.months + 1);
    }

    /** The period a progress report names ({@code 2026-Q1}, {@code 2026-03}), if it is one. */
    public static Optional<ReportingPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            String t = text.trim().toUpperCase();
            if (t.matches("\\d{4}-Q[1-4]")) {
                return Optional.of(new ReportingPeriod(Cadence.QUARTERLY, Integer.parseInt(t.substring(0, 4)),
                        t.charAt(6) - '0'));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return Optional.of(new ReportingPeriod(Cadence.MONTHLY, ym.getYear(), ym.getMonthValue()));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (index - 1) * cadence.months + 1, 1);
    }

    /** The due date of its progress report. */
    public LocalDate lastDay() {
        return firstDay().plusMonths(cadence.months).minusDays(1);
    }

    public ReportingPeriod next() {
        return containing(cadence, lastDay().plusDays(1));
    }

    @Override
    public String toString() {
        return cadence == Cadence.QUARTERLY ? year + "-Q" + index : YearMonth.of(year, index).toString();
    }
}
