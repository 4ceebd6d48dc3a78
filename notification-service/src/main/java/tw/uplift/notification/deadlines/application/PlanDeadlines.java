package tw.uplift.notification.deadlines.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.MeasureProgressReported;
import tw.uplift.contracts.plan.PlanAmended;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanClosed;
import tw.uplift.contracts.plan.TrackedMeasure;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.contracts.values.ReportingPeriod.Cadence;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.Obligation;
import tw.uplift.notification.deadlines.Owed;
import tw.uplift.notification.deadlines.Parties;
import tw.uplift.notification.deadlines.ReportingWindow;
import tw.uplift.notification.deadlines.TrackedItem;
import tw.uplift.notification.deadlines.TrackedPlan;
import tw.uplift.notification.deadlines.persistence.PlanTracks;
import tw.uplift.platform.events.EventPosition;

/**
 * What a plan's events mean for its deadlines over its year: an approval (審定) and every amendment that lists
 * the measures (計畫修正) make each listed measure's deadline owed as listed and release the ones dropped; a
 * completion (完成) and a progress report (執行成果填報) meet one; the closure of the year (結案) stops them all.
 * Each effect is keyed by what it is about and carries the event's position in the plan's history, and the
 * plan's latest list is kept with its position ({@link TrackedPlan}), so redelivered and reordered events change
 * nothing.
 */
public class PlanDeadlines {

    private final DeadlineTracker tracker;
    private final PlanTracks plans;
    private final DeadlineQueries queries;
    private final Clock clock;

    public PlanDeadlines(DeadlineTracker tracker, PlanTracks plans, DeadlineQueries queries, Clock clock) {
        this.tracker = tracker;
        this.plans = plans;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * A dated measure is tracked to its 完成期限; a continuous measure (持續辦理) owes a progress report for the
     * period under way on its own cadence (or the plan year's first, if the year has not begun), one period after
     * another.
     */
    public void approved(PlanApproved plan, EventPosition position) {
        listed(new MeasureList(plan.planId(), plan.agencyId(), plan.supervisingBodyId(), plan.rocYear(),
                plan.measures()), position);
    }

    /**
     * The amended plan's list replaces the one in force: new measures are tracked, dropped ones released, a
     * changed due date or cadence moves what is still to come. An amendment without a list leaves the deadlines
     * as they are.
     */
    public void amended(PlanAmended plan, EventPosition position) {
        if (plan.measures() == null) {
            return;
        }
        listed(new MeasureList(plan.planId(), plan.agencyId(), plan.supervisingBodyId(), plan.rocYear(),
                plan.measures()), position);
    }

    /** The plan's year is closed (結案): every obligation of its measures stops, whatever comes later. */
    public void closed(PlanClosed plan, EventPosition position) {
        TrackedPlan known = plans.close(plan.planId()).orElseGet(() -> unlisted(plan.planId()));
        for (String measureId : known.measureIds()) {
            tracker.stopTracking(plan.planId(), measureId, position);
        }
    }

    public void measureCompleted(MeasureCompleted completed, EventPosition position) {
        tracker.measureCompleted(completed.planId(), completed.measureId(), position);
    }

    /**
     * A report meets exactly the period it names: {@code 2026-H1} the first half year's report of a half-yearly
     * measure, and nothing of a quarterly one. A report naming no period ("第三季") meets nothing.
     */
    public void progressReported(MeasureProgressReported reported, EventPosition position) {
        ReportingPeriod.parse(reported.period()).ifPresent(period -> tracker.progressReported(
                Deadline.idOfProgressReport(reported.planId(), reported.measureId(), period), position));
    }

    /** One list of a plan's measures, as an approval or an amendment carries it. */
    private record MeasureList(String planId, String agencyId, String supervisingBodyId, Integer rocYear,
            List<TrackedMeasure> measures) {
    }

    private void listed(MeasureList list, EventPosition position) {
        TrackedPlan known = plans.find(list.planId()).orElseGet(() -> unlisted(list.planId()));
        if (!known.takes(position)) {
            return; // a newer list is in force, or the year is closed
        }
        // An amendment may leave out what did not change: the body and year named before still hold.
        String body = list.supervisingBodyId() != null ? list.supervisingBodyId() : known.supervisingBodyId();
        RocYear year = list.rocYear() != null ? RocYear.of(list.rocYear())
                : known.rocYear() != null ? RocYear.of(known.rocYear()) : RocYear.current(clock);
        Parties agency = Parties.ofAgency(list.agencyId(), body);
        List<String> listed = new ArrayList<>();
        for (TrackedMeasure m : list.measures() == null ? List.<TrackedMeasure>of() : list.measures()) {
            if (m != null && m.measureId() != null) {
                listed.add(m.measureId());
                owe(list.planId(), m, agency, year, position);
            }
        }
        for (String dropped : known.droppedFrom(listed)) {
            tracker.stopTracking(list.planId(), dropped, position);
        }
        plans.listed(known.listed(body, year.value(), listed, position));
    }

    /** One listed measure: owed by its due date, or its reports on its cadence, and nothing else of it. */
    private void owe(String planId, TrackedMeasure m, Parties agency, RocYear year, EventPosition position) {
        String measureId = m.measureId();
        if (m.dueDate() != null) {
            tracker.reportsOn(planId, measureId, null, position); // continuous until now: it reports no more
            tracker.revise(new Owed(Obligation.dated(TrackedItem.measure(planId, measureId), agency, titleOf(m),
                    m.dueDate()), position));
        } else if (m.cadence() != null) {
            tracker.release(Deadline.idOfMeasure(planId, measureId), position); // dated until now: no deadline now
            Cadence cadence = Cadence.parse(m.cadence());
            tracker.reportsOn(planId, measureId, cadence, position);
            LocalDate today = TaipeiTime.today(clock);
            ReportingWindow.owedFrom(cadence, year, today).ifPresent(window -> tracker.revise(new Owed(
                    Obligation.progressReport(TrackedItem.progressReports(planId, measureId), agency, titleOf(m),
                            window), position)));
        } else {
            tracker.stopTracking(planId, measureId, position); // neither dated nor continuous: nothing to chase
        }
    }

    /** A plan tracked before plans' lists were kept: its measures are found from its deadlines, once. */
    private TrackedPlan unlisted(String planId) {
        return TrackedPlan.unlisted(planId, queries.measuresOf(planId));
    }

    /** "1. 推動線上申辦": the measure's code, as printed, before its title. */
    private static String titleOf(TrackedMeasure m) {
        return m.code() == null || m.code().isBlank() ? m.title() : m.code() + ". " + m.title();
    }
}
