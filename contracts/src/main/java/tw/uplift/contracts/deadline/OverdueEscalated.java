package tw.uplift.contracts.deadline;

import java.time.Instant;
import java.time.LocalDate;
import tw.uplift.contracts.EventType;

/**
 * An overdue item stayed overdue and was escalated to the supervising body (逾期陳報).
 *
 * @param deadlineId the tracked obligation
 * @param itemKind what is due
 * @param itemId its id
 * @param agencyId the responsible agency
 * @param supervisingBodyId who is told
 * @param title what is due
 * @param dueDate the due date
 * @param daysOverdue working days past due (on the office calendar, so 14 may span a month around 春節)
 * @param escalatedAt when
 */
@EventType("tw.uplift.deadline.OverdueEscalated.v1")
public record OverdueEscalated(
        String deadlineId,
        TrackedItemKind itemKind,
        String itemId,
        String agencyId,
        String supervisingBodyId,
        String title,
        LocalDate dueDate,
        int daysOverdue,
        Instant escalatedAt) implements DeadlineEvent {

    @Override
    public String aggregateId() {
        return deadlineId;
    }
}
