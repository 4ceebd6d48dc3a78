package tw.uplift.notification.delivery.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code uplift.notification.*}: where e-mail links point, who sends it, and how the send queue retries. The
 * defaults live here; the SMTP server itself is Spring's {@code spring.mail.host/port}.
 *
 * @param siteUrl        the site as people open it (the gateway), before each item's path
 * @param mailFrom       the From address of every e-mail
 * @param maxAttempts    attempts of one delivery before a temporary failure becomes permanent (default 6)
 * @param firstRetry     the wait after the first temporary failure, doubled after each next one (default 1 min)
 * @param pollInterval   how often the send queue is looked at when nobody wakes it (default 5 s)
 * @param lease          how long one instance holds a delivery it works on (default 2 min; far above the SMTP
 *                       timeouts, so a lease never runs out under a send still under way)
 * @param breakerWait    how long the e-mail breaker stays open before it lets a trial through (default 1 min)
 */
@ConfigurationProperties("uplift.notification")
public record DeliveryProperties(
        @DefaultValue("http://localhost:8080") String siteUrl,
        @DefaultValue("Uplift 提升服務 <no-reply@uplift.example.tw>") String mailFrom,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("PT1M") Duration breakerWait) {
}
