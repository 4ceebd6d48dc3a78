package tw.uplift.review.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tw.uplift.platform.pages.CsrfField;

/**
 * The service's pages as the gateway asks for them on a person's behalf: their relayed access token, the CSRF
 * token it relays in {@code X-CSRF-TOKEN}, the language cookie, and forms posted url-encoded. Redirects are not
 * followed, so a test sees the 303 and where it leads.
 */
public final class Browser {

    /** The CSRF token this browser's gateway session holds. */
    public static final String CSRF = "csrf-token-of-the-session";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** One answer: status, where a redirect leads (or null), the page. */
    public record Page(int status, String location, String html) {
    }

    private final int port;
    private final String token;

    public Browser(int port, String token) {
        this.port = port;
        this.token = token;
    }

    public Page get(String path) {
        return send(request(path).GET());
    }

    /** Posts a form with its fields and the hidden CSRF field, as the page's form would. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", CSRF);
        String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Page post(String path) {
        return post(path, Map.of());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header(CsrfField.TOKEN_HEADER, CSRF)
                .header(CsrfField.PARAMETER_HEADER, "_csrf");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
