package tw.uplift.plan.lights;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A plan's light, rolled up from its measures' lights.
 *
 * @param light   the plan's light
 * @param counts  how many measures have each light (every light present, zero included)
 * @param reasons why; never empty
 */
public record PlanLight(Light light, Map<Light, Integer> counts, List<LightReason> reasons) {

    public PlanLight {
        Objects.requireNonNull(light, "a light");
        EnumMap<Light, Integer> all = new EnumMap<>(Light.class);
        for (Light l : Light.values()) {
            all.put(l, counts == null ? 0 : counts.getOrDefault(l, 0));
        }
        counts = Collections.unmodifiableMap(all);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("every light explains itself: no reason given for " + light);
        }
    }

    /** Measures that are tracked: all but the grey ones. */
    public int tracked() {
        return counts.values().stream().mapToInt(Integer::intValue).sum() - counts.get(Light.GREY);
    }
}
