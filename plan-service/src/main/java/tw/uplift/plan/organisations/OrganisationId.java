package tw.uplift.plan.organisations;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The id of an agency or a supervising body: a slug ({@code kcg-sanmin-district}), lower-case letters and digits in
 * words joined by single hyphens. It is the Kafka key of the organisation's events and the {@code agency_id} /
 * {@code body_id} of people's tokens, so it never changes once registered. {@code new} is not an id: the pages'
 * address of the form for a new organisation ends in it.
 */
public final class OrganisationId {

    public static final int MAX_LENGTH = 64;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> RESERVED = Set.of("new");

    private OrganisationId() {
    }

    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && SLUG.matcher(id).matches() && !RESERVED.contains(id);
    }

    /** The problem with an id typed for a new organisation, or null when it may be used. */
    static InputIssue problemOf(String id) {
        if (id == null || id.isBlank()) {
            return new InputIssue("id", InputIssue.REQUIRED, "an id is required");
        }
        if (!isValid(id)) {
            return new InputIssue("id", InputIssue.NOT_A_SLUG, "an id is lower-case letters and digits joined by "
                    + "hyphens (e.g. kcg-sanmin-district), at most " + MAX_LENGTH + " characters, and not \"new\"");
        }
        return null;
    }
}
