package tw.uplift.notification.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import tw.uplift.contracts.deadline.StepKey;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.calendar.OfficeCalendar;

/**
 * The reminder ladder of Taiwanese offices for one due date (屆期提醒 → 逾期 → 查催 → 逾期陳報): reminders
 * {@code reminderDays} calendar days before it at {@code reminderTime}, overdue at the start of the day after it,
 * then each escalation (to the agency head, to the supervising body) its working days (上班日) after it at
 * {@code reminderTime}. Escalation counts on the office calendar because offices count it so (14 working days
 * overdue), and so that it never lands in 春節 or on a weekend, while a make-up Saturday (補行上班) counts; a
 * reminder is a notice ahead of time, where a calendar day is what the reader counts. All in Asia/Taipei. The
 * values come from {@code DeadlineProperties}, per kind and per supervising body; a ladder may have no escalation.
 */
public record DeadlineLadder(List<Integer> reminderDays, LocalTime reminderTime, List<Escalation> escalations,
        OfficeCalendar calendar) {

    public DeadlineLadder {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(reminderTime, "reminderTime");
        reminderDays = reminderDays.stream().filter(d -> d > 0).distinct().sorted((a, b) -> b - a).toList();
        escalations = escalations.stream().sorted(Comparator.comparingInt(Escalation::workingDays)).toList();
        if (escalations.stream().map(Escalation::to).distinct().count() < escalations.size()) {
            throw new IllegalArgumentException("one escalation per level: " + escalations);
        }
    }

    /** A ladder with one escalation, to the supervising body after {@code escalationDays} working days. */
    public DeadlineLadder(List<Integer> reminderDays, LocalTime reminderTime, int escalationDays,
            OfficeCalendar calendar) {
        this(reminderDays, reminderTime, List.of(Escalation.toSupervisingBody(escalationDays)), calendar);
    }

    /** The steps for a due date, earliest first. */
    public List<LadderStep> stepsFor(LocalDate dueDate) {
        List<LadderStep> steps = new ArrayList<>();
        for (int days : reminderDays) {
            steps.add(LadderStep.pending(StepKey.reminder(days), StepType.REMINDER, days, at(dueDate.minusDays(days))));
        }
        steps.add(LadderStep.pending(StepKey.OVERDUE, StepType.OVERDUE, 0,
                dueDate.plusDays(1).atStartOfDay(TaipeiTime.ZONE).toInstant()));
        for (Escalation e : escalations) {
            steps.add(LadderStep.escalation(e, at(calendar.plusWorkingDays(dueDate, e.workingDays()))));
        }
        return steps;
    }

    /**
     * The steps for a due date as they stand when tracking starts at {@code from}: reminders already in the past
     * are skipped (no 7-day notice for something due tomorrow). A due date already passed (a plan approved or
     * amended late, a period that ended before its report was owed) starts late: the overdue step comes at once,
     * and escalations count from {@code from}, not from the old due date, so the agency is told it is late
     * before anyone above it is, never all in one burst.
     */
    public List<LadderStep> stepsFor(LocalDate dueDate, Instant from) {
        List<LadderStep> steps = new ArrayList<>();
        boolean late = false;
        for (LadderStep step : stepsFor(dueDate)) {
            switch (step.type()) {
                case REMINDER -> steps.add(step.at().isAfter(from) ? step : step.to(StepState.SKIPPED, from));
                case OVERDUE -> {
                    late = !step.at().isAfter(from);
                    steps.add(step);
                }
                case ESCALATION -> steps.add(late ? step.at(at(calendar.plusWorkingDays(TaipeiTime.dateOf(from),
                        step.days()))) : step);
            }
        }
        return steps;
    }

    private Instant at(LocalDate day) {
        return day.atTime(reminderTime).atZone(TaipeiTime.ZONE).toInstant();
    }
}
