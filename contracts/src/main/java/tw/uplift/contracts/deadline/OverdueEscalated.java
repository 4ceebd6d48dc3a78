package tw.uplift.contracts.deadline;

import java.time.Instant;
import java.time.LocalDate;
import tw.uplift.contracts.EventType;

/**
 * An overdue item stayed overdue and was escalated (查催): to the responsible agency's head after a few working
 * days, to the supervising body after more (逾期陳報). {@code escalatedTo} says which; null (every event before
 * it was added) means the supervising body.
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
 * @param escalatedTo who is told: {@link EscalationLevel#AGENCY_HEAD} or {@link EscalationLevel#SUPERVISING_BODY};
 *                    null means the supervising body (optional, added within v1)
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
        Instant escalatedAt,
        EscalationLevel escalatedTo) implements DeadlineEvent {

    /** An escalation to the supervising body, as every escalation was before levels were added. */
    public OverdueEscalated(String deadlineId, TrackedItemKind itemKind, String itemId, String agencyId,
            String supervisingBodyId, String title, LocalDate dueDate, int daysOverdue, Instant escalatedAt) {
        this(deadlineId, itemKind, itemId, agencyId, supervisingBodyId, title, dueDate, daysOverdue, escalatedAt, null);
    }

    /** Whether the supervising body is told (a null level included): what opens a follow-up there. */
    public boolean reachesSupervisingBody() {
        return escalatedTo != EscalationLevel.AGENCY_HEAD;
    }

    @Override
    public String aggregateId() {
        return deadlineId;
    }
}
