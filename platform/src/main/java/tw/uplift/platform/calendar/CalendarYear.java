package tw.uplift.platform.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Set;

/**
 * One year of the office calendar (一年的辦公日曆表): the days off (放假日) of that year, weekends included, and
 * the file it was read from. A Saturday missing from {@code daysOff} is a make-up workday (補行上班).
 *
 * @param year    the Gregorian year (西元年)
 * @param daysOff every day off of the year: weekends, national holidays, 補假 and 調整放假
 * @param source  where the year was read from, for log lines and error messages
 */
public record CalendarYear(Year year, Set<LocalDate> daysOff, String source) {

    public CalendarYear {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(source, "source");
        daysOff = Set.copyOf(daysOff);
        for (LocalDate day : daysOff) {
            if (day.getYear() != year.getValue()) {
                throw new IllegalArgumentException(day + " is not in " + year + " (" + source + ")");
            }
        }
    }

    public boolean isDayOff(LocalDate day) {
        return daysOff.contains(day);
    }
}
