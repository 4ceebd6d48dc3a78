package tw.uplift.notification.deadlines;

import java.time.LocalDate;

/**
 * What a supervising body decides on a request (准予展期 / 不准展期).
 *
 * @param approve     approve or refuse
 * @param grantedDate when approving: a due date earlier than the one asked for, or null for the one asked for
 * @param reason      why; required to refuse
 * @param decidedBy   who decides
 */
public record ExtensionDecision(boolean approve, LocalDate grantedDate, String reason, String decidedBy) {
}
