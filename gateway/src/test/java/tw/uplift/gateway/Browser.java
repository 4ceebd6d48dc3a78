package tw.uplift.gateway;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does that matters here: keeps cookies (per host, not per port, like a real one), follows redirects
 * only when asked, and fills in the issuer's login form.
 */
final class Browser {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final HttpClient http;

    Browser() {
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    HttpResponse<String> get(String url, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
    }

    HttpResponse<String> post(String url, String contentType, byte[] body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), headers);
    }

    HttpResponse<String> postForm(String url, Map<String, String> fields, String... headers) {
        return post(url, "application/x-www-form-urlencoded", form(fields).getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Follows redirects from {@code response} until something that is not one; the chain in {@code visited}. */
    HttpResponse<String> follow(HttpResponse<String> response, List<URI> visited) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 20 && isRedirect(current); hops++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            visited.add(next);
            current = get(next.toString());
        }
        return current;
    }

    /**
     * Logs in through the gateway as a person would: the gateway sends the browser to the issuer, the issuer shows its
     * login form, the form goes back to the issuer, and the issuer sends the browser back to the gateway with a code.
     * Returns the first answer that is not a redirect (the desk of the user's role, through the gateway).
     */
    HttpResponse<String> logIn(String gateway, String username, List<URI> visited) {
        HttpResponse<String> page = follow(get(gateway + "/oauth2/authorization/uplift"), visited);
        if (page.statusCode() != 200 || !page.uri().getPath().equals("/login")) {
            throw new AssertionError("expected the issuer's login form, got " + page.statusCode() + " at " + page.uri() + ": " + page.body());
        }
        HttpResponse<String> afterLogin = postForm(page.uri().toString(),
                Map.of("username", username, "password", "demo", "_csrf", csrfField(page.body())));
        return follow(afterLogin, visited);
    }

    static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() >= 300 && response.statusCode() < 400 && response.headers().firstValue("Location").isPresent();
    }

    static String csrfField(String html) {
        Matcher matcher = CSRF_INPUT.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no _csrf field in " + html);
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** {@code application/x-www-form-urlencoded} as a servlet container reads it: empty pairs skipped, order kept. */
    static Map<String, List<String>> parseForm(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
