package tw.uplift.notification.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import tw.uplift.platform.domain.InvalidInput;

/**
 * Where an endpoint receives its posts: an absolute {@code https} (or, for a test receiver or an agency's
 * internal network, {@code http}) URL with a host, without credentials in it (they would sit in our database and
 * logs in the clear; a receiver authenticates us by the signature) and without a fragment (never sent anyway).
 */
public final class WebhookUrl {

    static final int MAX_LENGTH = 2000;

    private WebhookUrl() {
    }

    /**
     * @param field the request field it came from, named in the problem
     * @return the URL, normalised
     * @throws InvalidInput naming {@code field} when it is not acceptable
     */
    public static URI parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw InvalidInput.of(field, "is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text.trim()).normalize();
        } catch (URISyntaxException e) {
            throw InvalidInput.of(field, "is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme))) {
            throw InvalidInput.of(field, "must be an absolute https:// or http:// URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw InvalidInput.of(field, "must not carry a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw InvalidInput.of(field, "must name a host");
        }
        if (uri.getRawFragment() != null) {
            throw InvalidInput.of(field, "must not have a #fragment");
        }
        return uri;
    }
}
