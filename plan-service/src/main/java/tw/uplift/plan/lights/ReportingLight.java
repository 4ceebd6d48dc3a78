package tw.uplift.plan.lights;

import static java.time.temporal.ChronoUnit.DAYS;
import static tw.uplift.plan.lights.LightMessageKeys.FIRST_REPORT_DUE;
import static tw.uplift.plan.lights.LightMessageKeys.LAST_REPORT;
import static tw.uplift.plan.lights.LightMessageKeys.NO_REPORT;
import static tw.uplift.plan.lights.LightMessageKeys.REPORTED;
import static tw.uplift.plan.lights.LightMessageKeys.REPORT_DUE;
import static tw.uplift.plan.lights.LightMessageKeys.REPORT_MISSING;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.uplift.contracts.values.ReportingPeriod;

/**
 * The light of a continuous measure (持續辦理), from its reports per period of its cadence. A period's report is due
 * on its last day; a period must be reported on when it ends on or after the day the plan was approved (approved on
 * 31 March, a quarterly measure reports on Q1). A report counts for the period its own period ends in (a March
 * report counts for Q1). Its grace: the {@code reportGraceDays} days after the period's last day.
 * <ul>
 * <li>GREEN "first report for P due D" while no period has ended since approval.</li>
 * <li>GREEN "reported for P: X % on D" when the last ended period P has a report.</li>
 * <li>RED "no report for P (due D)" when the last ended period's report is missing past its grace, or the
 * period before it was never reported either (so a light that went red does not turn yellow again just because a
 * new period began). Then "last report D" or "no report yet". Days overdue count from the period's last day.</li>
 * <li>YELLOW "report for P due by G" while the last ended period's report is missing within its grace (G its last
 * day).</li>
 * </ul>
 * The tracker's {@code overdueSince} is not used here: a continuous measure is behind or not by its latest period,
 * and a late report makes good what an earlier overdue notice said.
 */
final class ReportingLight {

    private ReportingLight() {
    }

    static MeasureLight of(MeasureFacts known, LocalDate today, LightThresholds t) {
        ReportingPeriod current = ReportingPeriod.containing(known.cadence(), today);
        ReportingPeriod ended = current.previous();
        if (!required(ended, known)) {
            return MeasureLight.of(Light.GREEN,
                    LightReason.of(FIRST_REPORT_DUE, current.toString(), current.lastDay()));
        }
        Optional<ReportFact> report = known.latestReportFor(ended);
        if (report.isPresent()) {
            ReportFact r = report.get();
            return MeasureLight.of(Light.GREEN, LightReason.of(REPORTED, ended.toString(), r.percent(), r.reportedOn()));
        }
        ReportingPeriod before = ended.previous();
        if (required(before, known) && known.latestReportFor(before).isEmpty() && pastGrace(before, today, t)) {
            return missing(before, known, today);
        }
        if (pastGrace(ended, today, t)) {
            return missing(ended, known, today);
        }
        return MeasureLight.of(Light.YELLOW,
                LightReason.of(REPORT_DUE, ended.toString(), ended.lastDay().plusDays(t.reportGraceDays())));
    }

    private static boolean required(ReportingPeriod period, MeasureFacts known) {
        return !period.lastDay().isBefore(known.trackedSince());
    }

    private static boolean pastGrace(ReportingPeriod period, LocalDate today, LightThresholds t) {
        return today.isAfter(period.lastDay().plusDays(t.reportGraceDays()));
    }

    private static MeasureLight missing(ReportingPeriod period, MeasureFacts known, LocalDate today) {
        int days = Math.toIntExact(DAYS.between(period.lastDay(), today));
        LightReason last = known.latestReport().map(r -> LightReason.of(LAST_REPORT, r.reportedOn()))
                .orElse(LightReason.of(NO_REPORT));
        return new MeasureLight(Light.RED,
                List.of(LightReason.of(REPORT_MISSING, period.toString(), period.lastDay()), last), false, days);
    }
}
