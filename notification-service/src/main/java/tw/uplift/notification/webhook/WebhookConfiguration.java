package tw.uplift.notification.webhook;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.notification.delivery.application.MailTemplates;
import tw.uplift.notification.webhook.application.WebhookEndpoints;
import tw.uplift.notification.webhook.sending.WebhookChannel;
import tw.uplift.notification.webhook.sending.WebhookClient;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * Wires the webhooks. Both use the real clock on purpose: a receiver checks {@code webhook-timestamp} and lives
 * through a secret's grace period in real time, whatever the business clock says.
 */
@Configuration(proxyBeanMethods = false)
public class WebhookConfiguration {

    @Bean
    WebhookEndpoints webhookEndpoints(AggregateStore store, MongoTemplate mongo, WebhookProperties props) {
        return new WebhookEndpoints(store, mongo, props.rotationGrace(), Clock.systemUTC());
    }

    /** On the application's Resilience4j registries when there are any, so their metrics and health see them. */
    @Bean
    WebhookClient webhookClient(WebhookProperties props, ObjectProvider<CircuitBreakerRegistry> breakers,
            ObjectProvider<RetryRegistry> retries, MeterRegistry meters) {
        return new WebhookClient(props, breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults),
                retries.getIfAvailable(RetryRegistry::ofDefaults), meters, Clock.systemUTC());
    }

    /** Webhooks as a delivery channel: the endpoints a notice goes to, and the sender of each delivery. */
    @Bean
    WebhookChannel webhookChannel(WebhookEndpoints endpoints, AggregateStore store, WebhookClient client,
            MailTemplates templates) {
        return new WebhookChannel(endpoints, store, client, templates);
    }
}
