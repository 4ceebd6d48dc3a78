package tw.uplift.plan.progress.web;

import java.util.List;
import java.util.Map;
import tw.uplift.plan.lights.Light;

/** A plan's lights as the API shows them ({@code GET /api/plans/{planId}/lights}), each with its explanation. */
public record PlanLightsApiView(String planId, LightView plan, Map<Light, Integer> counts,
        List<MeasureLightView> measures) {

    /** One measure's light. */
    public record MeasureLightView(String measureId, String code, String title, LightView light, boolean paceWarning,
            int daysOverdue) {
    }
}
