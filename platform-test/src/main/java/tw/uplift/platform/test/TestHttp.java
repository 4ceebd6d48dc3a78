package tw.uplift.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client of the services' integration tests: JSON in, status, content type and body out, a bearer
 * token per call (null: anonymous). Every service test talks to its service the way a browser or curl would.
 */
public final class TestHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One answer. {@link #body()} is the text read as JSON, or null when there is no text. */
    public record Reply(int status, String contentType, String text) {

        public JsonNode body() {
            return text == null || text.isBlank() ? null : JSON.readTree(text);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    private final int port;

    public TestHttp(int port) {
        this.port = port;
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public Reply post(String path, String token, String json) {
        return send("POST", path, token, json, Map.of());
    }

    public Reply put(String path, String token, String json) {
        return send("PUT", path, token, json, Map.of());
    }

    /** Any method, a JSON body (null: none) and extra headers such as {@code Idempotency-Key}. */
    public Reply send(String method, String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)), token, headers);
    }

    /** A multipart upload of one file in the form field {@code file}, as a browser's file input sends it. */
    public Reply upload(String path, String token, String fileName, byte[] content) {
        return upload(path, token, fileName, content, Map.of());
    }

    /** The same, with extra request headers (e.g. {@code Idempotency-Key}). */
    public Reply upload(String path, String token, String fileName, byte[] content, Map<String, String> headers) {
        String boundary = "uplift" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), token, headers);
    }

    private static Reply send(HttpRequest.Builder request, String token, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (token != null) {
            all.put("Authorization", "Bearer " + token);
        }
        all.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
