package tw.uplift.notification.webhook.sending;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tw.uplift.notification.webhook.WebhookEndpoint;
import tw.uplift.notification.webhook.WebhookOutcome;
import tw.uplift.notification.webhook.WebhookPayload;
import tw.uplift.notification.webhook.WebhookProperties;
import tw.uplift.notification.webhook.WebhookSecret;
import tw.uplift.notification.webhook.WebhookSignature;

/**
 * Posts one message to one endpoint (送出): signs it, sends it with short timeouts, retries a transient failure a
 * couple of times with exponential back-off and jitter, and goes through the endpoint's own circuit breaker
 * ({@code webhook:<endpointId>}), which answers "circuit open" without calling while the endpoint keeps failing.
 * Nothing is shared between endpoints but the connection pool: no lock, no queue, every request bounded by its
 * timeouts, so one endpoint's failures never hold up posts to the others.
 *
 * <p>Outcomes: 2xx delivered; no answer, a timeout, 5xx, 408 or 429 (after the retries) a temporary failure; any
 * other status a permanent one (redirects are not followed: the spec asks the owner to fix the URL). Only the
 * transient failures count against the breaker: a receiver that answers 400 is up, just unhappy with us.
 *
 * <p>{@code webhook-timestamp} is taken from {@code clock} at each attempt, as the spec asks: the system clock in
 * production, never the movable business clock, since the receiver compares it with its own real clock.
 */
public class WebhookClient {

    /** The metric with each endpoint's breaker state: 0 closed, 1 open, 2 half-open (Resilience4j's order). */
    public static final String BREAKER_STATE_METRIC = "uplift.webhook.breaker.state";
    static final String POSTS_METRIC = "uplift.webhook.posts";
    private static final String BREAKER_PREFIX = "webhook:";
    private static final Logger log = LoggerFactory.getLogger(WebhookClient.class);

    private final WebhookProperties props;
    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;
    private final CircuitBreakerConfig breakerConfig;
    private final RetryConfig retryConfig;
    private final MeterRegistry meters;
    private final Clock clock;

    /**
     * @param breakers the registry the breakers are kept in (the application's, so Resilience4j's own metrics
     *                 and health see them too)
     * @param clock    the real clock, for {@code webhook-timestamp} and for which secrets still sign
     */
    public WebhookClient(WebhookProperties props, CircuitBreakerRegistry breakers, RetryRegistry retries,
            MeterRegistry meters, Clock clock) {
        this.props = props;
        this.breakers = breakers;
        this.retries = retries;
        this.meters = meters;
        this.clock = clock;
        WebhookProperties.Breaker b = props.breaker();
        this.breakerConfig = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(b.slidingWindow())
                .minimumNumberOfCalls(b.minimumCalls())
                .failureRateThreshold(b.failureRate())
                .waitDurationInOpenState(b.openFor())
                .permittedNumberOfCallsInHalfOpenState(b.halfOpenCalls())
                .recordExceptions(UncheckedIOException.class)
                .recordResult(answer -> answer instanceof Answer a && a.isTransient())
                .build();
        WebhookProperties.Retry r = props.retry();
        this.retryConfig = RetryConfig.<Answer>custom()
                .maxAttempts(r.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(r.initialBackoff(), 2.0, 0.5,
                        r.maxBackoff()))
                .retryExceptions(UncheckedIOException.class)
                .ignoreExceptions(CallNotPermittedException.class)
                .retryOnResult(Answer::isTransient)
                .failAfterMaxAttempts(false)
                .build();
        breakers.getEventPublisher().onEntryAdded(added -> bindStateGauge(added.getAddedEntry()));
    }

    /** Posts a payload; its JSON is what is signed and sent. */
    public WebhookOutcome post(WebhookEndpoint endpoint, String messageId, WebhookPayload payload) {
        return post(endpoint, messageId, payload.type(), payload.toJson());
    }

    /**
     * Posts {@code jsonBody} to the endpoint, signed with every secret that signs now.
     *
     * @param messageId the {@code webhook-id}: the same for every attempt and every later retry of this message, so
     *                  the receiver can drop a duplicate; no full stop or white space
     * @param eventType the payload's {@code type}, for the log and the metrics
     */
    public WebhookOutcome post(WebhookEndpoint endpoint, String messageId, String eventType, byte[] jsonBody) {
        WebhookSignature.requireValidId(messageId);
        WebhookOutcome outcome = send(endpoint, messageId, jsonBody);
        Counter.builder(POSTS_METRIC).description("Webhook posts by outcome")
                .tag("result", outcome.result().name().toLowerCase(Locale.ROOT)).register(meters).increment();
        if (!outcome.delivered()) {
            log.info("webhook {} to endpoint {} ({}): {} {}", messageId, endpoint.getId(), eventType,
                    outcome.result(), outcome.reason());
        }
        return outcome;
    }

