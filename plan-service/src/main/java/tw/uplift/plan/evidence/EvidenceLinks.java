package tw.uplift.plan.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links as evidence (佐證連結): a web address where the work can be seen (the agency's news item, its open-data page).
 * Only {@code http} and {@code https}: a {@code javascript:} or {@code data:} address would run in the reader's
 * browser when followed from a plan page.
 */
public final class EvidenceLinks {

    public static final int MAX_URL_LENGTH = 2000;
    /** A scheme as RFC 3986 spells it, read before the rest, so {@code data:} is named as such even when unparsable. */
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");
    public static final int MAX_NAME_LENGTH = 200;
    /** At most this many links on one report. */
    public static final int MAX_PER_REPORT = 5;

    private EvidenceLinks() {
    }

    /**
     * What is wrong with an address, as a message key of {@code plan-progress-messages} ({0} is the limit), or empty
     * when it may be kept.
     */
    public static Optional<String> problemWith(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("evidence.link.required");
        }
        String address = url.strip();
        if (address.length() > MAX_URL_LENGTH) {
            return Optional.of("evidence.link.tooLong");
        }
        Matcher scheme = SCHEME.matcher(address);
        String name = scheme.lookingAt() ? scheme.group(1).toLowerCase(Locale.ROOT) : "";
        if (!name.equals("http") && !name.equals("https")) {
            return Optional.of("evidence.link.scheme");
        }
        try {
            URI uri = new URI(address);
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of("evidence.link.invalid");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("evidence.link.invalid");
        }
    }

    /** The name a link is shown with: the one given, or its address. */
    public static String nameOf(String name, String url) {
        return name == null || name.isBlank() ? url.strip() : name.strip();
    }
}
