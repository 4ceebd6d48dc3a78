package tw.uplift.identity.grant;

import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** The grant type value of the demo password grant (RFC 6749 §4.3). */
public final class PasswordGrant {

    public static final AuthorizationGrantType TYPE = new AuthorizationGrantType("password");

    private PasswordGrant() {
    }
}
