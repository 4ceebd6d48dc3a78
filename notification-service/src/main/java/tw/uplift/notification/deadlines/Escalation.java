package tw.uplift.notification.deadlines;

import java.util.Objects;
import tw.uplift.contracts.deadline.EscalationLevel;
import tw.uplift.contracts.deadline.StepKey;

/**
 * One escalation rung of a ladder (查催): who is told, and how many working days (上班日) after the due date.
 *
 * @param to          the agency head (機關首長) or the supervising body (督考機關)
 * @param workingDays working days after the due date, at least 1
 */
public record Escalation(EscalationLevel to, int workingDays) {

    public Escalation {
        Objects.requireNonNull(to, "to");
        if (workingDays < 1) {
            throw new IllegalArgumentException("an escalation comes at least a working day after the due date");
        }
    }

    public static Escalation toAgencyHead(int workingDays) {
        return new Escalation(EscalationLevel.AGENCY_HEAD, workingDays);
    }

    public static Escalation toSupervisingBody(int workingDays) {
        return new Escalation(EscalationLevel.SUPERVISING_BODY, workingDays);
    }

    /** Its step's key: {@code escalate-head-3}, {@code escalate-14}. */
    public String stepKey() {
        return StepKey.escalation(to, workingDays);
    }
}
