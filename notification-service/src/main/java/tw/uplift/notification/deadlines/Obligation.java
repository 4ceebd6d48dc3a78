package tw.uplift.notification.deadlines;

import java.time.LocalDate;
import java.util.Objects;
import tw.uplift.contracts.deadline.TrackedItemKind;

/**
 * What is owed, by whom and by when: the input to {@link Deadline#track}.
 *
 * @param kind              what kind of item is due
 * @param itemId            the measure or review task
 * @param planId            the plan, or null
 * @param agencyId          the responsible agency (for a review task: the agency under review)
 * @param supervisingBodyId who hears of escalations
 * @param responsible       whose inbox gets the reminders: {@code agency:<id>} or {@code user:<name>}
 * @param title             what is due, in words
 * @param dueDate           the due date (Asia/Taipei)
 * @param period            for progress reports: the reporting period, else null
 * @param trackUntil        for progress reports: the last day of the plan year, else null
 */
public record Obligation(TrackedItemKind kind, String itemId, String planId, String agencyId,
        String supervisingBodyId, String responsible, String title, LocalDate dueDate, ReportingPeriod period,
        LocalDate trackUntil) {

    public Obligation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
