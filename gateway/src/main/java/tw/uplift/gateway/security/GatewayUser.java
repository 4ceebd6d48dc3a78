package tw.uplift.gateway.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The logged-in person as the gateway sees them, from the claims of their ID token (both issuers write the Uplift claims
 * of ADR 0001 into the ID token as well as the access token: {@code deploy/identity}'s {@code UpliftClaims}, the
 * Keycloak realm's mappers with {@code id.token.claim}). Same claim names as platform's {@code CurrentUser}.
 *
 * @param username {@code preferred_username}, else {@code sub}
 * @param name     {@code name}, else the username
 * @param roles    the known Uplift roles in {@code roles}, in the order of {@link #KNOWN_ROLES}
 * @param agencyId {@code agency_id}, or null
 * @param bodyId   {@code body_id}, or null
 */
public record GatewayUser(String username, String name, Set<String> roles, String agencyId, String bodyId) {

    public static final String ROLES_CLAIM = "roles";
    public static final String AGENCY_CLAIM = "agency_id";
    public static final String BODY_CLAIM = "body_id";

    /** ADR 0001's roles. Anything else in the claim is ignored, as the services do. */
    public static final List<String> KNOWN_ROLES = List.of("AGENCY_STAFF", "AGENCY_HEAD", "REVIEWER", "ADMIN", "OPS");

    public GatewayUser {
        roles = Set.copyOf(roles);
    }

    public static GatewayUser fromClaims(Map<String, Object> claims) {
        String username = text(claims.get("preferred_username"));
        if (username == null) {
            username = text(claims.get("sub"));
        }
        String name = text(claims.get("name"));
        return new GatewayUser(username, name == null ? username : name, rolesOf(claims), text(claims.get(AGENCY_CLAIM)),
                text(claims.get(BODY_CLAIM)));
    }

    /** The known role names of a {@value #ROLES_CLAIM} claim (a list, as both issuers send it). */
    public static Set<String> rolesOf(Map<String, Object> claims) {
        Set<String> roles = new LinkedHashSet<>();
        if (claims.get(ROLES_CLAIM) instanceof Collection<?> values) {
            KNOWN_ROLES.stream().filter(role -> values.stream().anyMatch(v -> role.equals(String.valueOf(v)))).forEach(roles::add);
        }
        return roles;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /**
     * Where this person works: agency staff at their plans, a reviewer at their tasks, operators at the status page.
     * Empty for a user with none of the Uplift roles.
     */
    public Optional<String> desk() {
        if (has("AGENCY_STAFF") || has("AGENCY_HEAD")) {
            return Optional.of("/plans");
        }
        if (has("REVIEWER")) {
            return Optional.of("/reviews");
        }
        if (has("ADMIN") || has("OPS")) {
            return Optional.of("/ops");
        }
        return Optional.empty();
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
