package tw.uplift.contracts.review;

import java.time.Instant;
import java.time.LocalDate;
import tw.uplift.contracts.EventType;

/**
 * A check found something to correct (改善事項), with a deadline.
 *
 * @param actionId the corrective action
 * @param taskId the check that found it
 * @param agencyId the agency that must act
 * @param planId the plan concerned, or null
 * @param finding what was found
 * @param dueDate by when
 * @param requiredAt when
 */
@EventType("tw.uplift.review.CorrectiveActionRequired.v1")
public record CorrectiveActionRequired(
        String actionId,
        String taskId,
        String agencyId,
        String planId,
        String finding,
        LocalDate dueDate,
        Instant requiredAt) implements ReviewEvent {

    @Override
    public String aggregateId() {
        return actionId;
    }
}
