package tw.uplift.identity.grant;

import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;

/** A token request with the password grant, after client authentication and before the user's password is checked. */
public final class PasswordGrantAuthenticationToken extends OAuth2AuthorizationGrantAuthenticationToken {

    private final String username;
    private final String password;
    private final Set<String> requestedScopes;

    public PasswordGrantAuthenticationToken(Authentication client, String username, String password,
            Set<String> requestedScopes, Map<String, Object> additionalParameters) {
        super(PasswordGrant.TYPE, client, additionalParameters);
        this.username = username;
        this.password = password;
        this.requestedScopes = Set.copyOf(requestedScopes);
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public Set<String> requestedScopes() {
        return requestedScopes;
    }

    @Override
    public Object getCredentials() {
        return "";
    }
}
