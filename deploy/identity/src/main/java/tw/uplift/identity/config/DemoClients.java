package tw.uplift.identity.config;


import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import tw.uplift.identity.grant.PasswordGrant;

/**
 * The two clients of the local run, named as in the Keycloak realm:
 * {@code uplift-cli} (confidential: password and client_credentials grants, for scripts and tests) and
 * {@code uplift-web} (public: authorization code with PKCE, for browsers: the gateway logs people in with it).
 */
final class DemoClients {

    static final String CLI_ID = "uplift-cli";
    /** Demo only, as the ADR says; a real deployment's clients live in Keycloak. */
    static final String CLI_SECRET = "uplift-cli-secret";
    static final String WEB_ID = "uplift-web";

    private DemoClients() {
    }

    static InMemoryRegisteredClientRepository repository(IdentityProperties properties, PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
        RegisteredClient cli = RegisteredClient.withId(CLI_ID) // the repository's own key; the client id is unique already
                .clientId(CLI_ID)
                .clientSecret(encoder.encode(CLI_SECRET))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(PasswordGrant.TYPE)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .tokenSettings(tokens)
                .build();
        RegisteredClient.Builder web = RegisteredClient.withId(WEB_ID)
                .clientId(WEB_ID)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens);
        properties.webRedirectUris().forEach(web::redirectUri);
        properties.webRedirectUris().stream().map(DemoClients::origin).distinct().forEach(web::postLogoutRedirectUri);
        return new InMemoryRegisteredClientRepository(cli, web.build());
    }

    /** {@code http://localhost:8081/login/oauth2/code/uplift} → {@code http://localhost:8081/}. */
    private static String origin(String redirectUri) {
        java.net.URI uri = java.net.URI.create(redirectUri);
        return uri.getScheme() + "://" + uri.getAuthority() + "/";
    }
}
