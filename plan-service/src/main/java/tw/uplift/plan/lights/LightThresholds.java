package tw.uplift.plan.lights;

/**
 * The numbers the lights are computed with; a supervising body (督考機關) may set its own (see {@link LightSettings}).
 * Exact boundaries are in {@link LightRules}.
 *
 * @param requireEvidence    a completed measure needs evidence on some report to be green (else yellow) [true]
 * @param dueSoonDays        a dated measure is "due soon" with this many days left or fewer [14]
 * @param dueSoonMinPercent  ... and yellow then when its latest percent is below this [80]
 * @param paceTimeShare      the pace warning looks at measures with at least this share of their time gone [0.75]
 * @param pacePercent        ... and warns when their latest percent is below this (or nothing is reported) [50]
 * @param reportGraceDays    days after a period ends in which its missing report is yellow, not yet red [10]
 * @param planRedShare       a plan is red when at least this share of its tracked measures is red [0.2]
 * @param planRedOverdueDays ... or when any measure is overdue more than this many days [30]
 */
public record LightThresholds(boolean requireEvidence, int dueSoonDays, int dueSoonMinPercent, double paceTimeShare,
        int pacePercent, int reportGraceDays, double planRedShare, int planRedOverdueDays) {

    /** The defaults, for a body that configures nothing. */
    public static final LightThresholds DEFAULTS = new LightThresholds(true, 14, 80, 0.75, 50, 10, 0.2, 30);

    public LightThresholds {
        atLeastZero("dueSoonDays", dueSoonDays);
        percent("dueSoonMinPercent", dueSoonMinPercent);
        share("paceTimeShare", paceTimeShare);
        percent("pacePercent", pacePercent);
        atLeastZero("reportGraceDays", reportGraceDays);
        share("planRedShare", planRedShare);
        atLeastZero("planRedOverdueDays", planRedOverdueDays);
    }

    /** These thresholds with some of them replaced; a null leaves the field as it is. */
    public LightThresholds with(LightThresholdOverrides overrides) {
        return overrides == null ? this : overrides.applyTo(this);
    }

    private static void atLeastZero(String name, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("status lights: " + name + " is a number of days, 0 or more; was " + days);
        }
    }

    private static void percent(String name, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("status lights: " + name + " is a percent, 0 to 100; was " + percent);
        }
    }

    private static void share(String name, double share) {
        // 0 would make every measure (or plan) trip the rule on its first day: a share must be above it.
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("status lights: " + name + " is a share above 0 and at most 1 (0.75 = 75 %); was "
                    + share);
        }
    }
}
