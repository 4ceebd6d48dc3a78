package tw.uplift.review.corrective;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.review.CorrectiveActionRequired;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * One corrective action (改善事項) raised by a routine check about a measure: what must be corrected and by when.
 * It records {@link CorrectiveActionRequired} when raised.
 */
@Document("corrective_actions")
public class CorrectiveAction extends OutboxAggregate {

    private String checkTaskId;
    private String planId;
    private String measureId;
    @Indexed
    private String agencyId;
    private String agencyName;
    @Indexed
    private String supervisingBodyId;
    private String finding;
    private LocalDate dueDate;
    private String raisedBy;
    private Instant raisedAt;
    private CorrectiveActionStatus status;

    protected CorrectiveAction() {
    }

    /**
     * The corrective action a check's finding raised ({@code decided.correctiveActionId()} must be set).
     *
     * @param agencyName        the agency's name as the check knew it, or null
     * @param supervisingBodyId the body that ran the check
     */
    public static CorrectiveAction raisedBy(MeasureTrackingDecided decided, String agencyName,
            String supervisingBodyId) {
        CorrectiveAction action = new CorrectiveAction(Objects.requireNonNull(decided.correctiveActionId(),
                "correctiveActionId"));
        action.checkTaskId = decided.taskId();
        action.planId = decided.planId();
        action.measureId = decided.measureId();
        action.agencyId = decided.agencyId();
        action.agencyName = agencyName;
        action.supervisingBodyId = supervisingBodyId;
        action.finding = decided.correctiveAction();
        action.dueDate = decided.actionDueDate();
        action.raisedBy = decided.reviewerId();
        action.raisedAt = decided.decidedAt();
        action.status = CorrectiveActionStatus.OPEN;
        action.record(new CorrectiveActionRequired(action.getId(), action.checkTaskId, action.agencyId, action.planId,
                action.finding, action.dueDate, action.raisedAt, action.measureId, action.supervisingBodyId),
                action.raisedAt);
        return action;
    }

    private CorrectiveAction(String id) {
        super(id);
    }

    public String checkTaskId() {
        return checkTaskId;
    }

    public String planId() {
        return planId;
    }

    public String measureId() {
        return measureId;
    }

    public String agencyId() {
        return agencyId;
    }

    public String agencyName() {
        return agencyName;
    }

    public String supervisingBodyId() {
        return supervisingBodyId;
    }

    public String finding() {
        return finding;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public CorrectiveActionStatus status() {
        return status;
    }
}
