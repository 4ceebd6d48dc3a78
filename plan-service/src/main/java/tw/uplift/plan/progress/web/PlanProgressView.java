package tw.uplift.plan.progress.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tw.uplift.plan.authoring.CorrectiveAction;
import tw.uplift.plan.authoring.PlanStatus;
import tw.uplift.plan.authoring.ProgressReport;
import tw.uplift.plan.authoring.SurveyEvidence;
import tw.uplift.plan.authoring.TrackingDecision;
import tw.uplift.plan.lights.Light;

/**
 * A plan's progress as the API shows it ({@code GET /api/plans/{planId}/progress}): its light, and per measure its
 * light with the explanation, its reports with their evidence, the survey results linked to it, the periods it may
 * be reported on now, the reports not filed yet, the reviewer's verdict (列管決定) and the corrective actions
 * (改善事項) raised on it.
 */
public record PlanProgressView(String planId, PlanStatus status, LightView light, Map<Light, Integer> counts,
        List<MeasureProgress> measures) {

    /**
     * One measure's progress.
     *
     * @param reportingCadence the cadence it reports on (a dated measure: QUARTERLY)
     * @param periods          the periods it may be reported on now, newest first
     * @param outstanding      reports not filed yet: due while their period runs, late once it has ended
     * @param tracking         the verdict in force of a routine check (解除列管 / 持續列管), or null
     * @param correctiveActions the corrective actions raised on it, earliest due first, open or answered
     */
    public record MeasureProgress(String measureId, String code, String title, LocalDate dueDate, String cadence,
            String reportingCadence, Instant completedAt, LightView light, boolean paceWarning, int daysOverdue,
            List<String> periods, List<ProgressReport> reports, List<SurveyEvidence> surveyResults,
            List<Outstanding> outstanding, TrackingDecision tracking, List<CorrectiveAction> correctiveActions) {
    }

    /** A report not filed yet. */
    public record Outstanding(String period, LocalDate dueOn, boolean late) {
    }
}
