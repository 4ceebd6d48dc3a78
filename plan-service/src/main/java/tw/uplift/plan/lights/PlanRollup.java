package tw.uplift.plan.lights;

import static tw.uplift.plan.lights.LightMessageKeys.PLAN_GREEN;
import static tw.uplift.plan.lights.LightMessageKeys.PLAN_LONG_OVERDUE;
import static tw.uplift.plan.lights.LightMessageKeys.PLAN_NONE_TRACKED;
import static tw.uplift.plan.lights.LightMessageKeys.PLAN_PACE;
import static tw.uplift.plan.lights.LightMessageKeys.PLAN_RED;
import static tw.uplift.plan.lights.LightMessageKeys.PLAN_YELLOW;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's light from its measures' lights. Grey measures are not tracked and do not count.
 * <ul>
 * <li>GREY "no measure tracked" when every measure is grey (or there are none).</li>
 * <li>RED when the red measures are at least {@code planRedShare} of the tracked ones (and at least one), or any
 * measure is overdue more than {@code planRedOverdueDays} days: a single measure long overdue is a plan problem,
 * however many others are on time.</li>
 * <li>YELLOW when any tracked measure is yellow or red.</li>
 * <li>GREEN otherwise.</li>
 * </ul>
 * Reasons, as they apply: "R of T measures red", "K overdue more than D days, the longest L days", "Y of T measures
 * yellow", "W with a pace warning"; a green plan says "G of T measures green".
 */
final class PlanRollup {

    private PlanRollup() {
    }

    static PlanLight of(List<MeasureLight> measures, LightThresholds t) {
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        for (Light l : Light.values()) {
            counts.put(l, 0);
        }
        measures.forEach(m -> counts.merge(m.light(), 1, Integer::sum));
        int tracked = measures.size() - counts.get(Light.GREY);
        if (tracked == 0) {
            return new PlanLight(Light.GREY, counts, List.of(LightReason.of(PLAN_NONE_TRACKED)));
        }
        int red = counts.get(Light.RED);
        int yellow = counts.get(Light.YELLOW);
        List<MeasureLight> longOverdue = measures.stream()
                .filter(m -> m.light() == Light.RED && m.daysOverdue() > t.planRedOverdueDays()).toList();
        int paceWarnings = (int) measures.stream().filter(MeasureLight::paceWarning).count();

        // a quotient of whole numbers against the configured share: 2 of 10 is 0.2 exactly as a double can say it
        boolean redByShare = red > 0 && (double) red / tracked >= t.planRedShare();
        Light light = redByShare || !longOverdue.isEmpty() ? Light.RED
                : red + yellow > 0 ? Light.YELLOW : Light.GREEN;

        List<LightReason> reasons = new ArrayList<>();
        if (red > 0) {
            reasons.add(LightReason.of(PLAN_RED, red, tracked));
        }
        if (!longOverdue.isEmpty()) {
            int longest = longOverdue.stream().mapToInt(MeasureLight::daysOverdue).max().orElseThrow();
            reasons.add(LightReason.of(PLAN_LONG_OVERDUE, longOverdue.size(), t.planRedOverdueDays(), longest));
        }
        if (yellow > 0) {
            reasons.add(LightReason.of(PLAN_YELLOW, yellow, tracked));
        }
        if (paceWarnings > 0) {
            reasons.add(LightReason.of(PLAN_PACE, paceWarnings));
        }
        if (reasons.isEmpty()) {
            reasons.add(LightReason.of(PLAN_GREEN, counts.get(Light.GREEN), tracked));
        }
        return new PlanLight(light, counts, reasons);
    }
}
