package tw.uplift.notification.delivery;

import java.util.Objects;

/**
 * What one attempt to send a {@link Delivery} on its channel came to, with the reason shown in its history.
 * The sender only reports; the delivery decides what follows (retry later, give up, ask an operator).
 *
 * @param result what happened
 * @param reason why, in words an operator can act on (e.g. the SMTP reply, the HTTP status)
 */
public record SendOutcome(Result result, String reason) {

    /** The four ways an attempt ends. */
    public enum Result {
        /** The receiving system took it (送達): the SMTP server's 250, a webhook's 2xx. */
        DELIVERED,
        /** It may work later (暫時失敗): SMTP 4xx, connection refused, a timeout, HTTP 5xx/429. Retried with back-off. */
        TEMPORARY_FAILURE,
        /** It will not work (永久失敗): SMTP 5xx (no such mailbox), HTTP 4xx other than 429. Not retried. */
        PERMANENT_FAILURE,
        /** Our own fault (系統錯誤): no address, a broken template, an outcome we cannot know. Not retried. */
        TECHNICAL_FAILURE
    }

    public SendOutcome {
        Objects.requireNonNull(result, "result");
        reason = reason == null ? "" : reason;
    }

    public static SendOutcome delivered(String reason) {
        return new SendOutcome(Result.DELIVERED, reason);
    }

    public static SendOutcome temporaryFailure(String reason) {
        return new SendOutcome(Result.TEMPORARY_FAILURE, reason);
    }

    public static SendOutcome permanentFailure(String reason) {
        return new SendOutcome(Result.PERMANENT_FAILURE, reason);
    }

    public static SendOutcome technicalFailure(String reason) {
        return new SendOutcome(Result.TECHNICAL_FAILURE, reason);
    }

    public boolean isDelivered() {
        return result == Result.DELIVERED;
    }
}
