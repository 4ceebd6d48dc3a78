package tw.uplift.plan.progress.web;

import java.util.Map;
import tw.uplift.plan.authoring.TrackingDecision;

/**
 * A plan's lights on its page: the plan's own at the top, each measure's in its row with the reviewer's verdict on it.
 *
 * @param planId    the plan
 * @param plan      the plan's light
 * @param measures  each measure's light, by measure id
 * @param mayReport whether the viewer reports progress on it (its agency's staff, the plan approved): the rows then
 *                  link to 「填報進度」, else to the reports to read
 * @param verdicts  the verdict in force on each measure a reviewer decided on (解除列管 / 持續列管), by measure id
 */
public record PlanLightsView(String planId, LightView plan, Map<String, LightView> measures, boolean mayReport,
        Map<String, TrackingDecision> verdicts) {

    public LightView of(String measureId) {
        return measureId == null ? null : measures.get(measureId);
    }

    public TrackingDecision verdictOf(String measureId) {
        return measureId == null ? null : verdicts.get(measureId);
    }

    /** Released from tracking (解除列管): an overdue mark from before no longer stands beside it. */
    public boolean released(String measureId) {
        TrackingDecision verdict = verdictOf(measureId);
        return verdict != null && verdict.released();
    }
}
