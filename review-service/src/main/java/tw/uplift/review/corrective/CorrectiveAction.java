package tw.uplift.review.corrective;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.review.CorrectiveActionRequired;
import tw.uplift.contracts.review.CorrectiveActionResponded;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * One corrective action (改善事項) raised by a routine check about a measure: what must be corrected and by when.
 * It records {@link CorrectiveActionRequired} when raised and {@link CorrectiveActionResponded} when the agency
 * answers; a reviewer's verification (a review task) then closes it or replaces it with a new one.
 */
@Document("corrective_actions")
public class CorrectiveAction extends OutboxAggregate {

    private String checkTaskId;
    private String planId;
    private String measureId;
    @Indexed
    private String agencyId;
    private String agencyName;
    /** The agency's parent as the check knew it: a reviewer from it has a conflict of interest with the action. */
    private String parentAgencyId;
    @Indexed
    private String supervisingBodyId;
    private String finding;
    private LocalDate dueDate;
    private String raisedBy;
    private Instant raisedAt;
    private CorrectiveActionStatus status;
    private String response;
    private String respondedBy;
    private Instant respondedAt;
    private Instant settledAt;

    /** The longest answer an agency may give. */
    public static final int MAX_RESPONSE = 2000;

    protected CorrectiveAction() {
    }

    /**
     * The corrective action a check's finding raised ({@code decided.correctiveActionId()} must be set).
     *
     * @param agencyName        the agency's name as the check knew it, or null
     * @param parentAgencyId    the agency's parent as the check knew it, or null
     * @param supervisingBodyId the body that ran the check
     */
    public static CorrectiveAction raisedBy(MeasureTrackingDecided decided, String agencyName,
            String parentAgencyId, String supervisingBodyId) {
        CorrectiveAction action = new CorrectiveAction(Objects.requireNonNull(decided.correctiveActionId(),
                "correctiveActionId"));
        action.checkTaskId = decided.taskId();
        action.planId = decided.planId();
        action.measureId = decided.measureId();
        action.agencyId = decided.agencyId();
        action.agencyName = agencyName;
        action.parentAgencyId = parentAgencyId;
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

    /**
     * The agency answers (改善情形回復): what it did. Records {@link CorrectiveActionResponded}; a reviewer then verifies.
     *
     * @throws InvalidInput naming {@code response} when it is empty or too long
     * @throws RuleViolationException {@code already-answered} when it was answered before
     */
    public void respond(String by, String text, Instant at) {
        if (!status.awaitsAnswer()) {
            throw new RuleViolationException("already-answered", "Corrective action " + getId() + " is " + status);
        }
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty()) {
            throw InvalidInput.of("response", "say what was done to correct it");
        }
        if (answer.length() > MAX_RESPONSE) {
            throw InvalidInput.of("response", "at most " + MAX_RESPONSE + " characters");
        }
        this.response = answer;
        this.respondedBy = by;
        this.respondedAt = at;
        this.status = CorrectiveActionStatus.RESPONDED;
        record(new CorrectiveActionResponded(getId(), agencyId, planId, answer, by, at), at);
    }

    /**
     * A reviewer verified the answer: {@code accepted} closes it, otherwise a new corrective action replaces it.
     *
     * @return whether anything changed (a redelivered verification changes nothing)
     */
    public boolean settle(boolean accepted, Instant at) {
        if (status != CorrectiveActionStatus.RESPONDED) {
            return false;
        }
        this.status = accepted ? CorrectiveActionStatus.CLOSED : CorrectiveActionStatus.REJECTED;
        this.settledAt = at;
        return true;
    }

    /** Whether it is still before the agency and past its due date (days in Asia/Taipei). */
    public boolean overdueOn(LocalDate today) {
        return status.awaitsAnswer() && dueDate != null && dueDate.isBefore(today);
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

    public String parentAgencyId() {
        return parentAgencyId;
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

    public String response() {
        return response;
    }

    public String respondedBy() {
        return respondedBy;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public Instant settledAt() {
        return settledAt;
    }
}
