package tw.uplift.notification.deadlines.application;

import java.time.Clock;
import java.time.LocalDate;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.MeasureProgressReported;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.TrackedMeasure;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineLadder;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.Obligation;
import tw.uplift.notification.deadlines.ReportingPeriod;
import tw.uplift.notification.inbox.Recipients;
import tw.uplift.platform.events.EventEnvelope;

/**
 * Turns plan and review events into tracked obligations. Every effect is keyed by what it is about
 * (plan + measure, plan + measure + period, task), and registering or closing twice is a no-op, so
 * redelivered events change nothing.
 */
public class DeadlineIntake {

    private final DeadlineTracker tracker;
    private final Clock clock;

    public DeadlineIntake(DeadlineTracker tracker, Clock clock) {
        this.tracker = tracker;
        this.clock = clock;
    }

    public void on(EventEnvelope<? extends DomainEvent> envelope) {
        switch (envelope.payload()) {
            case PlanApproved approved -> planApproved(approved);
            case MeasureCompleted completed -> tracker.measureCompleted(completed.planId(), completed.measureId());
            case MeasureProgressReported reported -> ReportingPeriod.parse(reported.period()).ifPresent(
                    period -> tracker.progressReported(reported.planId(), reported.measureId(), period));
            case ReviewTaskAssigned assigned -> reviewTaskAssigned(assigned);
            case ReviewTaskCompleted completed ->
                    tracker.close(Deadline.idOfReviewTask(completed.taskId()), DeadlineStatus.DONE);
            default -> {
            }
        }
    }

    private void planApproved(PlanApproved plan) {
        int year = plan.rocYear() + 1911;
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.ofInstant(clock.instant(), DeadlineLadder.TAIPEI);
        String agency = Recipients.agency(plan.agencyId());
        for (TrackedMeasure m : plan.measures() == null ? java.util.List.<TrackedMeasure>of() : plan.measures()) {
            if (m.dueDate() != null) {
                tracker.register(Deadline.idOfMeasure(plan.planId(), m.measureId()),
                        new Obligation(TrackedItemKind.MEASURE, m.measureId(), plan.planId(), plan.agencyId(),
                                plan.supervisingBodyId(), agency, measureTitle(m), m.dueDate(), null, null));
            } else if (m.cadence() != null) {
                LocalDate from = today.isBefore(yearStart) ? yearStart : today;
                if (from.isAfter(yearEnd)) {
                    continue; // the plan year is over: nothing left to report
                }
                ReportingPeriod period = ReportingPeriod.containing(ReportingPeriod.Cadence.parse(m.cadence()), from);
                tracker.register(Deadline.idOfProgressReport(plan.planId(), m.measureId(), period),
                        new Obligation(TrackedItemKind.PROGRESS_REPORT, m.measureId(), plan.planId(),
                                plan.agencyId(), plan.supervisingBodyId(), agency,
                                "執行成果填報（" + period + "）：" + measureTitle(m), period.lastDay(), period,
                                yearEnd));
            }
        }
    }

    private void reviewTaskAssigned(ReviewTaskAssigned task) {
        if (task.dueDate() == null || task.reviewerId() == null) {
            return;
        }
        tracker.register(Deadline.idOfReviewTask(task.taskId()),
                new Obligation(TrackedItemKind.REVIEW_TASK, task.taskId(), planIdOf(task), task.agencyId(),
                        task.supervisingBodyId(), Recipients.user(task.reviewerId()),
                        "審查任務：" + ReviewWords.of(task.kind()) + "（" + task.subjectId() + "）", task.dueDate(),
                        null, null));
    }

    private static String planIdOf(ReviewTaskAssigned task) {
        return task.kind() == tw.uplift.contracts.review.ReviewTaskKind.PLAN_APPROVAL ? task.subjectId() : null;
    }

    private static String measureTitle(TrackedMeasure m) {
        return m.code() == null || m.code().isBlank() ? m.title() : m.code() + ". " + m.title();
    }
}
