package tw.uplift.platform.test;

import java.io.ByteArrayOutputStream;
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
 * A service's pages as the gateway asks for them on a person's behalf (for page ITs): their relayed access token, the CSRF
 * token it relays in {@code X-CSRF-TOKEN}, the language cookie, and forms posted url-encoded. Redirects are not
 * followed, so a test sees the 303 and where it leads.
 */
public final class PageBrowser {

    /** The CSRF token this browser's gateway session holds. */
    public static final String CSRF = "csrf-token-of-the-session";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** One answer: status, where a redirect leads (or null), its content type, the page. */
    public record Page(int status, String location, String contentType, String html) {
    }

    private final int port;
    private final String token;

    public PageBrowser(int port, String token) {
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

    /**
     * Posts a form whose fields may repeat, as a form with several boxes of one name ticked sends them: name,
     * value, name, value … in order.
     */
    public Page postRepeated(String path, String... nameValue) {
        StringBuilder body = new StringBuilder("_csrf=" + encode(CSRF));
        for (int i = 0; i < nameValue.length; i += 2) {
            body.append('&').append(encode(nameValue[i])).append('=').append(encode(nameValue[i + 1]));
        }
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Uploads one file in the form field {@code file}, as a browser's file input sends it (multipart). */
    public Page upload(String path, String fileName, byte[] content) {
        String boundary = "uplift" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .header(CsrfField.TOKEN_HEADER, CSRF)
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
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
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
