package tw.uplift.plan.progress.web;

import java.util.Map;

/**
 * A plan's lights on its page: the plan's own at the top, each measure's in its row.
 *
 * @param planId    the plan
 * @param plan      the plan's light
 * @param measures  each measure's light, by measure id
 * @param mayReport whether the viewer reports progress on it (its agency's staff, the plan approved): the rows then
 *                  link to 「填報進度」, else to the reports to read
 */
public record PlanLightsView(String planId, LightView plan, Map<String, LightView> measures, boolean mayReport) {

    public LightView of(String measureId) {
        return measureId == null ? null : measures.get(measureId);
    }
}
