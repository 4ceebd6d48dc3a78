package tw.uplift.plan.lights;

/**
 * Some of the {@link LightThresholds}, as configured: each field set replaces the one it is applied to, each null
 * keeps it. So a supervising body writes only what it changes, e.g.
 * {@code uplift.plan.lights.bodies.kcg-rdec.due-soon-days=7}.
 */
public record LightThresholdOverrides(Boolean requireEvidence, Integer dueSoonDays, Integer dueSoonMinPercent,
        Double paceTimeShare, Integer pacePercent, Integer reportGraceDays, Double planRedShare,
        Integer planRedOverdueDays) {

    /** Changes nothing. */
    public static final LightThresholdOverrides NONE =
            new LightThresholdOverrides(null, null, null, null, null, null, null, null);

    public LightThresholds applyTo(LightThresholds base) {
        return new LightThresholds(
                requireEvidence != null ? requireEvidence : base.requireEvidence(),
                dueSoonDays != null ? dueSoonDays : base.dueSoonDays(),
                dueSoonMinPercent != null ? dueSoonMinPercent : base.dueSoonMinPercent(),
                paceTimeShare != null ? paceTimeShare : base.paceTimeShare(),
                pacePercent != null ? pacePercent : base.pacePercent(),
                reportGraceDays != null ? reportGraceDays : base.reportGraceDays(),
                planRedShare != null ? planRedShare : base.planRedShare(),
                planRedOverdueDays != null ? planRedOverdueDays : base.planRedOverdueDays());
    }
}
