package tw.uplift.review.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Counts Taiwan working days (工作天): Monday to Friday, except the national holidays it is given.
 * Make-up workdays (補班) on Saturdays are not modelled yet; they arrive with the per-year calendar file.
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;

    public WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
    }

    /** A calendar that knows only weekends. */
    public static WorkingDays weekendsOnly() {
        return new WorkingDays(Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The day that is {@code days} working days after {@code start} (start itself is not counted):
     * a Friday plus 5 working days is the next Friday.
     */
    public LocalDate plus(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
