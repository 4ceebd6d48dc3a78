package tw.uplift.notification.deadlines.application;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import tw.uplift.notification.deadlines.DeadlineLadder;
import tw.uplift.platform.calendar.OfficeCalendar;

/**
 * {@code uplift.deadlines.*}: the ladder and the scheduler. The defaults live here and only here;
 * {@code notification-service.yml} names a value only where it differs.
 *
 * @param reminderDays   days before the due date a reminder goes out (default 7 and 1)
 * @param reminderTime   local time (Asia/Taipei) of reminders and escalations (default 09:00)
 * @param escalationDays working days after the due date an overdue item is escalated (default 14)
 * @param tickInterval   how often the scheduler looks for due steps (default 5 s)
 * @param bucketWidth    the span of one time bucket (default an hour; must divide a day)
 * @param lease          how long a claimed bucket stays with one instance if it dies (default a minute)
 */
@ConfigurationProperties("uplift.deadlines")
public record DeadlineProperties(
        @DefaultValue({"7", "1"}) List<Integer> reminderDays,
        @DefaultValue("09:00") LocalTime reminderTime,
        @DefaultValue("14") int escalationDays,
        @DefaultValue("PT5S") Duration tickInterval,
        @DefaultValue("PT1H") Duration bucketWidth,
        @DefaultValue("PT1M") Duration lease) {

    /** The ladder, escalating on {@code calendar}'s working days. */
    public DeadlineLadder ladder(OfficeCalendar calendar) {
        return new DeadlineLadder(reminderDays, reminderTime, escalationDays, calendar);
    }
}
