package tw.uplift.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person signed in at the gateway as a browser is, without a browser: the issuer's login form (authorization code
 * with PKCE, the gateway keeps the tokens in its session), then pages and their forms with the session's CSRF token.
 * For tests that need the gateway's own hop (its session, its CSRF check, its relay) and no page checks.
 */
final class GatewaySession {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    record Page(int status, URI uri, String html) {
    }

    private final HttpClient http;
    private final String gateway;

    private GatewaySession(HttpClient http, String gateway) {
        this.http = http;
        this.gateway = gateway;
    }

    /** Signs {@code user} (password {@code demo}) in through the gateway's login, as the demo users do. */
    static GatewaySession logIn(String gatewayUrl, String user) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(5)).build();
        GatewaySession session = new GatewaySession(http, gatewayUrl);
        Page login = session.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/oauth2/authorization/uplift")).GET());
        Page landed = session.send(form(login.uri().resolve("/login"),
                Map.of("username", user, "password", "demo", "_csrf", csrfToken(login.html()))));
        if (landed.status() != 200 || !landed.uri().toString().startsWith(gatewayUrl)) {
            throw new AssertionError("login of " + user + " did not land at the gateway: " + landed.status() + " " + landed.uri());
        }
        return session;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path)).GET());
    }

    /** Posts a form of {@code page} (a page of this session) with its CSRF token, following the redirect after it. */
    Page submit(Page page, String action, Map<String, String> fields) {
        Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfToken(page.html()));
        return send(form(URI.create(gateway + action), withToken));
    }

    private static HttpRequest.Builder form(URI uri, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String csrfToken(String html) {
        Matcher input = CSRF_INPUT.matcher(html);
        if (!input.find()) {
            throw new AssertionError("no CSRF token on the page: " + html.substring(0, Math.min(300, html.length())));
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new AssertionError("a CSRF input without value: " + input.group());
        }
        return value.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.uri(), response.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
