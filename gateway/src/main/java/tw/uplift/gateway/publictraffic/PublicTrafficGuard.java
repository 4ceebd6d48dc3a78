package tw.uplift.gateway.publictraffic;

import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Guards anonymous traffic to the public routes before it is routed: a token bucket per client (429 with
 * {@code Retry-After} when it is empty) and a cap on the request body (413 above it; 411 for a body sent without
 * a length, which could not be capped without reading it). A refusal is an RFC 9457 problem document, or for a
 * browser a short page in both languages ({@link RefusalAnswers}); each is counted.
 *
 * <p><b>Which requests.</b> Those to {@link PublicTrafficProperties#paths()} from anyone not logged in at the
 * gateway, and those to {@link PublicTrafficProperties#apiPaths()} that carry no credential at all. Staff who are
 * logged in are never counted: they are known, and their own limits are the services'.
 *
 * <p><b>The client.</b> {@code getRemoteAddr()} as Tomcat resolved it: the connection's address, or behind an
 * ingress or load balancer the last {@code X-Forwarded-For} entry added by a proxy Tomcat trusts
 * ({@code server.tomcat.remoteip.internal-proxies}, private and loopback addresses by default); a header a client
 * sends from anywhere else is ignored.
 *
 * <p>It runs inside Spring Security's chain, right after the security headers are set up and before the CSRF check:
 * the login is known then, a refused page carries the same headers as every other page, and a refused form body is
 * never read (the CSRF check would parse it).
 */
public class PublicTrafficGuard extends OncePerRequestFilter {

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    private final List<PathPattern> paths;
    private final List<PathPattern> apiPaths;
    private final long maxBodyBytes;
    private final ClientRateLimit limit;
    private final RefusalAnswers refusals;

    PublicTrafficGuard(PublicTrafficProperties properties, ClientRateLimit limit, RefusalAnswers refusals) {
        this.paths = properties.paths().stream().map(PARSER::parse).toList();
        this.apiPaths = properties.apiPaths().stream().map(PARSER::parse).toList();
        this.maxBodyBytes = properties.maxBody().toBytes();
        this.limit = limit;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!guarded(request)) {
            chain.doFilter(request, response);
            return;
        }
        OptionalLong retryAfter = limit.take(request.getRemoteAddr());
        if (retryAfter.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.getAsLong()));
            refusals.refuse(request, response, Refusal.RATE_LIMITED, Refusal.RATE_LIMITED.detail);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            refusals.refuse(request, response, Refusal.TOO_LARGE,
                    "The request body is larger than this route accepts (" + maxBodyBytes + " bytes)");
            return;
        }
        if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            refusals.refuse(request, response, Refusal.LENGTH_REQUIRED, Refusal.LENGTH_REQUIRED.detail);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean guarded(HttpServletRequest request) {
        if (loggedIn()) {
            return false;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        if (paths.stream().anyMatch(pattern -> pattern.matches(path))) {
            return true;
        }
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && apiPaths.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private static boolean loggedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Why a request was refused: its status, the last segment of its problem type, and what it says by default. */
    enum Refusal {
        RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Too many requests from this connection; please wait a moment and try again"),
        TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "too-large", "The request body is larger than this route accepts"),
        LENGTH_REQUIRED(HttpStatus.LENGTH_REQUIRED, "length-required",
                "A request body on this route must declare its length (Content-Length)");

        final HttpStatus status;
        final String type;
        final String detail;

        Refusal(HttpStatus status, String type, String detail) {
            this.status = status;
            this.type = type;
            this.detail = detail;
        }
    }
}
