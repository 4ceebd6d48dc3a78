package tw.uplift.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office calendar (辦公日曆) of Taiwan's government offices: a day is a working day (上班日) unless the year's
 * file says it is off. For a year without a file the calendar falls back to weekends only — national holidays are
 * then working days and make-up Saturdays are not, so due dates come out early — which it logs once per year and
 * reports through {@link #yearsWeekendsOnly()} (a metric and an alert read it), rather than refusing to count.
 */
public final class OfficeCalendar {

    private static final Logger log = LoggerFactory.getLogger(OfficeCalendar.class);

    private final Map<Year, CalendarYear> years;
    private final Set<Year> weekendsOnly = ConcurrentHashMap.newKeySet();

    public OfficeCalendar(Collection<CalendarYear> years) {
        this.years = years.stream().collect(Collectors.toUnmodifiableMap(CalendarYear::year, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException(a.year() + " is given twice: " + a.source() + " and " + b.source());
                }));
    }

    /** A calendar without files: every year is weekends only (tests, and a service that only needs the shape). */
    public static OfficeCalendar weekendsOnly() {
        return new OfficeCalendar(Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarYear year = years.get(Year.of(day.getYear()));
        if (year != null) {
            return !year.isDayOff(day);
        }
        if (weekendsOnly.add(Year.of(day.getYear()))) {
            log.warn("No office calendar for {}: counting weekends only, so its national holidays count as working days."
                    + " Drop the year's 政府行政機關辦公日曆表 CSV into uplift.calendar.directory.", day.getYear());
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The day {@code workingDays} working days after {@code start}, which itself is not counted: a Friday plus 5
     * is the next Friday when no holiday falls between, and a Saturday plus 1 is the Monday. Zero is {@code start}.
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        LocalDate day = start;
        for (int left = workingDays; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}; negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the year's file was loaded. */
    public boolean knows(Year year) {
        return years.containsKey(year);
    }

    /** The years read from files, earliest first. */
    public SortedSet<Year> knownYears() {
        return new TreeSet<>(years.keySet());
    }

    /** The years asked about so far that have no file and were counted with weekends only. */
    public SortedSet<Year> yearsWeekendsOnly() {
        return new TreeSet<>(weekendsOnly);
    }
}
