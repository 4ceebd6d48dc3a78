package tw.uplift.notification.deadlines;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import tw.uplift.contracts.deadline.StepKey;
import tw.uplift.contracts.values.TaipeiTime;

/**
 * The reminder ladder of Taiwanese offices for one due date (屆期提醒 → 逾期 → 逾期陳報): reminders
 * {@code reminderDays} before it at {@code reminderTime}, overdue at the start of the day after it, escalation
 * {@code escalationDays} after it at {@code reminderTime}. All in Asia/Taipei. The values come from
 * {@code DeadlineProperties}, which holds their defaults.
 */
public record DeadlineLadder(List<Integer> reminderDays, LocalTime reminderTime, int escalationDays) {

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
            steps.add(LadderStep.pending(StepKey.reminder(days), StepType.REMINDER, days,
                    dueDate.minusDays(days).atTime(reminderTime).atZone(TaipeiTime.ZONE).toInstant()));
        }
        steps.add(LadderStep.pending(StepKey.OVERDUE, StepType.OVERDUE, 0,
                dueDate.plusDays(1).atStartOfDay(TaipeiTime.ZONE).toInstant()));
        steps.add(LadderStep.pending(StepKey.escalation(escalationDays), StepType.ESCALATION, escalationDays,
                dueDate.plusDays(escalationDays).atTime(reminderTime).atZone(TaipeiTime.ZONE).toInstant()));
        return steps;
    }
}
