package tw.uplift.planimport.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How often progress on continuous or recurring work is reported. A cadence means: a progress report
 * is due by the last day of each period (QUARTERLY: 3/31, 6/30, 9/30, 12/31).
 */
public enum Cadence {
    /** 每月 */
    MONTHLY(1),
    /** 每季; also the default for 持續辦理 */
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

    /** Last day of every period of a Gregorian year, in order. */
    public List<LocalDate> periodEnds(int gregorianYear) {
        List<LocalDate> ends = new ArrayList<>();
        for (int month = months; month <= 12; month += months) {
            ends.add(YearMonth.of(gregorianYear, month).atEndOfMonth());
        }
        return ends;
    }

    /** The end of the period containing {@code day}: when the report for that period is due. */
    public LocalDate periodEndOf(LocalDate day) {
        int lastMonthOfPeriod = ((day.getMonthValue() - 1) / months + 1) * months;
        return YearMonth.of(day.getYear(), lastMonthOfPeriod).atEndOfMonth();
    }

    /** The first period end strictly after {@code day}. */
    public LocalDate nextPeriodEndAfter(LocalDate day) {
        LocalDate end = periodEndOf(day);
        return end.isAfter(day) ? end : periodEndOf(day.plusDays(1));
    }
}
