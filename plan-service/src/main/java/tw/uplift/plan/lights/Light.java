package tw.uplift.plan.lights;

/** A status light (燈號). */
public enum Light {
    /** 綠燈: on track, done, or released from tracking. */
    GREEN,
    /** 黃燈: needs attention (due soon and behind, a pace warning, a report due, done without evidence, kept tracked). */
    YELLOW,
    /** 紅燈: behind: overdue (逾期), or a report missing past its grace. */
    RED,
    /** 灰燈: not tracked (yet): the plan is not approved, or the measure has neither a deadline nor a cadence. */
    GREY
}
