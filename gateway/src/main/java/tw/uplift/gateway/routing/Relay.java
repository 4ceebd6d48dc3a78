package tw.uplift.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tw.uplift.gateway.security.UserTokens;
import tw.uplift.platform.pages.PageModelAdvice;

/**
 * What every routed request carries to its service, and what the gateway takes off the answer.
 * <ul>
 *   <li>{@code Authorization: Bearer <access token>} of the logged-in person (token relay); an anonymous request goes
 *       without one (a header the client sent itself is passed on, so a script's own token still works);</li>
 *   <li>{@value #CSRF_TOKEN_HEADER} and {@value #CSRF_PARAM_HEADER}: the session's current CSRF token (masked afresh for
 *       each request, as Spring Security renders it) and the name of the form field it goes in ({@code _csrf}). A
 *       service renders them into its forms; the gateway checks them when the form comes back. Whatever the client
 *       sent under these names is replaced;</li>
 *   <li>the client's cookies (the language choice {@code uplift-lang} among them), except the gateway's own session
 *       cookie, which is of no use to a service.</li>
 * </ul>
 * From the answer the security headers of the service are removed, so the gateway's own (CSP, framing, referrer,
 * nosniff, HSTS) are the ones the browser sees on every page.
 */
@Component
public class Relay {

    public static final String CSRF_TOKEN_HEADER = "X-CSRF-TOKEN";
    public static final String CSRF_PARAM_HEADER = "X-CSRF-PARAM";

    /** Written by the gateway's Spring Security for every response; a service's own copies would compete with them. */
    static final List<String> GATEWAY_OWNED_RESPONSE_HEADERS = List.of("Content-Security-Policy",
            "Content-Security-Policy-Report-Only", "X-Frame-Options", "Referrer-Policy", "X-Content-Type-Options",
            "X-XSS-Protection", "Strict-Transport-Security");

    private final UserTokens tokens;
    private final UnreadNotices unread;
    private final String sessionCookie;

    public Relay(UserTokens tokens, UnreadNotices unread,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        this.tokens = tokens;
        this.unread = unread;
        this.sessionCookie = sessionCookie;
    }

    /** The filter every route applies. */
    public HandlerFilterFunction<ServerResponse, ServerResponse> toService() {
        return toService(false);
    }

    /**
     * The filter of the routes to pages: as {@link #toService()}, and a page a person reads (a GET) also carries their
     * unread notices in {@value tw.uplift.platform.pages.PageModelAdvice#UNREAD_HEADER} for the header's badge.
     */
    public HandlerFilterFunction<ServerResponse, ServerResponse> toPages() {
        return toService(true);
    }

    private HandlerFilterFunction<ServerResponse, ServerResponse> toService(boolean page) {
        return (request, next) -> {
            HttpServletRequest servletRequest = request.servletRequest();
            Optional<String> accessToken = tokens.accessToken(request.principal().orElse(null), servletRequest);
            CsrfToken csrf = (CsrfToken) servletRequest.getAttribute(CsrfToken.class.getName());
            Optional<Integer> unreadCount = page && "GET".equals(servletRequest.getMethod())
                    ? accessToken.flatMap(unread::of) : Optional.empty();
            ServerRequest relayed = ServerRequest.from(request).headers(headers -> {
                accessToken.ifPresent(headers::setBearerAuth);
                headers.remove(PageModelAdvice.UNREAD_HEADER);
                unreadCount.ifPresent(n -> headers.set(PageModelAdvice.UNREAD_HEADER, String.valueOf(n)));
                headers.remove(CSRF_TOKEN_HEADER);
                headers.remove(CSRF_PARAM_HEADER);
                if (csrf != null) {
                    headers.set(CSRF_TOKEN_HEADER, csrf.getToken());
                    headers.set(CSRF_PARAM_HEADER, csrf.getParameterName());
                }
                withoutCookie(headers, sessionCookie);
            }).build();
            ServerResponse response = next.handle(relayed);
            // Only a proxied answer has them (and mutable headers); one the gateway built itself, e.g. its 502 page, has not.
            HttpHeaders answered = response.headers();
            if (GATEWAY_OWNED_RESPONSE_HEADERS.stream().anyMatch(answered::containsHeader)) {
                GATEWAY_OWNED_RESPONSE_HEADERS.forEach(answered::remove);
            }
            return response;
        };
    }

    /** Drops one cookie from the {@code Cookie} header(s), keeping the others in their order. */
    static void withoutCookie(HttpHeaders headers, String name) {
        List<String> cookieHeaders = headers.get(HttpHeaders.COOKIE);
        if (cookieHeaders == null || cookieHeaders.isEmpty()) {
            return;
        }
        List<String> kept = new ArrayList<>();
        for (String header : cookieHeaders) {
            String rest = Arrays.stream(header.split(";"))
                    .map(String::trim)
                    .filter(pair -> !pair.isEmpty() && !pair.startsWith(name + "="))
                    .collect(Collectors.joining("; "));
            if (!rest.isEmpty()) {
                kept.add(rest);
            }
        }
        headers.remove(HttpHeaders.COOKIE);
        if (!kept.isEmpty()) {
            headers.put(HttpHeaders.COOKIE, kept);
        }
    }

    /**
     * A {@code Location} from a service as the browser must see it through the gateway: an absolute URL on the service's
     * own address becomes a path, and under an API prefix {@code /api/...} becomes {@code <apiPrefix>/...}
     * ({@code /api/plans/p-1} → {@code /api/plan/plans/p-1}). Anything else (another host, the issuer) is left alone.
     */
    static String locationThroughGateway(String location, URI service, String apiPrefix) {
        String path = location;
        String base = service.toString().replaceAll("/+$", "");
        if (location.startsWith(base + "/") || location.equals(base)) {
            path = location.substring(base.length());
            if (path.isEmpty()) {
                path = "/";
            }
        }
        if (apiPrefix != null && (path.startsWith("/api/") || path.equals("/api"))) {
            path = apiPrefix + path.substring("/api".length());
        }
        return path;
    }
}
