package tw.uplift.notification.webhook;

import java.time.Instant;

/**
 * One of an endpoint's secrets as stored: the current one ({@code retiresAt} null) or a previous one still honoured
 * until {@code retiresAt} (the rotation's grace period, 寬限期).
 *
 * @param secret    the serialised secret ({@code whsec_…})
 * @param since     when it became the current secret
 * @param retiresAt when it stops being signed with; null while it is the current one
 */
public record SigningSecret(String secret, Instant since, Instant retiresAt) {

    boolean isCurrent() {
        return retiresAt == null;
    }

    /** Whether posts at {@code now} are still signed with it. */
    boolean signsAt(Instant now) {
        return retiresAt == null || now.isBefore(retiresAt);
    }

    WebhookSecret parsed() {
        return WebhookSecret.parse(secret);
    }
}
