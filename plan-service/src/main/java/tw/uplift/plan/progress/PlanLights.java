package tw.uplift.plan.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.plan.authoring.Measure;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.ProgressReport;
import tw.uplift.plan.lights.CorrectionFact;
import tw.uplift.plan.lights.LightRules;
import tw.uplift.plan.lights.LightThresholds;
import tw.uplift.plan.lights.MeasureFacts;
import tw.uplift.plan.lights.MeasureLight;
import tw.uplift.plan.lights.PlanLight;
import tw.uplift.plan.lights.ReportFact;
import tw.uplift.plan.lights.Verdict;
import tw.uplift.plan.lights.LightSettings;

/**
 * A plan's status lights (燈號) today, computed from what the plan knows: its approval, each measure's deadline,
 * completion and overdue notice, its progress reports and their evidence (files, links, survey results), the
 * reviewer's verdict (解除列管 / 持續列管) and the corrective actions raised on it, with the thresholds of the plan's
 * supervising body. The one place a plan becomes {@link MeasureFacts}.
 */
@Service
public class PlanLights {

    private final LightSettings settings;
    private final Clock clock;

    public PlanLights(LightSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A plan's light and each measure's, by measure id in the plan's order. */
    public record Lights(PlanLight plan, Map<String, MeasureLight> measures) {

        public MeasureLight of(String measureId) {
            return measures.get(measureId);
        }
    }

    public Lights of(Plan plan) {
        LocalDate today = TaipeiTime.today(clock);
        LightThresholds thresholds = settings.forBody(plan.getSupervisingBodyId());
        Map<String, MeasureLight> byMeasure = new LinkedHashMap<>();
        plan.measures().forEach(m -> byMeasure.put(m.id(), LightRules.measure(factsOf(plan, m), today, thresholds)));
        return new Lights(LightRules.plan(List.copyOf(byMeasure.values()), thresholds), byMeasure);
    }

    static MeasureFacts factsOf(Plan plan, Measure m) {
        boolean surveyEvidence = !plan.surveyResultsOf(m.id()).isEmpty();
        List<ReportFact> reports = plan.progressOf(m.id()).stream()
                .flatMap(r -> ReportingPeriod.parse(r.period()).stream().map(period -> new ReportFact(period,
                        dayOf(r.reportedAt()), r.percent(), hasEvidence(r) || surveyEvidence)))
                .toList();
        List<CorrectionFact> corrections = plan.correctiveActionsOf(m.id()).stream()
                .map(a -> new CorrectionFact(dayOf(a.requiredAt()), a.dueDate(), dayOf(a.respondedAt()))).toList();
        return new MeasureFacts(plan.getStatus().everApproved() ? dayOf(plan.getApprovedAt()) : null, m.dueDate(),
                m.cadence() == null ? null : ReportingPeriod.Cadence.parse(m.cadence()), dayOf(m.completedAt()),
                m.overdueSince(), reports, verdictOn(plan, m), corrections);
    }

    private static Verdict verdictOn(Plan plan, Measure m) {
        return plan.trackingDecisionOf(m.id())
                .map(d -> d.released() ? Verdict.RELEASED : Verdict.KEPT_TRACKED).orElse(Verdict.NONE);
    }

    private static boolean hasEvidence(ProgressReport report) {
        return !report.evidence().isEmpty();
    }

    private static LocalDate dayOf(Instant at) {
        return at == null ? null : TaipeiTime.dateOf(at);
    }
}
