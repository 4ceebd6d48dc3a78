package tw.uplift.gateway.security;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tw.uplift.gateway.publictraffic.PublicTrafficGuard;

/**
 * The gateway's web security. It owns the session, so it is where login, logout and CSRF live; the services behind it
 * stay stateless resource servers that see a bearer token (or none).
 * <ul>
 *   <li>Login: authorization code with PKCE as the public client {@code uplift-web} (registration {@value #REGISTRATION},
 *       {@code gateway.yml}). The tokens stay in the session ({@link HttpSessionOAuth2AuthorizedClientRepository}),
 *       never in the browser.</li>
 *   <li>Logout ({@code POST /logout}): the session ends here and, by OIDC RP-initiated logout, at the issuer too, which
 *       sends the browser back to {@code /}.</li>
 *   <li>CSRF: a session-backed token checked on every state-changing request, including those routed to the services
 *       (which render it into their forms from the request headers the gateway relays, see {@code routing.Relay}).</li>
 *   <li>Staff pages ({@code /plans}, {@code /reviews}, {@code /surveys}, {@code /inbox}, {@code /deadlines}) send an anonymous visitor to
 *       the login; public pages and the APIs pass anonymous (the services decide: an API answers 401 itself);
 *       {@code /ops} and the actuator beyond health and metrics are for ADMIN and OPS.</li>
 *   <li>Headers on every response, the services' pages included: {@value #CONTENT_SECURITY_POLICY}; no framing;
 *       referrer policy {@code strict-origin-when-cross-origin}; {@code nosniff}.</li>
 *   <li>Anonymous public traffic: rate limited and size-capped ({@link PublicTrafficGuard}) right after the headers
 *       are set up and before the CSRF check reads a form's body.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String REGISTRATION = "uplift";
    /** Where an anonymous visitor of a staff page is sent: straight to the issuer's login, no page of our own in between. */
    static final String LOGIN = "/oauth2/authorization/" + REGISTRATION;
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    SecurityFilterChain gateway(HttpSecurity http, ClientRegistrationRepository registrations,
            PublicTrafficGuard publicTraffic) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler logoutAtIssuer = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logoutAtIssuer.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "prometheus", "info")).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasAnyRole("ADMIN", "OPS")
                        .requestMatchers("/ops", "/ops/**").hasAnyRole("ADMIN", "OPS")
                        .requestMatchers("/plans/**", "/reviews/**", "/surveys/**", "/inbox/**", "/deadlines/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2Login(login -> login
                        .loginPage(LOGIN)
                        // Not back to the login: a failure that repeats (a misconfigured issuer) would loop.
                        .failureUrl("/?login-error")
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new UpliftAuthorities())))
                .logout(logout -> logout.logoutSuccessHandler(logoutAtIssuer))
                .addFilterAfter(publicTraffic, HeaderWriterFilter.class)
                .csrf(Customizer.withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentTypeOptions(Customizer.withDefaults()));
        return http.build();
    }

    /** Tokens live in the session: gone with it at logout or expiry, never shared between two browsers of one person. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    /** Expiry is judged on the system clock, unless a {@link Clock} bean says otherwise (tests move it). */
    @Bean
    UserTokens userTokens(OAuth2AuthorizedClientManager authorizedClientManager, ObjectProvider<Clock> clock) {
        return new UserTokens(authorizedClientManager, clock.getIfAvailable(Clock::systemUTC));
    }
}
