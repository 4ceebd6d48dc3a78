package tw.uplift.notification.webhook;

import java.util.Objects;
import java.util.regex.Pattern;
import tw.uplift.platform.domain.InvalidInput;

/**
 * Whose an endpoint is (擁有者): an agency ({@code agency:<id>}) or a supervising body ({@code body:<id>}), written
 * the way the inbox addresses them. Ids are the organisations' slugs.
 */
public record WebhookOwner(Kind kind, String id) {

    /** An agency (機關) or a supervising body (督考機關). */
    public enum Kind {
        AGENCY("agency"), BODY("body");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

    public WebhookOwner {
        Objects.requireNonNull(kind, "kind");
        if (id == null || !SLUG.matcher(id).matches()) {
            throw new IllegalArgumentException("not an organisation id: " + id);
        }
    }

    public static WebhookOwner agency(String agencyId) {
        return new WebhookOwner(Kind.AGENCY, agencyId);
    }

    public static WebhookOwner body(String bodyId) {
        return new WebhookOwner(Kind.BODY, bodyId);
    }

    /**
     * Reads {@code agency:<id>} or {@code body:<id>} as a client sent it.
     *
     * @param field the request field it came from, named in the problem
     * @throws InvalidInput when it is neither
     */
    public static WebhookOwner parse(String text, String field) {
        if (text != null) {
            for (Kind kind : Kind.values()) {
                String prefix = kind.prefix + ":";
                if (text.startsWith(prefix) && SLUG.matcher(text.substring(prefix.length())).matches()) {
                    return new WebhookOwner(kind, text.substring(prefix.length()));
                }
            }
        }
        throw InvalidInput.of(field, "is agency:<id> or body:<id>");
    }

    /** {@code agency:<id>} or {@code body:<id>}, as stored and shown. */
    @Override
    public String toString() {
        return kind.prefix + ":" + id;
    }
}
