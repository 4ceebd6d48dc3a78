package tw.uplift.plan.lights;

import static tw.uplift.plan.lights.LightMessageKeys.DONE;
import static tw.uplift.plan.lights.LightMessageKeys.NOT_APPROVED;
import static tw.uplift.plan.lights.LightMessageKeys.NOT_TRACKED;
import static tw.uplift.plan.lights.LightMessageKeys.NO_EVIDENCE;
import static tw.uplift.plan.lights.LightMessageKeys.RELEASED;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a status light (燈號) is computed from facts. A measure's light, in this order (the first that applies):
 * <ol>
 * <li>GREY "plan not approved" while its plan is not approved ({@code trackedSince} null or after today).</li>
 * <li>GREEN "released" when the reviewer released it from tracking (解除列管), whatever else is known.</li>
 * <li>GREY "not tracked" with neither a due date nor a cadence.</li>
 * <li>Completed (either kind): GREEN "done on D"; YELLOW "done on D, no evidence" when
 * {@code requireEvidence} and no report carries evidence.</li>
 * <li>A dated measure (完成期限; one with a due date, even if it also has a cadence): see {@link DeadlineLight}
 * (overdue, due soon, pace warning, on track).</li>
 * <li>A continuous measure (持續辦理): see {@link ReportingLight} (the report for the last ended period).</li>
 * <li>Then a reviewer who kept it tracked (持續列管) makes a GREEN YELLOW "kept tracked by the reviewer".</li>
 * <li>Last, an open corrective action (改善事項, not answered yet) keeps it from GREEN, also when released or not
 * tracked: YELLOW "corrective action awaits an answer, due D" while in time, RED "corrective action N days overdue"
 * past its 改善期限 (see {@link MeasureLight#withOpenCorrection}).</li>
 * </ol>
 * Facts dated after {@code today} (approval, completion, overdue notice, reports) are not known yet and left out,
 * so a light for a past day can be recomputed. Days are calendar days in Asia/Taipei; the caller passes today from
 * its clock ({@code TaipeiTime.today(clock)}).
 * <p>
 * A plan's light: see {@link PlanRollup}.
 */
public final class LightRules {

    private LightRules() {
    }

    /** A measure's light on a day. */
    public static MeasureLight measure(MeasureFacts facts, LocalDate today, LightThresholds t) {
        Objects.requireNonNull(facts, "the measure's facts");
        Objects.requireNonNull(today, "the day to light it on");
        Objects.requireNonNull(t, "the thresholds");
        MeasureFacts known = facts.asOf(today);
        if (known.trackedSince() == null) {
            return MeasureLight.of(Light.GREY, LightReason.of(NOT_APPROVED));
        }
        MeasureLight light = fromWorkAndVerdict(known, today, t);
        return known.mostPressingCorrectionOn(today).map(open -> light.withOpenCorrection(open, today)).orElse(light);
    }

    private static MeasureLight fromWorkAndVerdict(MeasureFacts known, LocalDate today, LightThresholds t) {
        if (known.verdict() == Verdict.RELEASED) {
            return MeasureLight.of(Light.GREEN, LightReason.of(RELEASED));
        }
        if (known.dueDate() == null && known.cadence() == null) {
            return MeasureLight.of(Light.GREY, LightReason.of(NOT_TRACKED));
        }
        MeasureLight light;
        if (known.completedOn() != null) {
            light = completed(known, t);
        } else if (known.dueDate() != null) {
            light = DeadlineLight.of(known, today, t);
        } else {
            light = ReportingLight.of(known, today, t);
        }
        return known.verdict() == Verdict.KEPT_TRACKED ? light.keptTracked() : light;
    }

    /** A plan's light from its measures' lights. */
    public static PlanLight plan(List<MeasureLight> measures, LightThresholds t) {
        Objects.requireNonNull(t, "the thresholds");
        return PlanRollup.of(measures == null ? List.of() : measures, t);
    }

    private static MeasureLight completed(MeasureFacts known, LightThresholds t) {
        LightReason done = LightReason.of(DONE, known.completedOn());
        if (t.requireEvidence() && !known.anyEvidence()) {
            // Done by the agency's word only: the supervising body has nothing to check it against.
            return MeasureLight.of(Light.YELLOW, done, LightReason.of(NO_EVIDENCE));
        }
        return MeasureLight.of(Light.GREEN, done);
    }
}
