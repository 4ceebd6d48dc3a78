package tw.uplift.contracts.deadline;

import java.time.Instant;
import java.time.LocalDate;
import tw.uplift.contracts.EventType;

/**
 * A tracked deadline is near (屆期提醒).
 *
 * @param deadlineId the tracked obligation
 * @param itemKind what is due
 * @param itemId its id
 * @param planId the plan, or null
 * @param agencyId the responsible agency
 * @param title what is due, in words
 * @param dueDate the due date
 * @param daysLeft days until due (7, 1 …)
 * @param notifiedAt when
 */
@EventType("tw.uplift.deadline.DeadlineApproaching.v1")
public record DeadlineApproaching(
        String deadlineId,
        TrackedItemKind itemKind,
        String itemId,
        String planId,
        String agencyId,
        String title,
        LocalDate dueDate,
        int daysLeft,
        Instant notifiedAt) implements DeadlineEvent {

    @Override
    public String aggregateId() {
        return deadlineId;
    }
}
