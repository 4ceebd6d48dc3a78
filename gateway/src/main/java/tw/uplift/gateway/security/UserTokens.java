package tw.uplift.gateway.security;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * The access token of the person behind a request, kept in their gateway session (never in a cookie). Refreshed where the
 * issuer gave a refresh token (Keycloak does; the local issuer gives none to a public client); otherwise an expired one
 * raises {@link ClientAuthorizationRequiredException}, which Spring Security's OAuth2 redirect filter turns into a new
 * authorization request — silent while the person's session at the issuer lasts — and then back to the same page.
 */
public final class UserTokens {

    /** A token this close to its expiry is not sent: it could expire on its way through a service. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final OAuth2AuthorizedClientManager clients;
    private final Clock clock;

    public UserTokens(OAuth2AuthorizedClientManager clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    /** Empty for an anonymous request (or one not authenticated by login at the issuer). */
    public Optional<String> accessToken(Principal principal, HttpServletRequest request) {
        if (!(principal instanceof OAuth2AuthenticationToken login)) {
            return Optional.empty();
        }
        String registration = login.getAuthorizedClientRegistrationId();
        OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(registration)
                .principal(login)
                .attribute(HttpServletRequest.class.getName(), request)
                .build());
        if (client == null || expired(client.getAccessToken())) {
            throw new ClientAuthorizationRequiredException(registration);
        }
        return Optional.of(client.getAccessToken().getTokenValue());
    }

    private boolean expired(OAuth2AccessToken token) {
        Instant expiresAt = token.getExpiresAt();
        return expiresAt != null && !clock.instant().plus(CLOCK_SKEW).isBefore(expiresAt);
    }
}
