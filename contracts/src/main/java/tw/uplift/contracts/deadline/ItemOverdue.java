package tw.uplift.contracts.deadline;

import java.time.Instant;
import java.time.LocalDate;
import tw.uplift.contracts.EventType;

/**
 * A tracked deadline passed with the work not done (逾期).
 *
 * @param deadlineId the tracked obligation
 * @param itemKind what is due
 * @param itemId its id
 * @param planId the plan, or null
 * @param agencyId the responsible agency
 * @param title what is due
 * @param dueDate the due date that passed
 * @param detectedAt when
 */
@EventType("tw.uplift.deadline.ItemOverdue.v1")
public record ItemOverdue(
        String deadlineId,
        TrackedItemKind itemKind,
        String itemId,
        String planId,
        String agencyId,
        String title,
        LocalDate dueDate,
        Instant detectedAt) implements DeadlineEvent {

    @Override
    public String aggregateId() {
        return deadlineId;
    }
}
