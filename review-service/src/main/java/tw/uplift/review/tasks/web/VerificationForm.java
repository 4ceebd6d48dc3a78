package tw.uplift.review.tasks.web;

import java.time.LocalDate;

/**
 * The verification form as typed: accepted ({@code true}/{@code false}, or empty), the reason, and for a rejection
 * what is still to be done and by when.
 */
record VerificationForm(String accepted, String reason, String correctiveAction, String actionDueDate) {

    static VerificationForm empty(LocalDate defaultDue) {
        return new VerificationForm("", "", "", defaultDue.toString());
    }
}
