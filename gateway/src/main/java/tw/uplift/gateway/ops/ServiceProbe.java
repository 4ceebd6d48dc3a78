package tw.uplift.gateway.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.gateway.ops.ServiceStatus.ClockReading;
import tw.uplift.gateway.ops.ServiceStatus.DeadLetterRow;
import tw.uplift.gateway.routing.DownstreamServices;
import tw.uplift.gateway.routing.DownstreamServices.Service;
import tw.uplift.gateway.routing.Unreachable;

/**
 * Asks the services how they are, with short timeouts and in parallel, so one service that hangs costs the status page a
 * few seconds and never an error. Operator calls ({@code /admin/**}) carry the operator's own access token.
 */
@Component
class ServiceProbe {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
    /** The whole page waits at most this long for the slowest service (readiness, then the rest side by side). */
    static final Duration PAGE_TIMEOUT = Duration.ofSeconds(10);
    static final int DEAD_LETTERS_SHOWN = 50;

    static final String OUTBOX_PENDING = "uplift_outbox_pending";
    /** Records not yet committed per consumer group and topic (the Kafka binder's KafkaBinderMetrics). */
    static final String CONSUMER_LAG = "spring_cloud_stream_binder_kafka_offset";

    private final DownstreamServices services;
    private final RestClient http;

