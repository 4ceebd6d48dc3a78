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
 * @param measureId the measure the finding is about, or null; added in a later release of v1, so older records
 *                  lack it
 * @param supervisingBodyId the body that found it and chases it (督考機關), or null when not known; added in a later
 *                          release of v1
 */
@EventType("tw.uplift.review.CorrectiveActionRequired.v1")
public record CorrectiveActionRequired(
        String actionId,
        String taskId,
        String agencyId,
        String planId,
        String finding,
        LocalDate dueDate,
        Instant requiredAt,
        String measureId,
        String supervisingBodyId) implements ReviewEvent {

    /** A corrective action as first published, before it named its measure and body. */
    public CorrectiveActionRequired(String actionId, String taskId, String agencyId, String planId, String finding,
            LocalDate dueDate, Instant requiredAt) {
        this(actionId, taskId, agencyId, planId, finding, dueDate, requiredAt, null, null);
    }

    @Override
    public String aggregateId() {
        return actionId;
    }
}
