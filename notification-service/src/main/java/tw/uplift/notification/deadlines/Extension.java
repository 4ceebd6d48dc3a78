package tw.uplift.notification.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One request for more time (展期申請) on an item, and what the supervising body decided: kept on the deadline,
 * decided or not, as the record of who asked for what, when and why, and who answered.
 *
 * @param number         1, 2, 3 … on this item: with the deadline's id, the request's identity
 * @param requestKey     the client's key for the request (a form's hidden token), so a double submit adds one; or null
 * @param dueDateBefore  the due date when it was asked
 * @param requestedDate  the new due date asked for
 * @param reason         why (the agency's words)
 * @param requestedBy    who asked (username)
 * @param requestedAt    when
 * @param status         pending, approved or refused
 * @param grantedDate    the due date approved (the one asked for, or a shorter one); null unless approved
 * @param decisionReason the body's words; required to refuse
 * @param decidedBy      who decided (username); null while pending
 * @param decidedAt      when; null while pending
 */
public record Extension(int number, String requestKey, LocalDate dueDateBefore, LocalDate requestedDate, String reason,
        String requestedBy, Instant requestedAt, ExtensionStatus status, LocalDate grantedDate, String decisionReason,
        String decidedBy, Instant decidedAt) {

    public boolean isPending() {
        return status == ExtensionStatus.PENDING;
    }

    Extension decided(ExtensionStatus outcome, LocalDate granted, String why, String by, Instant at) {
        return new Extension(number, requestKey, dueDateBefore, requestedDate, reason, requestedBy, requestedAt, outcome,
                granted, why, by, at);
    }
}
