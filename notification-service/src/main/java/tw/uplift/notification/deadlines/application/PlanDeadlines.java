package tw.uplift.notification.deadlines.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.MeasureProgressReported;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.TrackedMeasure;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.Obligation;
import tw.uplift.notification.deadlines.Owed;
import tw.uplift.notification.deadlines.Parties;
import tw.uplift.notification.deadlines.ReportingPeriod;
import tw.uplift.notification.deadlines.ReportingWindow;
import tw.uplift.notification.deadlines.TrackedItem;
import tw.uplift.platform.events.EventPosition;

/**
 * What a plan's events mean for its deadlines: an approval (審定) makes every measure's deadline owed, a
 * completion (完成) and a progress report (執行成果填報) meet one. Each effect is keyed by what it is about and
 * carries the event's position in the plan's history, so redelivered and reordered events change nothing.
 */
public class PlanDeadlines {

    private final DeadlineTracker tracker;
    private final Clock clock;

    public PlanDeadlines(DeadlineTracker tracker, Clock clock) {
        this.tracker = tracker;
        this.clock = clock;
    }

    /**
     * A dated measure is tracked to its 完成期限; a continuous measure (持續辦理) owes a progress report for the
     * period under way (or the plan year's first, if the year has not begun), one period after another.
     */
    public void approved(PlanApproved plan, EventPosition position) {
        RocYear year = RocYear.of(plan.rocYear());
        LocalDate today = TaipeiTime.today(clock);
        Parties agency = Parties.ofAgency(plan.agencyId(), plan.supervisingBodyId());
        for (TrackedMeasure m : plan.measures() == null ? List.<TrackedMeasure>of() : plan.measures()) {
            if (m.dueDate() != null) {
                tracker.register(new Owed(Obligation.dated(TrackedItem.measure(plan.planId(), m.measureId()), agency,
                        titleOf(m), m.dueDate()), position));
            } else if (m.cadence() != null) {
                LocalDate from = today.isBefore(year.firstDay()) ? year.firstDay() : today;
                if (from.isAfter(year.lastDay())) {
                    continue; // the plan year is over: nothing left to report
                }
                ReportingPeriod period = ReportingPeriod.containing(ReportingPeriod.Cadence.parse(m.cadence()), from);
                tracker.register(new Owed(Obligation.progressReport(
                        TrackedItem.progressReports(plan.planId(), m.measureId()), agency, titleOf(m),
                        new ReportingWindow(period, year.lastDay())), position));
            }
        }
    }

    public void measureCompleted(MeasureCompleted completed, EventPosition position) {
        tracker.measureCompleted(completed.planId(), completed.measureId(), position);
    }

    /** A report naming no period this service knows ("第三季") meets nothing. */
    public void progressReported(MeasureProgressReported reported, EventPosition position) {
        ReportingPeriod.parse(reported.period()).ifPresent(period -> tracker.progressReported(
                Deadline.idOfProgressReport(reported.planId(), reported.measureId(), period), position));
    }

    /** "1. 推動線上申辦": the measure's code, as printed, before its title. */
    private static String titleOf(TrackedMeasure m) {
        return m.code() == null || m.code().isBlank() ? m.title() : m.code() + ". " + m.title();
    }
}
