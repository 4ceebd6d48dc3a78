package tw.uplift.contracts.review;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * The agency answered a corrective action (改善情形回復): what it did. Its deadline is met; a reviewer now verifies
 * the answer (改善事項查證), and a rejected answer raises a new corrective action with a new deadline.
 *
 * @param actionId the corrective action
 * @param agencyId the agency that answered
 * @param planId the plan concerned, or null
 * @param response what the agency did, in its words
 * @param respondedBy who answered (username)
 * @param respondedAt when
 */
@EventType("tw.uplift.review.CorrectiveActionResponded.v1")
public record CorrectiveActionResponded(
        String actionId,
        String agencyId,
        String planId,
        String response,
        String respondedBy,
        Instant respondedAt) implements ReviewEvent {

    @Override
    public String aggregateId() {
        return actionId;
    }
}
