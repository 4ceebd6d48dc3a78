package tw.uplift.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller, from their token: who they are, their roles, and the agency (機關) or supervising body
 * (督考機關) they are bound to. Services scope every staff query by these.
 */
public record CurrentUser(String username, String name, Set<Role> roles, String agencyId, String bodyId) {

    public static final String ROLES_CLAIM = "roles";
    public static final String AGENCY_CLAIM = "agency_id";
    public static final String BODY_CLAIM = "body_id";

    /**
     * The roles a token grants: the known names in its {@value #ROLES_CLAIM} claim (a list, as both issuers send
     * it); anything else in it is ignored. The one reading of that claim, for authorities and callers alike.
     */
    public static Set<Role> rolesOf(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (jwt.getClaims().get(ROLES_CLAIM) instanceof Collection<?> values) {
            for (Object v : values) {
                for (Role r : Role.values()) {
                    if (r.name().equals(String.valueOf(v))) {
                        roles.add(r);
                    }
                }
            }
        }
        return roles;
    }

    public static CurrentUser from(Jwt jwt) {
        Set<Role> roles = rolesOf(jwt);
        // Keycloak puts a UUID in sub for users it creates; both issuers send preferred_username.
        String username = jwt.getClaimAsString("preferred_username");
        if (username == null || username.isBlank()) {
            username = jwt.getSubject();
        }
        String name = jwt.getClaimAsString("name");
        return new CurrentUser(username, name == null ? username : name, roles,
                jwt.getClaimAsString(AGENCY_CLAIM), jwt.getClaimAsString(BODY_CLAIM));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAgencyUser() {
        return has(Role.AGENCY_STAFF) || has(Role.AGENCY_HEAD);
    }

    /** The agency an agency user works for; refuses callers not bound to one. */
    public String requireAgency() {
        if (!isAgencyUser() || agencyId == null || agencyId.isBlank()) {
            throw new AccessDeniedException("only agency staff bound to an agency may do this");
        }
        return agencyId;
    }

    /** The supervising body a reviewer works for; refuses callers not bound to one. */
    public String requireBody() {
        if (!has(Role.REVIEWER) || bodyId == null || bodyId.isBlank()) {
            throw new AccessDeniedException("only reviewers bound to a supervising body may do this");
        }
        return bodyId;
    }

    public void requireAny(Role... anyOf) {
        if (List.of(anyOf).stream().noneMatch(this::has)) {
            throw new AccessDeniedException("requires one of " + List.of(anyOf));
        }
    }
}
