package tw.uplift.notification.support;

import java.time.Instant;
import java.time.LocalDate;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;

/** The tracker's own deadline events about one dated measure, as its ladder fires them. */
public final class DeadlineEvents {

    public static final String AGENCY = PlanEvents.AGENCY;
    public static final String BODY = PlanEvents.BODY;

    private DeadlineEvents() {
    }

    /** The reminder {@code daysLeft} days before the due date (屆期提醒). */
    public static DeadlineApproaching reminder(String deadlineId, String planId, String measureId, LocalDate due,
            int daysLeft) {
        return new DeadlineApproaching(deadlineId, TrackedItemKind.MEASURE, measureId, planId, AGENCY,
                "1. 推動線上申辦", due, daysLeft, Instant.now());
    }

    /** The day after the due date (逾期). */
    public static ItemOverdue overdue(String deadlineId, String planId, String measureId, LocalDate due) {
        return new ItemOverdue(deadlineId, TrackedItemKind.MEASURE, measureId, planId, AGENCY, "1. 推動線上申辦", due,
                Instant.now());
    }

    /** Still overdue {@code daysOverdue} days on: the supervising body is told (逾期陳報). */
    public static OverdueEscalated escalation(String deadlineId, String measureId, LocalDate due, int daysOverdue) {
        return new OverdueEscalated(deadlineId, TrackedItemKind.MEASURE, measureId, AGENCY, BODY, "1. 推動線上申辦", due,
                daysOverdue, Instant.now());
    }
}
