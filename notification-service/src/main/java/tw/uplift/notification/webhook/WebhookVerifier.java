package tw.uplift.notification.webhook;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * What a receiver does with a webhook (驗證): recompute the signature over {@code webhook-id},
 * {@code webhook-timestamp} and the raw body with each secret it holds, compare it in constant time against every
 * {@code v1} entry of {@code webhook-signature}, and refuse a timestamp more than five minutes from its own clock,
 * so a captured request cannot be replayed later. {@code docs/webhooks.md} tells agencies to do exactly this; the
 * tests' receiver uses this class.
 */
public final class WebhookVerifier {

    /** The spec's suggested tolerance, both ways. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    /** Why a request was refused, or that it was not. */
    public enum Verdict {
        VERIFIED,
        /** One of the three headers is absent or blank. */
        MISSING_HEADER,
        /** {@code webhook-timestamp} is not an integer. */
        MALFORMED_TIMESTAMP,
        /** {@code webhook-timestamp} is further from now than the tolerance: a replay, or a badly wrong clock. */
        TIMESTAMP_OUT_OF_TOLERANCE,
        /** No {@code v1} signature matches any of the secrets: tampered, or signed with another secret. */
        NO_MATCHING_SIGNATURE
    }

    private final List<WebhookSecret> secrets;
    private final Clock clock;
    private final Duration tolerance;

    /** @param secrets every secret the receiver accepts (the old and the new one while it switches over) */
    public WebhookVerifier(List<WebhookSecret> secrets, Clock clock, Duration tolerance) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a verifier needs a secret");
        }
        this.secrets = List.copyOf(secrets);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    public WebhookVerifier(WebhookSecret secret, Clock clock) {
        this(List.of(secret), clock, DEFAULT_TOLERANCE);
    }

    /**
     * @param id        the {@code webhook-id} header as received
     * @param timestamp the {@code webhook-timestamp} header as received
     * @param signature the {@code webhook-signature} header as received
     * @param body      the raw body bytes, before any JSON parsing
     */
    public Verdict verify(String id, String timestamp, String signature, byte[] body) {
        if (isBlank(id) || isBlank(timestamp) || isBlank(signature) || body == null) {
            return Verdict.MISSING_HEADER;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Verdict.MALFORMED_TIMESTAMP;
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > tolerance.toSeconds()) {
            return Verdict.TIMESTAMP_OUT_OF_TOLERANCE;
        }
        if (!WebhookSignature.isValidId(id)) {
            return Verdict.NO_MATCHING_SIGNATURE;   // a dot could not have been signed unambiguously
        }
        for (WebhookSecret secret : secrets) {
            byte[] expected = WebhookSignature.mac(id, seconds, body, secret);
            for (String entry : signature.trim().split(" +")) {
                int comma = entry.indexOf(',');
                if (comma < 0 || !WebhookSignature.VERSION.equals(entry.substring(0, comma))) {
                    continue; // another scheme (v1a, a later version): not ours to judge
                }
                byte[] received;
                try {
                    received = Base64.getDecoder().decode(entry.substring(comma + 1));
                } catch (IllegalArgumentException notBase64) {
                    continue;
                }
                if (MessageDigest.isEqual(expected, received)) {   // constant time
                    return Verdict.VERIFIED;
                }
            }
        }
        return Verdict.NO_MATCHING_SIGNATURE;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