    ServiceProbe(DownstreamServices services, RestClient.Builder builder) {
        this.services = services;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .build());
        requests.setReadTimeout(READ_TIMEOUT);
        this.http = builder.clone().requestFactory(requests).build();
    }

    /** Every service's status, in {@link DownstreamServices#all()} order. */
    List<ServiceStatus> statusOfAll(String accessToken) {
        List<Service> all = services.all();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<ServiceStatus>> futures = all.stream().map(s -> workers.submit(() -> status(s, accessToken))).toList();
            List<ServiceStatus> statuses = new ArrayList<>();
            long deadline = System.nanoTime() + PAGE_TIMEOUT.toNanos();
            for (int i = 0; i < all.size(); i++) {
                Service service = all.get(i);
                try {
                    statuses.add(futures.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    futures.get(i).cancel(true);
                    statuses.add(ServiceStatus.unreachable(service.name(), service.url().toString(), "no answer within "
                            + PAGE_TIMEOUT.toSeconds() + " s"));
                } catch (ExecutionException e) {
                    statuses.add(ServiceStatus.unreachable(service.name(), service.url().toString(), String.valueOf(e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    statuses.add(ServiceStatus.unreachable(service.name(), service.url().toString(), "interrupted"));
                }
            }
            workers.shutdownNow();
            return statuses;
        }
    }

    /**
     * One service: readiness first (no answer means down, and nothing else is asked); then metrics, dead letters and
     * clock side by side, so one slow endpoint costs the page its own cell, not the service's whole row.
     */
    ServiceStatus status(Service service, String accessToken) {
        String url = service.url().toString();
        Reply readiness = call(HttpMethod.GET, service, "/actuator/health/readiness", null, null);
        if (!readiness.answered()) {
            return ServiceStatus.unreachable(service.name(), url, readiness.body());
        }
        Reply metrics;
        Reply letters;
        Reply time;
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Reply> metricsCall = calls.submit(() -> call(HttpMethod.GET, service, "/actuator/prometheus", null, null));
            Future<Reply> lettersCall = calls.submit(() -> call(HttpMethod.GET, service,
                    "/admin/dead-letters?limit=" + DEAD_LETTERS_SHOWN, accessToken, null));
            Future<Reply> clockCall = calls.submit(() -> call(HttpMethod.GET, service, "/admin/clock", accessToken, null));
            metrics = outcome(metricsCall);
            letters = outcome(lettersCall);
            time = outcome(clockCall);
        }
        List<String> problems = new ArrayList<>();

        Double outbox = null;
        Map<String, Double> lag = Map.of();
        if (metrics.ok()) {
            PrometheusText text = PrometheusText.parse(metrics.body());
            outbox = text.sum(OUTBOX_PENDING).isPresent() ? text.sum(OUTBOX_PENDING).getAsDouble() : null;
            lag = text.maxBy(CONSUMER_LAG, "topic");
        } else {
            problems.add("metrics: " + metrics.describe());
        }

        List<DeadLetterRow> deadLetters = null;
        if (letters.ok()) {
            try {
                deadLetters = deadLettersOf(letters.body());
            } catch (JacksonException e) {
                problems.add("dead letters: unreadable answer");
            }
        } else {
            problems.add("dead letters: " + letters.describe());
        }

        ClockReading clock = null;
        if (time.ok()) {
            try {
                clock = clockOf(time.body());
            } catch (JacksonException e) {
                problems.add("clock: unreadable answer");
            }
        } else if (time.status() != 404) {
            // 404: the clock is not movable there (uplift.clock.movable=false), which is normal in production.
            problems.add("clock: " + time.describe());
        }
        return new ServiceStatus(service.name(), url, readinessOf(readiness), true, outbox, lag, deadLetters,
                problems.isEmpty() ? null : String.join("; ", problems), clock);
    }

    private static Reply outcome(Future<Reply> call) {
        try {
            return call.get();
        } catch (ExecutionException e) {
            return new Reply(-1, Unreachable.why(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, "interrupted");
        }
    }

    /** {@code POST /admin/dead-letters/{id}/replay} on one service. */
    Reply replay(Service service, String deadLetterId, String accessToken) {
        String path = UriComponentsBuilder.fromPath("/admin/dead-letters/{id}/replay").buildAndExpand(deadLetterId).encode().toUriString();
        return call(HttpMethod.POST, service, path, accessToken, null);
    }

    /** {@code POST /admin/clock {"advanceBy": "P1D"}} on one service. */
    Reply advanceClock(Service service, Duration by, String accessToken) {
        return call(HttpMethod.POST, service, "/admin/clock", accessToken, "{\"advanceBy\": \"" + by + "\"}");
    }

    /** What a service answered: its status and body, or {@code status} -1 with what went wrong in {@code body}. */
    record Reply(int status, String body) {

        boolean answered() {
            return status > 0;
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String describe() {
            return answered() ? "HTTP " + status : body;
        }
    }

    private Reply call(HttpMethod method, Service service, String path, String accessToken, String json) {
        try {
            RestClient.RequestBodySpec request = http.method(method).uri(URI.create(service.url().toString().replaceAll("/+$", "") + path))
                    .headers(headers -> {
                        if (accessToken != null) {
                            headers.setBearerAuth(accessToken);
                        }
                        headers.set(HttpHeaders.ACCEPT, MediaType.ALL_VALUE);
                    });
            if (json != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(json);
            }
            return request.exchange((req, res) -> new Reply(res.getStatusCode().value(),
                    new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        } catch (RestClientException e) {
            return new Reply(-1, Unreachable.why(e));
        }
    }

    private static String readinessOf(Reply reply) {
        try {
            JsonNode status = JsonMapper.shared().readTree(reply.body()).get("status");
            if (status != null && !status.asString().isBlank()) {
                return status.asString();
            }
        } catch (JacksonException e) {
            // fall through: say what came back
        }
        return "HTTP " + reply.status();
    }

    static List<DeadLetterRow> deadLettersOf(String json) {
        List<DeadLetterRow> rows = new ArrayList<>();
        for (JsonNode letter : JsonMapper.shared().readTree(json)) {
            rows.add(new DeadLetterRow(text(letter, "id"), text(letter, "originalTopic"), text(letter, "eventType"),
                    text(letter, "reason"), text(letter, "receivedAt"), text(letter, "replayedAt")));
        }
        return rows;
    }

    static ClockReading clockOf(String json) {
        JsonNode clock = JsonMapper.shared().readTree(json);
        return new ClockReading(text(clock, "taipei"), text(clock, "offset"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
