package tw.uplift.notification.webhook;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An endpoint's signing secret (簽章金鑰) in the Standard Webhooks serialisation: {@code whsec_} followed by the
 * base64 of the random key bytes. The spec asks for at least 24 bytes (192 bits) and at most 64; we generate 32.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    static final int MIN_BYTES = 24;
    static final int MAX_BYTES = 64;
    private static final int GENERATED_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String text;
    private final byte[] key;

    private WebhookSecret(String text, byte[] key) {
        this.text = text;
        this.key = key;
    }

    /** A new random secret. */
    public static WebhookSecret generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key), key);
    }

    /**
     * Reads a serialised secret.
     *
     * @throws IllegalArgumentException when it is not {@code whsec_} + base64 of 24..64 bytes
     */
    public static WebhookSecret parse(String text) {
        Objects.requireNonNull(text, "secret");
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("a webhook secret is base64 after " + PREFIX, notBase64);
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException("a webhook secret has " + MIN_BYTES + " to " + MAX_BYTES + " bytes");
        }
        return new WebhookSecret(text, key);
    }

    /** The HMAC key: the bytes after the prefix, base64-decoded. */
    byte[] key() {
        return key.clone();
    }

    /** The serialised form, as shown to the endpoint's owner once and stored. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret s && Arrays.equals(key, s.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    /** Never the secret itself: it must not end up in a log. */
    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
