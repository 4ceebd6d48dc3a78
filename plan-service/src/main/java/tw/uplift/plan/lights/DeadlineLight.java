package tw.uplift.plan.lights;

import static java.time.temporal.ChronoUnit.DAYS;
import static tw.uplift.plan.lights.LightMessageKeys.DUE_SOON;
import static tw.uplift.plan.lights.LightMessageKeys.NO_REPORT;
import static tw.uplift.plan.lights.LightMessageKeys.NO_REPORT_SINCE;
import static tw.uplift.plan.lights.LightMessageKeys.ON_TRACK;
import static tw.uplift.plan.lights.LightMessageKeys.ON_TRACK_NO_REPORT;
import static tw.uplift.plan.lights.LightMessageKeys.OVERDUE;
import static tw.uplift.plan.lights.LightMessageKeys.PACE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The light of a dated measure (完成期限) not completed yet. The due date is the last day to finish it.
 * <ul>
 * <li>RED "overdue N days" from its first overdue day: the day after the due date, or the tracker's
 * {@code overdueSince} if earlier. N counts that day as 1 (the day after the due date is "overdue 1 day"). Then
 * "no report since D" (the last report) or "no report yet".</li>
 * <li>YELLOW with a pace warning (進度落後) when the share of the time from approval to the due date gone by today
 * is at least {@code paceTimeShare} and the latest percent is below {@code pacePercent}, or nothing is reported:
 * "pace: X % done with Y % of the time gone; N days left" (Y rounded down). Approved on its due date or later, all
 * of its time is gone.</li>
 * <li>otherwise YELLOW "due in N days, X %" when N, the days left (0 on the due date), is at most
 * {@code dueSoonDays} and the latest percent is below {@code dueSoonMinPercent}, or nothing is reported. When both
 * apply, the pace reason says it all (percent and days left) and stands alone.</li>
 * <li>otherwise GREEN "on track: X % on D, due E" ("on track, due E, no report yet" before the first report).</li>
 * </ul>
 * "Latest" is the last report filed (of two on one day, the later period).
 */
final class DeadlineLight {

    private DeadlineLight() {
    }

    static MeasureLight of(MeasureFacts known, LocalDate today, LightThresholds t) {
        LocalDate due = known.dueDate();
        Optional<ReportFact> latest = known.latestReport();

        LocalDate firstOverdueDay = due.plusDays(1);
        if (known.overdueSince() != null && known.overdueSince().isBefore(firstOverdueDay)) {
            firstOverdueDay = known.overdueSince();
        }
        if (!today.isBefore(firstOverdueDay)) {
            int days = Math.toIntExact(DAYS.between(firstOverdueDay, today)) + 1;
            LightReason reports = latest.map(r -> LightReason.of(NO_REPORT_SINCE, r.reportedOn()))
                    .orElse(LightReason.of(NO_REPORT));
            return new MeasureLight(Light.RED, List.of(LightReason.of(OVERDUE, days), reports), false, days);
        }

        int daysLeft = Math.toIntExact(DAYS.between(today, due));
        int percent = latest.map(ReportFact::percent).orElse(0);
        boolean reported = latest.isPresent();
        List<LightReason> reasons = new ArrayList<>();

        TimeGone gone = TimeGone.of(known.trackedSince(), today, due);
        if (gone.share() >= t.paceTimeShare() && (!reported || percent < t.pacePercent())) {
            reasons.add(LightReason.of(PACE, percent, gone.percent(), daysLeft));
            if (!reported) {
                reasons.add(LightReason.of(NO_REPORT));
            }
            return new MeasureLight(Light.YELLOW, reasons, true);
        }
        if (daysLeft <= t.dueSoonDays() && (!reported || percent < t.dueSoonMinPercent())) {
            reasons.add(LightReason.of(DUE_SOON, daysLeft, percent));
            if (!reported) {
                reasons.add(LightReason.of(NO_REPORT));
            }
            return new MeasureLight(Light.YELLOW, reasons, false);
        }
        return MeasureLight.of(Light.GREEN, latest
                .map(r -> LightReason.of(ON_TRACK, r.percent(), r.reportedOn(), due))
                .orElse(LightReason.of(ON_TRACK_NO_REPORT, due)));
    }

    /**
     * The time from approval to the due date gone by today: {@code gone} of {@code total} days. The share is a
     * quotient of two whole numbers, which a double holds as the nearest it can, as it holds the configured share:
     * day 29 of 100 compares equal to 0.29. Shown, it is a whole percent rounded down in integers
     * ({@code 0.29 * 100} would be 28.999…).
     */
    record TimeGone(long gone, long total) {

        static TimeGone of(LocalDate trackedSince, LocalDate today, LocalDate due) {
            long total = DAYS.between(trackedSince, due);
            if (total <= 0) {
                return new TimeGone(1, 1); // approved on its due date or later: no time at all
            }
            return new TimeGone(Math.clamp(DAYS.between(trackedSince, today), 0, total), total);
        }

        double share() {
            return (double) gone / total;
        }

        int percent() {
            return Math.toIntExact(gone * 100 / total);
        }
    }
}
