package tw.uplift.identity.grant;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Issues an access token for a demo user who gave their password. The user is checked by the same
 * {@code AuthenticationProvider} as the login form; a wrong password is {@code invalid_grant} (RFC 6749 §5.2).
 *
 * <p>No {@code OAuth2Authorization} is stored: the token is a self-contained JWT that services check against
 * the JWKS, and keeping one record per token would grow the in-memory store with every test run.
 */
public final class PasswordGrantAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider users;
    private final OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator;

    public PasswordGrantAuthenticationProvider(AuthenticationProvider users,
            OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator) {
        this.users = users;
        this.tokenGenerator = tokenGenerator;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        PasswordGrantAuthenticationToken grant = (PasswordGrantAuthenticationToken) authentication;
        RegisteredClient client = authenticatedClient(grant);
        if (!client.getAuthorizationGrantTypes().contains(PasswordGrant.TYPE)) {
            throw error(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT, "The client may not use the password grant");
        }
        Set<String> scopes = authorizedScopes(client, grant.requestedScopes());
        Authentication user = authenticateUser(grant);

        OAuth2TokenContext context = DefaultOAuth2TokenContext.builder()
                .registeredClient(client)
                .principal(user)
                .authorizationServerContext(AuthorizationServerContextHolder.getContext())
                .authorizedScopes(scopes)
                .tokenType(OAuth2TokenType.ACCESS_TOKEN)
                .authorizationGrantType(PasswordGrant.TYPE)
                .authorizationGrant(grant)
                .build();
        OAuth2Token generated = tokenGenerator.generate(context);
        if (generated == null) {
            throw error(OAuth2ErrorCodes.SERVER_ERROR, "The token generator could not generate the access token");
        }
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                generated.getTokenValue(), generated.getIssuedAt(), generated.getExpiresAt(), scopes);
        return new OAuth2AccessTokenAuthenticationToken(client, (Authentication) grant.getPrincipal(), accessToken);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PasswordGrantAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static RegisteredClient authenticatedClient(PasswordGrantAuthenticationToken grant) {
        if (grant.getPrincipal() instanceof OAuth2ClientAuthenticationToken client && client.isAuthenticated()
                && client.getRegisteredClient() != null) {
            return client.getRegisteredClient();
        }
        throw error(OAuth2ErrorCodes.INVALID_CLIENT, null);
    }

    /** The requested scopes if the client may have them all; none requested means all of the client's. */
    private static Set<String> authorizedScopes(RegisteredClient client, Set<String> requested) {
        if (requested.isEmpty()) {
            return new LinkedHashSet<>(client.getScopes());
        }
        if (!client.getScopes().containsAll(requested)) {
            throw error(OAuth2ErrorCodes.INVALID_SCOPE, "Scope not allowed for this client");
        }
        return new LinkedHashSet<>(requested);
    }

    private Authentication authenticateUser(PasswordGrantAuthenticationToken grant) {
        try {
            return users.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(grant.username(), grant.password()));
        } catch (AuthenticationException e) {
            // One message for unknown user and wrong password: do not tell which usernames exist.
            throw error(OAuth2ErrorCodes.INVALID_GRANT, "Bad username or password");
        }
    }

    private static OAuth2AuthenticationException error(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }
}
