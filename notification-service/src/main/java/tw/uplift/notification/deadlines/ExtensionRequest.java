package tw.uplift.notification.deadlines;

import java.time.LocalDate;

/**
 * What an agency asks for (展期申請).
 *
 * @param requestKey    the client's key, so that a double submit adds one request; may be null
 * @param requestedDate the new due date
 * @param reason        why
 * @param requestedBy   who asks
 */
public record ExtensionRequest(String requestKey, LocalDate requestedDate, String reason, String requestedBy) {
}
