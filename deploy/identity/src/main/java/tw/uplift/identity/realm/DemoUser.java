package tw.uplift.identity.realm;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One person of the demo realm, with exactly what goes into their tokens (ADR 0001).
 *
 * @param password an encoded password ({@code {bcrypt}...}); all demo passwords are {@code demo}
 * @param agencyId the agency an AGENCY_* user belongs to, or a reviewer's own agency (which they must never review)
 * @param bodyId   the supervising body of a REVIEWER
 */
public record DemoUser(
        String username,
        String password,
        String name,
        List<String> roles,
        @JsonProperty("agency_id") String agencyId,
        @JsonProperty("body_id") String bodyId) {

    public DemoUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