    /** The endpoint's breaker, created on first use with the configured settings. */
    public CircuitBreaker breakerOf(String endpointId) {
        return breakers.circuitBreaker(BREAKER_PREFIX + endpointId, breakerConfig);
    }

    private WebhookOutcome send(WebhookEndpoint endpoint, String messageId, byte[] body) {
        if (!endpoint.isActive()) {
            return WebhookOutcome.permanent("endpoint disabled", 0);
        }
        AtomicInteger attempts = new AtomicInteger();
        Supplier<Answer> attempt = () -> {
            attempts.incrementAndGet();
            return attempt(endpoint, messageId, body);
        };
        CircuitBreaker breaker = breakerOf(endpoint.getId());
        Retry retry = retries.retry(BREAKER_PREFIX + endpoint.getId(), retryConfig);
        try {
            Answer answer = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, attempt)).get();
            return answer.outcome(attempts.get());
        } catch (CallNotPermittedException open) {
            return WebhookOutcome.temporary("circuit open", attempts.get());
        } catch (UncheckedIOException failed) {
            return WebhookOutcome.temporary(describe(failed.getCause()), attempts.get());
        } catch (RuntimeException bug) {
            log.error("webhook {} to endpoint {} failed on our side", messageId, endpoint.getId(), bug);
            return WebhookOutcome.technical(bug.getClass().getSimpleName(), attempts.get());
        }
    }

    /**
     * One request: signed now, answered within the timeouts or failed with an {@link UncheckedIOException}. A plain
     * blocking connection with socket timeouts: each post holds only its own thread and socket, and nothing is
     * shared between endpoints. (The JDK's asynchronous {@code HttpClient} lost answers to concurrent first posts to
     * two endpoints in {@code WebhookDeliveryTest}; this has no such machinery.)
     */
    private Answer attempt(WebhookEndpoint endpoint, String messageId, byte[] body) {
        Instant now = clock.instant();
        List<WebhookSecret> secrets = endpoint.signingSecrets(now);
        long timestamp = now.getEpochSecond();
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) endpoint.url().toURL().openConnection();
            connection.setConnectTimeout((int) props.connectTimeout().toMillis());
            connection.setReadTimeout((int) props.readTimeout().toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            connection.setRequestProperty("content-type", "application/json");
            connection.setRequestProperty("user-agent", "Uplift-Webhooks/1");
            connection.setRequestProperty(WebhookSignature.ID_HEADER, messageId);
            connection.setRequestProperty(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
            connection.setRequestProperty(WebhookSignature.SIGNATURE_HEADER,
                    WebhookSignature.header(messageId, timestamp, body, secrets));
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            drain(connection, status);
            return new Answer(status);
        } catch (IOException failed) {
            if (connection != null) {
                connection.disconnect(); // a half-read answer must not go back to the keep-alive pool
            }
            throw new UncheckedIOException(failed);
        }
    }

    /** Reads what is left of the answer (bounded by the read timeout), so the connection can be kept alive. */
    private static void drain(HttpURLConnection connection, int status) throws IOException {
        try (InputStream rest = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            if (rest != null) {
                rest.skip(Long.MAX_VALUE);
            }
        }
    }

    private static String describe(Throwable io) {
        if (io instanceof SocketTimeoutException) {
            return "timed out";
        }
        return io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage());
    }

    private void bindStateGauge(CircuitBreaker breaker) {
        if (breaker.getName().startsWith(BREAKER_PREFIX)) {
            Gauge.builder(BREAKER_STATE_METRIC, breaker, b -> b.getState().getOrder())
                    .description("State of each webhook endpoint's circuit breaker: 0 closed, 1 open, 2 half-open")
                    .tag("endpoint", breaker.getName().substring(BREAKER_PREFIX.length()))
                    .register(meters);
        }
    }

    /** The status of one answer. */
    record Answer(int status) {

        /** Worth another try: the receiver is overloaded, restarting or timing out. */
        boolean isTransient() {
            return status >= 500 || status == 408 || status == 429;
        }

        WebhookOutcome outcome(int attempts) {
            if (status >= 200 && status < 300) {
                return WebhookOutcome.delivered(attempts);
            }
            if (isTransient()) {
                return WebhookOutcome.temporary("HTTP " + status, attempts);
            }
            if (status >= 300 && status < 400) {
                return WebhookOutcome.permanent("HTTP " + status + ": redirects are not followed, fix the URL", attempts);
            }
            return WebhookOutcome.permanent("HTTP " + status, attempts);
        }
    }
}
