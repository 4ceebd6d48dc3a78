package tw.uplift.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;

/**
 * A stand-in for the four services: a real HTTP server that records every request exactly as it arrived (method, path,
 * raw query, headers, body bytes) and answers like a service would for the few paths the gateway's status page reads.
 */
final class FakeService implements AutoCloseable {

    /** One request as the service saw it. Header names lower-case. */
    record Received(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null ? null : String.join(", ", values);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private FakeService(HttpServer server) {
        this.server = server;
    }

    static FakeService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeService fake = new FakeService(server);
            server.createContext("/", fake::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    void clear() {
        received.clear();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The last request for this method and path, waiting a moment for it (the gateway may still be sending). */
    Optional<Received> last(String method, String path) {
        Predicate<Received> matching = r -> r.method().equals(method) && r.path().equals(path);
        try {
            return Awaitility.await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> received.reversed().stream().filter(matching).findFirst(), Optional::isPresent);
        } catch (org.awaitility.core.ConditionTimeoutException none) {
            return Optional.empty();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(method, path, exchange.getRequestURI().getRawQuery(), headers, body));

        switch (path) {
            case "/actuator/health/readiness" -> answer(exchange, 200, "application/json", "{\"status\":\"UP\"}");
            case "/actuator/prometheus" -> answer(exchange, 200, "text/plain; version=0.0.4", """
                    # TYPE uplift_outbox_pending gauge
                    uplift_outbox_pending{application="fake"} 3.0
                    spring_cloud_stream_binder_kafka_offset{application="fake",group="fake",topic="review-events"} 17.0
                    """);
            case "/admin/dead-letters" -> answer(exchange, 200, "application/json", """
                    [{"id":"review-events.plan-service.dlt-0-7","originalTopic":"review-events","originalPartition":0,
                      "originalOffset":7,"reason":"cannot decode","exceptionClass":"x.Poison","eventId":"e-1",
                      "eventType":"tw.uplift.review.PlanReviewDecided.v1","key":"p-1","payload":"{}","headers":{},
                      "receivedAt":"2026-12-01T02:00:00Z","replayedAt":null}]""");
            case "/admin/clock" -> answer(exchange, 200, "application/json",
                    "{\"now\":\"2026-12-01T02:00:00Z\",\"taipei\":\"2026-12-01T10:00:00+08:00[Asia/Taipei]\",\"offset\":\"PT0S\"}");
            case "/api/plans" -> {
                if (method.equals("POST")) {
                    exchange.getResponseHeaders().add("Location", "/api/plans/p-9");
                    answer(exchange, 201, "application/json", "{\"id\":\"p-9\"}");
                } else {
                    answer(exchange, 200, "application/json", "[]");
                }
            }
            case "/plans/moved" -> {
                exchange.getResponseHeaders().add("Location", url() + "/plans/p-1");
                answer(exchange, 302, "text/plain", "");
            }
            default -> {
                if (path.startsWith("/admin/dead-letters/") && path.endsWith("/replay")) {
                    answer(exchange, 200, "application/json", "{\"id\":\"replayed\"}");
                    return;
                }
                // What a service's own Spring Security would add; the gateway's policy must win on every page.
                exchange.getResponseHeaders().add("X-Frame-Options", "SAMEORIGIN");
                exchange.getResponseHeaders().add("Content-Security-Policy", "default-src *");
                answer(exchange, 200, "text/html;charset=UTF-8", "<!DOCTYPE html><title>ok</title><p>" + path + "</p>");
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
