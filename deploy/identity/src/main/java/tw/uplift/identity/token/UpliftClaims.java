package tw.uplift.identity.token;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import tw.uplift.identity.realm.DemoRealm;
import tw.uplift.identity.realm.DemoUser;

/**
 * Puts the Uplift claims (ADR 0001) into access and ID tokens of demo users, the same names the Keycloak
 * realm maps: {@code name}, {@code preferred_username}, {@code roles}, {@code agency_id}, {@code body_id}.
 * Services scope every staff query by these, so they must be identical whichever issuer signed the token.
 * A client acting for itself (client_credentials) gets none of them: it is nobody's agency.
 */
public final class UpliftClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final DemoRealm realm;

    public UpliftClaims(DemoRealm realm) {
        this.realm = realm;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        Authentication principal = context.getPrincipal();
        realm.find(principal.getName()).ifPresent(user -> addUserClaims(context.getClaims(), user));
    }

    static void addUserClaims(JwtClaimsSet.Builder claims, DemoUser user) {
        claims.subject(user.username())
                .claim("preferred_username", user.username())
                .claim("name", user.name())
                .claim("roles", user.roles());
        if (user.agencyId() != null) {
            claims.claim("agency_id", user.agencyId());
        }
        if (user.bodyId() != null) {
            claims.claim("body_id", user.bodyId());
        }
    }
}
