package tw.uplift.notification.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code uplift.webhooks.*}: timeouts, the client's own short retry, the per-endpoint circuit breaker, and the
 * grace period of a rotated secret. The defaults live here only. The retry is deliberately short: it rides out a
 * blip within one post; anything longer is the delivery queue's job (it tries again later on a temporary failure),
 * so a failing endpoint never keeps a worker for minutes.
 *
 * @param connectTimeout   how long to wait for a connection (default 2 s)
 * @param readTimeout      how long to wait for the answer once connected (default 5 s)
 * @param rotationGrace    how long a replaced secret keeps signing after a rotation (default 24 h)
 * @param retry            the short retry of one post
 * @param breaker          the circuit breaker of each endpoint ({@code webhook:<endpointId>})
 */
@ConfigurationProperties("uplift.webhooks")
public record WebhookProperties(
        @DefaultValue("PT2S") Duration connectTimeout,
        @DefaultValue("PT5S") Duration readTimeout,
        @DefaultValue("PT24H") Duration rotationGrace,
        @DefaultValue Retry retry,
        @DefaultValue Breaker breaker) {

    /**
     * @param maxAttempts    requests per post at most, the first included (default 3)
     * @param initialBackoff the wait before the second (default 200 ms), doubling each time, with jitter
     * @param maxBackoff     the longest wait between two (default 2 s)
     */
    public record Retry(
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("PT0.2S") Duration initialBackoff,
            @DefaultValue("PT2S") Duration maxBackoff) {
    }

    /**
     * @param slidingWindow     how many recent requests are judged (default 10)
     * @param minimumCalls      how many before it may open at all (default 5)
     * @param failureRate       the percentage of failed requests that opens it (default 50)
     * @param openFor           how long it stays open before letting trial requests through (default 1 min)
     * @param halfOpenCalls     how many trial requests decide whether it closes again (default 2)
     */
    public record Breaker(
            @DefaultValue("10") int slidingWindow,
            @DefaultValue("5") int minimumCalls,
            @DefaultValue("50") float failureRate,
            @DefaultValue("PT1M") Duration openFor,
            @DefaultValue("2") int halfOpenCalls) {
    }
}
