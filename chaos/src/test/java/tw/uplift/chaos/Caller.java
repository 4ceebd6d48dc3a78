package tw.uplift.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One user's calls to one service over HTTP, as curl would make them. Unlike a test client that fails on an
 * unexpected status, it reports every outcome, a hang and a refused connection included, because what a fault does
 * to callers is what the chaos scenarios report.
 */
final class Caller {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The status reported for a request without an answer in time ({@link #TIMEOUT} unless the caller says otherwise). */
    static final int TIMED_OUT = -1;
    /** The status reported for a connection refused or reset. */
    static final int NO_CONNECTION = 0;
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An outcome: the status (or {@link #TIMED_OUT}, {@link #NO_CONNECTION}), its content type and text. */
    record Reply(int status, String contentType, String text) {

        boolean accepted() {
            return status / 100 == 2;
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        /** The text read as JSON; a missing node when there is none or it is not JSON (a timeout's message). */
        JsonNode body() {
            return text == null || text.isBlank() || !contentType.contains("json") ? JSON.missingNode() : JSON.readTree(text);
        }

        /** For a report: {@code 202}, {@code 503 problem}, {@code timeout}, {@code no connection}. */
        String outcome() {
            return switch (status) {
                case TIMED_OUT -> "timeout";
                case NO_CONNECTION -> "no connection";
                default -> status + (status >= 400 && isProblem() ? " problem" : "");
            };
        }

        Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + outcome() + ": " + text);
            }
            return this;
        }
    }

    private final String baseUrl;
    private final String token;
    private final Duration timeout;

    Caller(String baseUrl, String token) {
        this(baseUrl, token, TIMEOUT);
    }

    /** A caller that gives up sooner, for probes that must not hold a scenario up. */
    Caller(String baseUrl, String token, Duration timeout) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.timeout = timeout;
    }

    Reply get(String path) {
        return send("GET", path, null, Map.of());
    }

    Reply post(String path, String json) {
        return send("POST", path, json, Map.of());
    }

    Reply send(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (HttpTimeoutException e) {
            return new Reply(TIMED_OUT, "", e.toString());
        } catch (IOException e) {
            return new Reply(NO_CONNECTION, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
