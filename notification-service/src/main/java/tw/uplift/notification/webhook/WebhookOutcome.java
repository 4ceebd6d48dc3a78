package tw.uplift.notification.webhook;

import java.util.Objects;

/**
 * How posting one message to one endpoint ended, after the client's own short retries.
 *
 * @param result   the kind of ending, as the delivery status records it
 * @param reason   why, in a line (e.g. {@code HTTP 503}, {@code circuit open}, {@code timed out}); null when delivered
 * @param attempts how many requests were sent (0: none, e.g. the circuit was open)
 */
public record WebhookOutcome(Result result, String reason, int attempts) {

    /** The kinds of ending. */
    public enum Result {
        /** A 2xx answer. */
        DELIVERED,
        /** Worth trying again later: no answer, a timeout, 5xx, 408, 429, or the endpoint's circuit is open. */
        TEMPORARY_FAILURE,
        /** Trying again will not help: another 4xx, a redirect, a disabled endpoint. */
        PERMANENT_FAILURE,
        /** Our own fault (a bug, a broken stored secret): not the receiver's. */
        TECHNICAL_FAILURE
    }

    public WebhookOutcome {
        Objects.requireNonNull(result, "result");
    }

    public static WebhookOutcome delivered(int attempts) {
        return new WebhookOutcome(Result.DELIVERED, null, attempts);
    }

    public static WebhookOutcome temporary(String reason, int attempts) {
        return new WebhookOutcome(Result.TEMPORARY_FAILURE, reason, attempts);
    }

    public static WebhookOutcome permanent(String reason, int attempts) {
        return new WebhookOutcome(Result.PERMANENT_FAILURE, reason, attempts);
    }

    public static WebhookOutcome technical(String reason, int attempts) {
        return new WebhookOutcome(Result.TECHNICAL_FAILURE, reason, attempts);
    }

    public boolean delivered() {
        return result == Result.DELIVERED;
    }
}
