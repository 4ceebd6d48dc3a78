package tw.uplift.plan.lights;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tw.uplift.contracts.values.ReportingPeriod;

/**
 * What is known about one measure (推行作法) on a day: the facts its light is computed from.
 *
 * @param trackedSince the day its plan was approved (Asia/Taipei); null while the plan is not approved
 * @param dueDate      a dated measure's deadline (完成期限), the last day to finish it; or null
 * @param cadence      a continuous measure's (持續辦理) reporting cadence; or null. A measure with both is dated.
 * @param completedOn  the day it was completed, or null
 * @param overdueSince the day the deadline tracker said it went overdue (ItemOverdue), or null
 * @param reports      its progress reports, in any order (null = none)
 * @param verdict      the reviewer's verdict (null = none)
 * @param corrections  the corrective actions (改善事項) raised about it, open or answered (null = none)
 */
public record MeasureFacts(LocalDate trackedSince, LocalDate dueDate, ReportingPeriod.Cadence cadence,
        LocalDate completedOn, LocalDate overdueSince, List<ReportFact> reports, Verdict verdict,
        List<CorrectionFact> corrections) {

    public MeasureFacts {
        reports = reports == null ? List.of() : List.copyOf(reports);
        verdict = verdict == null ? Verdict.NONE : verdict;
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /**
     * The facts as they were known on a day: anything dated after it (an approval, a completion, an overdue notice,
     * a report) had not happened yet. So a light can be recomputed for any past day from today's facts.
     */
    MeasureFacts asOf(LocalDate day) {
        return new MeasureFacts(onOrBefore(trackedSince, day), dueDate, cadence, onOrBefore(completedOn, day),
                onOrBefore(overdueSince, day),
                reports.stream().filter(r -> !r.reportedOn().isAfter(day)).toList(), verdict, corrections);
    }

    /**
     * The open corrective action that weighs most on a day: one past its 改善期限 before one still in time, then the
     * earliest due.
     */
    Optional<CorrectionFact> mostPressingCorrectionOn(LocalDate day) {
        return corrections.stream().filter(c -> c.openOn(day))
                .min(Comparator.comparing((CorrectionFact c) -> !c.pastDueOn(day)).thenComparing(
                        CorrectionFact::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    /** The most recent report: the last filed; of two filed the same day, the one for the later period. */
    Optional<ReportFact> latestReport() {
        return reports.stream().reduce((a, b) -> later(a, b) ? a : b);
    }

    /** The most recent report on a period: one whose period ends within it (a March report counts for Q1). */
    Optional<ReportFact> latestReportFor(ReportingPeriod period) {
        return reports.stream().filter(r -> period.contains(r.period().lastDay())).reduce((a, b) -> later(a, b) ? a : b);
    }

    boolean anyEvidence() {
        return reports.stream().anyMatch(ReportFact::hasEvidence);
    }

    private static boolean later(ReportFact a, ReportFact b) {
        int byDay = a.reportedOn().compareTo(b.reportedOn());
        return byDay != 0 ? byDay > 0 : !a.period().lastDay().isBefore(b.period().lastDay());
    }

    private static LocalDate onOrBefore(LocalDate date, LocalDate day) {
        return date == null || date.isAfter(day) ? null : date;
    }
}
