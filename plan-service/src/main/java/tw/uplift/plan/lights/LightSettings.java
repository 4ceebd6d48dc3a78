package tw.uplift.plan.lights;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The light thresholds of this installation, under {@code uplift.plan.lights}: {@code defaults} for every supervising
 * body (督考機關), and {@code bodies.<body id>} for a body that differs. Both name only what they change, field by
 * field: {@code defaults} over {@link LightThresholds#DEFAULTS}, a body over the configured defaults. For example
 *
 * <pre>
 * uplift.plan.lights:
 *   defaults:
 *     report-grace-days: 7
 *   bodies:
 *     kcg-rdec:
 *       due-soon-days: 21
 *       require-evidence: false
 * </pre>
 *
 * gives kcg-rdec a grace of 7 days, 21 due-soon days and no evidence required, and everything else the defaults.
 * Thresholds that make no sense (a negative number of days, a percent over 100) stop the service at start-up with
 * the body and field named.
 */
@ConfigurationProperties("uplift.plan.lights")
public class LightSettings {

    private final LightThresholds defaults;
    private final Map<String, LightThresholds> bodies;

    public LightSettings(LightThresholdOverrides defaults, Map<String, LightThresholdOverrides> bodies) {
        this.defaults = resolve("defaults", LightThresholds.DEFAULTS, defaults);
        Map<String, LightThresholds> byBody = new LinkedHashMap<>();
        if (bodies != null) {
            bodies.forEach((body, overrides) -> byBody.put(body, resolve("bodies." + body, this.defaults, overrides)));
        }
        this.bodies = Map.copyOf(byBody);
    }

    /** The thresholds of a body not configured on its own. */
    public LightThresholds defaults() {
        return defaults;
    }

    /** The thresholds a supervising body's plans are lit with: its own where configured, else the defaults. */
    public LightThresholds forBody(String bodyId) {
        return bodyId == null ? defaults : bodies.getOrDefault(bodyId, defaults);
    }

    private static LightThresholds resolve(String where, LightThresholds base, LightThresholdOverrides overrides) {
        try {
            return base.with(overrides);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("uplift.plan.lights." + where + ": " + e.getMessage(), e);
        }
    }
}
