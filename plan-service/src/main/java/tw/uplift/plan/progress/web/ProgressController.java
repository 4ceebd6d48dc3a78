package tw.uplift.plan.progress.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.plan.authoring.Measure;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.plan.authoring.ProgressReport;
import tw.uplift.plan.evidence.RefusedInput;
import tw.uplift.plan.evidence.web.RefusalProblems;
import tw.uplift.plan.lights.MeasureLight;
import tw.uplift.plan.progress.OutstandingReport;
import tw.uplift.plan.progress.PlanLights;
import tw.uplift.plan.progress.ProgressEntry;
import tw.uplift.plan.progress.ProgressReporting;
import tw.uplift.platform.security.CurrentUser;

/** {@code /api/plans/{planId}/…}: progress reports on a plan's measures, and its status lights (燈號). */
@RestController
@RequestMapping("/api/plans/{planId}")
public class ProgressController {

    private final ProgressReporting reporting;
    private final PlanAuthoring authoring;
    private final PlanLights lights;
    private final ProgressWords words;
    private final MessageSource messages;

    public ProgressController(ProgressReporting reporting, PlanAuthoring authoring, PlanLights lights,
            ProgressWords words, MessageSource messages) {
        this.reporting = reporting;
        this.authoring = authoring;
        this.lights = lights;
        this.words = words;
        this.messages = messages;
    }

    @Operation(summary = "Report progress on a measure for a period (填報執行成果), by the plan's agency staff or head "
            + "while the plan is approved: period (2026-Q3, 2026-03, 2026-H1, 2026, after the measure's cadence), "
            + "status, percent, narrative, delayReason (required when BEHIND), links [{name, url}] and fileIds (from "
            + "POST /evidence). A second report for the same period replaces the first. MeasureProgressReported goes "
            + "out, and MeasureCompleted for DONE.")
    @PostMapping("/measures/{measureId}/progress")
    public ProgressReport report(CurrentUser user, @PathVariable String planId, @PathVariable String measureId,
            @RequestBody ProgressEntry entry) {
        return reporting.report(user, planId, measureId, entry, ProgressReporting.EarlierEvidence.REPLACE);
    }

    @Operation(summary = "A plan's progress: per measure its reports with evidence, survey results, light and its "
            + "explanation (in the caller's language, ?lang=en), the periods open for reporting and what is due or late, "
            + "the reviewer's verdict in force (tracking: RELEASED 解除列管 or KEPT_TRACKED 持續列管, reason, reviewerId, "
            + "decidedAt) and the corrective actions raised on it (correctiveActions: what, dueDate, respondedAt)")
    @GetMapping("/progress")
    public PlanProgressView progress(CurrentUser user, @PathVariable String planId, Locale locale) {
        Plan plan = authoring.get(user, planId);
        PlanLights.Lights lit = lights.of(plan);
        Map<String, List<OutstandingReport>> outstanding = reporting.outstanding(plan).stream()
                .collect(Collectors.groupingBy(OutstandingReport::measureId));
        List<PlanProgressView.MeasureProgress> measures = plan.measures().map(m -> {
            MeasureLight light = lit.of(m.id());
            return new PlanProgressView.MeasureProgress(m.id(), m.code(), m.title(), m.dueDate(), m.cadence(),
                    Plan.reportingCadence(m).name(), m.completedAt(), words.light(light, locale), light.paceWarning(),
                    light.daysOverdue(), periods(plan, m), plan.progressOf(m.id()), plan.surveyResultsOf(m.id()),
                    outstanding.getOrDefault(m.id(), List.of()).stream()
                            .map(o -> new PlanProgressView.Outstanding(o.period().toString(), o.dueOn(), o.late()))
                            .toList(),
                    plan.trackingDecisionOf(m.id()).orElse(null), plan.correctiveActionsOf(m.id()));
        }).toList();
        return new PlanProgressView(plan.getId(), plan.getStatus(), words.light(lit.plan(), locale),
                lit.plan().counts(), measures);
    }

    @Operation(summary = "A plan's status lights (燈號): the plan's and each measure's, each with its explanation "
            + "(\"紅燈：逾期 12 天，自 2026-09-30 起未填報\"; ?lang=en for English)")
    @GetMapping("/lights")
    public PlanLightsApiView lights(CurrentUser user, @PathVariable String planId, Locale locale) {
        Plan plan = authoring.get(user, planId);
        PlanLights.Lights lit = lights.of(plan);
        return new PlanLightsApiView(plan.getId(), words.light(lit.plan(), locale), lit.plan().counts(),
                plan.measures().map(m -> {
                    MeasureLight light = lit.of(m.id());
                    return new PlanLightsApiView.MeasureLightView(m.id(), m.code(), m.title(),
                            words.light(light, locale), light.paceWarning(), light.daysOverdue());
                }).toList());
    }

    private List<String> periods(Plan plan, Measure m) {
        return plan.getStatus().approved()
                ? reporting.periodsFor(plan, m).stream().map(ReportingPeriod::toString).toList()
                : List.of();
    }

    @ExceptionHandler(RefusedInput.class)
    ResponseEntity<ProblemDetail> refused(RefusedInput e) {
        return RefusalProblems.of(e, messages);
    }
}
