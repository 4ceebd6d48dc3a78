package tw.uplift.platform.calendar;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Due dates (限辦日期) of documents by their urgency, counted in working days on the office calendar. */
public final class DueDates {

    private final OfficeCalendar calendar;
    private final Map<Urgency, Integer> workingDays = new EnumMap<>(Urgency.class);

    /** With the standard handling times, except where {@code configured} gives others. */
    public DueDates(OfficeCalendar calendar, Map<Urgency, Integer> configured) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        for (Urgency urgency : Urgency.values()) {
            int days = configured.getOrDefault(urgency, urgency.standardWorkingDays());
            if (days < 1) {
                throw new IllegalArgumentException("uplift.calendar.urgency." + urgency + " must be at least one working day: " + days);
            }
            workingDays.put(urgency, days);
        }
    }

    /** The standard handling times of the 文書處理手冊. */
    public static DueDates standard(OfficeCalendar calendar) {
        return new DueDates(calendar, Map.of());
    }

    /** The day a document received (or created) on {@code start} is due; {@code start} itself is not counted. */
    public LocalDate dueDate(LocalDate start, Urgency urgency) {
        return calendar.plusWorkingDays(start, workingDays(urgency));
    }

    public int workingDays(Urgency urgency) {
        return workingDays.get(urgency);
    }
}
