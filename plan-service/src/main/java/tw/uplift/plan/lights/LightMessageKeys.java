package tw.uplift.plan.lights;

/**
 * The message keys of the lights and their reasons, in {@code plan-lights-messages.properties} (繁體中文) and
 * {@code plan-lights-messages_en.properties}. Every key the rules use is here, so a test can check both bundles.
 */
public final class LightMessageKeys {

    /** The light's name, suffixed with the {@link Light} ({@code lights.light.RED} = 紅燈 / red). */
    public static final String LIGHT_PREFIX = "lights.light.";
    /** A light with its reasons: {0} the light's name, {1} the reasons joined by {@link #SEPARATOR}. */
    public static final String EXPLAINED = "lights.explained";
    /** Between two reasons. */
    public static final String SEPARATOR = "lights.separator";

    /** The plan is not approved, so nothing is tracked yet. */
    public static final String NOT_APPROVED = "lights.measure.notApproved";
    /** Neither a deadline nor a cadence: not tracked. */
    public static final String NOT_TRACKED = "lights.measure.notTracked";
    /** 解除列管. */
    public static final String RELEASED = "lights.measure.released";
    /** 持續列管. */
    public static final String KEPT_TRACKED = "lights.measure.keptTracked";
    /** {0} the last day to correct it: a corrective action (改善事項) awaits the agency's answer. */
    public static final String CORRECTION_OPEN = "lights.measure.correctionOpen";
    /** {0} days a corrective action is past its 改善期限, unanswered. */
    public static final String CORRECTION_OVERDUE = "lights.measure.correctionOverdue";
    /** {0} the day it was completed. */
    public static final String DONE = "lights.measure.done";
    /** Completed, but no report carries evidence. */
    public static final String NO_EVIDENCE = "lights.measure.noEvidence";
    /** {0} days overdue. */
    public static final String OVERDUE = "lights.measure.overdue";
    /** {0} the day of the last report. */
    public static final String NO_REPORT_SINCE = "lights.measure.noReportSince";
    /** Nothing reported at all. */
    public static final String NO_REPORT = "lights.measure.noReport";
    /** {0} days left, {1} percent of the latest report. */
    public static final String DUE_SOON = "lights.measure.dueSoon";
    /** {0} percent done, {1} percent of the time gone, {2} days left. */
    public static final String PACE = "lights.measure.pace";
    /** {0} percent, {1} the day it was reported, {2} the due date. */
    public static final String ON_TRACK = "lights.measure.onTrack";
    /** {0} the due date. */
    public static final String ON_TRACK_NO_REPORT = "lights.measure.onTrackNoReport";
    /** {0} the period, {1} its last day (when its report was due). */
    public static final String REPORT_MISSING = "lights.measure.reportMissing";
    /** {0} the day of the last report. */
    public static final String LAST_REPORT = "lights.measure.lastReport";
    /** {0} the period, {1} the last day of its grace. */
    public static final String REPORT_DUE = "lights.measure.reportDue";
    /** {0} the period, {1} percent, {2} the day it was reported. */
    public static final String REPORTED = "lights.measure.reported";
    /** {0} the first period to report on, {1} its last day. */
    public static final String FIRST_REPORT_DUE = "lights.measure.firstReportDue";

    /** No measure of the plan is tracked. */
    public static final String PLAN_NONE_TRACKED = "lights.plan.noneTracked";
    /** {0} red of {1} tracked. */
    public static final String PLAN_RED = "lights.plan.red";
    /** {0} yellow of {1} tracked. */
    public static final String PLAN_YELLOW = "lights.plan.yellow";
    /** {0} green of {1} tracked. */
    public static final String PLAN_GREEN = "lights.plan.green";
    /** {0} measures with a pace warning. */
    public static final String PLAN_PACE = "lights.plan.pace";
    /** {0} measures overdue more than {1} days, the longest {2} days. */
    public static final String PLAN_LONG_OVERDUE = "lights.plan.longOverdue";

    private LightMessageKeys() {
    }

    public static String light(Light light) {
        return LIGHT_PREFIX + light.name();
    }
}
