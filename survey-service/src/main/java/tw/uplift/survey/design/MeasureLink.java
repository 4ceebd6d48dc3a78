package tw.uplift.survey.design;

/**
 * The plan measure (推行作法) a survey gives evidence for: its published results are evidence for that measure,
 * and a satisfaction rate below the threshold makes review-service open a follow-up. Either part may be missing
 * (a survey of its own); a blank id counts as missing.
 *
 * @param planId    the plan, or null
 * @param measureId the measure within it, or null
 */
public record MeasureLink(String planId, String measureId) {

    /** A survey that is evidence for no measure. */
    public static final MeasureLink NONE = new MeasureLink(null, null);

    public MeasureLink {
        planId = blankToNull(planId);
        measureId = blankToNull(measureId);
    }

    public static MeasureLink measure(String planId, String measureId) {
        return new MeasureLink(planId, measureId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
