package tw.uplift.review.corrective.web;

import java.time.Instant;
import java.time.LocalDate;
import tw.uplift.review.corrective.CorrectiveAction;
import tw.uplift.review.corrective.CorrectiveActionStatus;

/**
 * A corrective action (改善事項) as the API and the pages show it.
 *
 * @param overdue still waiting for the agency's answer after its due date (days in Asia/Taipei)
 */
public record CorrectiveActionView(String id, String checkTaskId, String planId, String measureId, String agencyId,
        String agencyName, String supervisingBodyId, String finding, LocalDate dueDate, CorrectiveActionStatus status,
        boolean overdue, String raisedBy, Instant raisedAt, String response, String respondedBy, Instant respondedAt,
        Instant settledAt) {

    static CorrectiveActionView of(CorrectiveAction a, LocalDate today) {
        return new CorrectiveActionView(a.getId(), a.checkTaskId(), a.planId(), a.measureId(), a.agencyId(),
                a.agencyName(), a.supervisingBodyId(), a.finding(), a.dueDate(), a.status(), a.overdueOn(today),
                a.raisedBy(), a.raisedAt(), a.response(), a.respondedBy(), a.respondedAt(), a.settledAt());
    }
}
