package tw.uplift.plan.history;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tw.uplift.plan.authoring.Measure;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.ProgressReport;
import tw.uplift.plan.lights.Light;
import tw.uplift.plan.lights.MeasureLight;
import tw.uplift.plan.progress.PlanLights;

/**
 * The year's results as the head hands them in (提報年度執行成果): how many measures have each light, how many are
 * completed, and each measure with its light and its progress reports. What the head confirms before the plan is
 * frozen for the annual review.
 *
 * @param lights       measures by light (every light present, zero included)
 * @param completed    measures completed
 * @param notCompleted measures not completed
 * @param measures     each measure, in the plan's order
 */
public record AnnualResults(Map<Light, Integer> lights, int completed, int notCompleted, List<MeasureResult> measures) {

    /**
     * One measure's result.
     *
     * @param label      「1. 訂定標準作業流程(SOP)」
     * @param reports    how many progress reports it has
     * @param lastPeriod the period of its latest report ({@code 2026-Q4}), or null
     * @param percent    the progress its latest report gave, or null
     */
    public record MeasureResult(String measureId, String label, Light light, boolean completed, int reports,
            String lastPeriod, Integer percent) {
    }

    public static AnnualResults of(Plan plan, PlanLights.Lights lights) {
        Map<Light, Integer> byLight = new EnumMap<>(Light.class);
        for (Light light : Light.values()) {
            byLight.put(light, 0);
        }
        List<MeasureResult> measures = plan.measures().map(m -> result(plan, m, lights.of(m.id()))).toList();
        measures.forEach(r -> byLight.merge(r.light(), 1, Integer::sum));
        int completed = (int) measures.stream().filter(MeasureResult::completed).count();
        return new AnnualResults(Collections.unmodifiableMap(byLight), completed, measures.size() - completed, measures);
    }

    private static MeasureResult result(Plan plan, Measure m, MeasureLight light) {
        List<ProgressReport> reports = plan.progressOf(m.id());
        ProgressReport last = reports.isEmpty() ? null : reports.getLast();
        String code = m.code() == null || m.code().isBlank() ? "" : m.code() + ". ";
        return new MeasureResult(m.id(), code + m.title(), light == null ? Light.GREY : light.light(), m.completed(),
                reports.size(), last == null ? null : last.period(), last == null ? null : last.percent());
    }
}
