package tw.uplift.plan.lights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A measure's light with its reasons, the most telling first.
 *
 * @param light       the light
 * @param reasons     why; never empty
 * @param paceWarning whether most of the work is being left for the last weeks before the deadline
 * @param daysOverdue for a red light, how many days its deadline or its missing report is overdue; else 0
 */
public record MeasureLight(Light light, List<LightReason> reasons, boolean paceWarning, int daysOverdue) {

    public MeasureLight {
        Objects.requireNonNull(light, "a light");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("every light explains itself: no reason given for " + light);
        }
        if (daysOverdue < 0) {
            throw new IllegalArgumentException("days overdue cannot be negative, was " + daysOverdue);
        }
    }

    /** A light that is not overdue. */
    public MeasureLight(Light light, List<LightReason> reasons, boolean paceWarning) {
        this(light, reasons, paceWarning, 0);
    }

    static MeasureLight of(Light light, LightReason... reasons) {
        return new MeasureLight(light, List.of(reasons), false, 0);
    }

    /**
     * The reviewer kept the measure tracked (持續列管): whatever the facts say, it is not done yet, so green becomes
     * yellow with the verdict as its first reason; yellow and red stay and mention the verdict last.
     */
    MeasureLight keptTracked() {
        List<LightReason> withVerdict = new ArrayList<>(reasons);
        LightReason kept = LightReason.of(LightMessageKeys.KEPT_TRACKED);
        return switch (light) {
            case GREEN -> {
                withVerdict.addFirst(kept);
                yield new MeasureLight(Light.YELLOW, withVerdict, paceWarning, daysOverdue);
            }
            case YELLOW, RED -> {
                withVerdict.add(kept);
                yield new MeasureLight(light, withVerdict, paceWarning, daysOverdue);
            }
            case GREY -> this;
        };
    }

    /**
     * A corrective action (改善事項) is open: the measure cannot be green while something must still be corrected.
     * Past its 改善期限 it is red, as an overdue measure is, counting the days the same way (the day after the due
     * date is day 1); in time, green and grey become yellow. The action's reason comes first where it changed the
     * light, last where the light was that colour already.
     */
    MeasureLight withOpenCorrection(CorrectionFact open, LocalDate today) {
        if (open.pastDueOn(today)) {
            int days = Math.toIntExact(ChronoUnit.DAYS.between(open.dueDate(), today));
            return changedTo(Light.RED, LightReason.of(LightMessageKeys.CORRECTION_OVERDUE, days),
                    Math.max(days, daysOverdue));
        }
        LightReason reason = open.dueDate() == null ? LightReason.of(LightMessageKeys.CORRECTION_OPEN, "—")
                : LightReason.of(LightMessageKeys.CORRECTION_OPEN, open.dueDate());
        return changedTo(light == Light.RED ? Light.RED : Light.YELLOW, reason, daysOverdue);
    }

    private MeasureLight changedTo(Light to, LightReason reason, int days) {
        List<LightReason> withReason = new ArrayList<>(reasons);
        if (to == light) {
            withReason.add(reason);
        } else {
            withReason.addFirst(reason);
        }
        return new MeasureLight(to, withReason, paceWarning, days);
    }
}
