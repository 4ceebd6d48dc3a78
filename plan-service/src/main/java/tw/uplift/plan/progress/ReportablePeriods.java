package tw.uplift.plan.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.contracts.values.RocYear;

/**
 * The periods a measure may be reported on today (可填報期別): its cadence's periods from the one its plan was
 * approved in (or the plan year's first, when approved before the year began) up to today's, within the plan year,
 * newest first — the choices the report form offers, the current period on top. A period that has not begun is not
 * among them (the plan refuses it too); the periods before approval are not either, since the lights do not ask for
 * them (see {@code ReportingLight}), though a report already filed on one may still be corrected.
 */
public final class ReportablePeriods {

    private ReportablePeriods() {
    }

    /**
     * @param rocYear    the plan year
     * @param approvedOn the day the plan was approved (Asia/Taipei), or null
     * @param cadence    the measure's reporting cadence ({@code Plan.reportingCadence})
     * @param today      today in Asia/Taipei
     * @return newest first; empty before the plan year begins
     */
    public static List<ReportingPeriod> of(int rocYear, LocalDate approvedOn, ReportingPeriod.Cadence cadence,
            LocalDate today) {
        RocYear year = RocYear.of(rocYear);
        if (today.isBefore(year.firstDay())) {
            return List.of();
        }
        LocalDate to = today.isAfter(year.lastDay()) ? year.lastDay() : today;
        LocalDate from = approvedOn == null || approvedOn.isBefore(year.firstDay()) ? year.firstDay()
                : approvedOn.isAfter(to) ? to : approvedOn;
        ReportingPeriod first = ReportingPeriod.containing(cadence, from);
        List<ReportingPeriod> periods = new ArrayList<>();
        for (ReportingPeriod p = ReportingPeriod.containing(cadence, to); !p.lastDay().isBefore(first.firstDay());
                p = p.previous()) {
            periods.add(p);
        }
        return List.copyOf(periods);
    }
}
