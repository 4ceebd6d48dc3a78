package tw.uplift.contracts.values;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of a measure (填報期別): a month ({@code 2026-03}), a quarter ({@code 2026-Q1}), a half year
 * ({@code 2026-H1}) or a year ({@code 2026}). A progress report is due by the period's last day. The names are
 * what {@code MeasureProgressReported.period} carries, so plan-service and notification-service read them alike.
 *
 * @param cadence how long the period is
 * @param year    Gregorian year
 * @param index   1-based position in the year (month 1..12, quarter 1..4, half 1..2, always 1 for a year)
 */
public record ReportingPeriod(Cadence cadence, int year, int index) {

    private static final Pattern NAME = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|H([12])))?");

    /** How often a measure reports. */
    public enum Cadence {
        /** 每月 */
        MONTHLY(1),
        /** 每季; also the default for 持續辦理 (SPEC §2.5) */
        QUARTERLY(3),
        /** 每半年 */
        HALF_YEARLY(6),
        /** 每年 */
        YEARLY(12);

        private final int months;

        Cadence(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }

        /** Reads a cadence as the plan events name it; anything unknown or missing is the default, quarterly. */
        public static Cadence parse(String text) {
            if (text != null) {
                for (Cadence c : values()) {
                    if (c.name().equalsIgnoreCase(text.strip())) {
                        return c;
                    }
                }
            }
            return QUARTERLY;
        }
    }

    public ReportingPeriod {
        if (cadence == null || index < 1 || index > 12 / cadence.months) {
            throw new IllegalArgumentException("no period " + index + " of cadence " + cadence);
        }
    }

    /** The period that contains a date. */
    public static ReportingPeriod containing(Cadence cadence, LocalDate date) {
        return new ReportingPeriod(cadence, date.getYear(), (date.getMonthValue() - 1) / cadence.months + 1);
    }

    /** The period a progress report names ({@code 2026-03}, {@code 2026-Q1}, {@code 2026-H1}, {@code 2026}). */
    public static Optional<ReportingPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NAME.matcher(text.strip().toUpperCase());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? Optional.of(new ReportingPeriod(Cadence.MONTHLY, year, month))
                    : Optional.empty();
        }
        if (m.group(3) != null) {
            return Optional.of(new ReportingPeriod(Cadence.QUARTERLY, year, Integer.parseInt(m.group(3))));
        }
        if (m.group(4) != null) {
            return Optional.of(new ReportingPeriod(Cadence.HALF_YEARLY, year, Integer.parseInt(m.group(4))));
        }
        return Optional.of(new ReportingPeriod(Cadence.YEARLY, year, 1));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (index - 1) * cadence.months + 1, 1);
    }

    /** The due date of its progress report. */
    public LocalDate lastDay() {
        return YearMonth.from(firstDay()).plusMonths(cadence.months - 1L).atEndOfMonth();
    }

    public ReportingPeriod next() {
        return containing(cadence, lastDay().plusDays(1));
    }

    public ReportingPeriod previous() {
        return containing(cadence, firstDay().minusDays(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public String toString() {
        return switch (cadence) {
            case MONTHLY -> YearMonth.of(year, index).toString();
            case QUARTERLY -> year + "-Q" + index;
            case HALF_YEARLY -> year + "-H" + index;
            case YEARLY -> Integer.toString(year);
        };
    }
}
