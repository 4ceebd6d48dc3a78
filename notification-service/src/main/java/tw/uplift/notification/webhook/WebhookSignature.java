package tw.uplift.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks symmetric signature (簽章): {@code v1,} + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")),
 * the key being the decoded part of a {@link WebhookSecret}. Several signatures (one per valid secret, during a
 * rotation) go space-separated in one {@code webhook-signature} header. The one place that computes it, for the
 * sender and for {@link WebhookVerifier}.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /**
     * One {@code v1} signature.
     *
     * @param messageId the {@code webhook-id}; must not contain a full stop (the spec's rule: the signed content is
     *                  delimited by full stops, so a dot in the id could shift bytes between id and timestamp)
     * @param timestamp the {@code webhook-timestamp}, seconds since the epoch
     */
    public static String sign(String messageId, long timestamp, byte[] body, WebhookSecret secret) {
        return VERSION + "," + Base64.getEncoder().encodeToString(mac(messageId, timestamp, body, secret));
    }

    /** The {@code webhook-signature} header: one signature per secret, space-separated. */
    public static String header(String messageId, long timestamp, byte[] body, Collection<WebhookSecret> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("nothing to sign with");
        }
        return secrets.stream().map(s -> sign(messageId, timestamp, body, s)).collect(Collectors.joining(" "));
    }

    /** The raw HMAC, for a constant-time comparison in {@link WebhookVerifier}. */
    static byte[] mac(String messageId, long timestamp, byte[] body, WebhookSecret secret) {
        requireValidId(messageId);
        Objects.requireNonNull(body, "body");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            mac.update((messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** A message id we send: non-blank, no full stop and no white space (it is a header value and a dedupe key). */
    public static void requireValidId(String messageId) {
        if (!isValidId(messageId)) {
            throw new IllegalArgumentException("a webhook-id is non-blank without '.' or white space: " + messageId);
        }
    }

    static boolean isValidId(String messageId) {
        return messageId != null && !messageId.isBlank() && !messageId.contains(".")
                && messageId.chars().noneMatch(Character::isWhitespace);
    }
}
