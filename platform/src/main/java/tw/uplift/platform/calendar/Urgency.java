package tw.uplift.platform.calendar;

/**
 * How fast an official document must be handled (公文速別), with the working days the 文書處理手冊 gives each
 * (處理時限). A deployment may give other days through {@code uplift.calendar.urgency.*} ({@link CalendarProperties}).
 */
public enum Urgency {

    /** 最速件: one working day. */
    MOST_URGENT(1),
    /** 速件: three working days. */
    URGENT(3),
    /** 普通件: six working days. */
    ORDINARY(6);

    private final int standardWorkingDays;

    Urgency(int standardWorkingDays) {
        this.standardWorkingDays = standardWorkingDays;
    }

    /** The handling time the 文書處理手冊 sets, used where no other is configured. */
    public int standardWorkingDays() {
        return standardWorkingDays;
    }
}
