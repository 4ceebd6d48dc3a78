package tw.uplift.notification.deadlines;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The reminder ladder of Taiwanese offices for one due date: reminders {@code reminderDays} before it at
 * {@code reminderTime}, overdue at the start of the day after it, escalation {@code escalationDays} after it
 * at {@code reminderTime}. All in the domain's zone (Asia/Taipei).
 */
public record DeadlineLadder(List<Integer> reminderDays, LocalTime reminderTime, int escalationDays, ZoneId zone) {

    public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    /** 7 and 1 days before at 09:00, overdue the next day at 00:00, escalation after 14 days. */
    public static DeadlineLadder defaults() {
        return new DeadlineLadder(List.of(7, 1), LocalTime.of(9, 0), 14, TAIPEI);
    }

    public DeadlineLadder {
        reminderDays = reminderDays.stream().filter(d -> d > 0).distinct().sorted((a, b) -> b - a).toList();
        if (escalationDays < 1) {
            throw new IllegalArgumentException("escalation must come at least a day after the due date");
        }
    }

    /** The steps for a due date, earliest first. */
    public List<LadderStep> stepsFor(LocalDate dueDate) {
        List<LadderStep> steps = new ArrayList<>();
        for (int days : reminderDays) {
            steps.add(LadderStep.pending("remind-" + days, StepType.REMINDER, days,
                    dueDate.minusDays(days).atTime(reminderTime).atZone(zone).toInstant()));
        }
        steps.add(LadderStep.pending("overdue", StepType.OVERDUE, 0,
                dueDate.plusDays(1).atStartOfDay(zone).toInstant()));
        steps.add(LadderStep.pending("escalate-" + escalationDays, StepType.ESCALATION, escalationDays,
                dueDate.plusDays(escalationDays).atTime(reminderTime).atZone(zone).toInstant()));
        return steps;
    }
}
