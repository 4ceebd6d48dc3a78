package tw.uplift.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

class UserTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ClientRegistration UPLIFT = ClientRegistration.withRegistrationId("uplift")
            .clientId("uplift-web")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .authorizationUri("http://localhost:9000/oauth2/authorize")
            .tokenUri("http://localhost:9000/oauth2/token")
            .build();
    private static final OAuth2AuthenticationToken CLERK = new OAuth2AuthenticationToken(
            new DefaultOAuth2User(List.of(), Map.of("sub", "clerk"), "sub"), List.of(), "uplift");

    @Test
    void aLoggedInPersonsValidTokenIsRelayed() {
        UserTokens tokens = new UserTokens(manager(token("fresh", NOW.plus(Duration.ofMinutes(10)))), CLOCK);

        assertThat(tokens.accessToken(CLERK, new MockHttpServletRequest())).hasValue("fresh");
    }

    @Test
    void anAnonymousRequestGoesWithoutAToken() {
        UserTokens tokens = new UserTokens(request -> {
            throw new AssertionError("an anonymous request asks the issuer for nothing");
        }, CLOCK);

        assertThat(tokens.accessToken(null, new MockHttpServletRequest())).isEmpty();
        assertThat(tokens.accessToken(new UsernamePasswordAuthenticationToken("x", "y"), new MockHttpServletRequest())).isEmpty();
    }

    @Test
    void anExpiredTokenThatCannotBeRefreshedSendsThePersonThroughTheIssuerAgain() {
        UserTokens tokens = new UserTokens(manager(token("stale", NOW.minusSeconds(1))), CLOCK);

        assertThatThrownBy(() -> tokens.accessToken(CLERK, new MockHttpServletRequest()))
                .isInstanceOfSatisfying(ClientAuthorizationRequiredException.class,
                        e -> assertThat(e.getClientRegistrationId()).isEqualTo("uplift"));
    }

    @Test
    void aTokenAboutToExpireIsNotSentOnItsWay() {
        UserTokens tokens = new UserTokens(manager(token("almost", NOW.plusSeconds(10))), CLOCK);

        assertThatThrownBy(() -> tokens.accessToken(CLERK, new MockHttpServletRequest()))
                .isInstanceOf(ClientAuthorizationRequiredException.class);
    }

    @Test
    void aSessionWithoutTokensLogsInAgain() {
        UserTokens tokens = new UserTokens(request -> null, CLOCK);

        assertThatThrownBy(() -> tokens.accessToken(CLERK, new MockHttpServletRequest()))
                .isInstanceOf(ClientAuthorizationRequiredException.class);
    }

    private static OAuth2AuthorizedClientManager manager(OAuth2AccessToken token) {
        return request -> new OAuth2AuthorizedClient(UPLIFT, request.getPrincipal().getName(), token);
    }

    private static OAuth2AccessToken token(String value, Instant expiresAt) {
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, expiresAt.minus(Duration.ofHours(1)), expiresAt);
    }
}
