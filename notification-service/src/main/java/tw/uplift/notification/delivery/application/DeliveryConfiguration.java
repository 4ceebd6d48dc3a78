package tw.uplift.notification.delivery.application;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import tw.uplift.notification.delivery.ChannelSender;
import tw.uplift.notification.delivery.WebhookTargets;
import tw.uplift.notification.delivery.persistence.DirectoryStore;
import tw.uplift.notification.delivery.persistence.PendingDeliveries;
import tw.uplift.notification.inbox.application.Inbox;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * Wires the delivery feature: the directory, preferences, the dispatcher every notice goes through, the send
 * queue and its worker, and the e-mail channel. The webhook channel joins by being a {@link ChannelSender} bean
 * and a {@link WebhookTargets} bean; without them there are no webhook deliveries.
 */
@Configuration(proxyBeanMethods = false)
public class DeliveryConfiguration {

    @Bean
    DirectoryStore directoryStore(MongoTemplate mongo) {
        return new DirectoryStore(mongo);
    }

    @Bean
    Directory directory(DirectoryStore store) {
        return new Directory(store);
    }

    @Bean
    PreferenceBook preferenceBook(MongoTemplate mongo) {
        return new PreferenceBook(mongo);
    }

    @Bean
    PendingDeliveries pendingDeliveries(MongoTemplate mongo, DeliveryProperties props) {
        // leases on the system clock: the business clock may have been moved forward (local run, tests)
        return new PendingDeliveries(mongo, props.lease(), "delivery-" + UUID.randomUUID(), Clock.systemUTC());
    }

    @Bean
    MailTemplates mailTemplates(DeliveryProperties props) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("notification-service-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false); // 繁體中文 is the base bundle, whatever the machine's locale
        return new MailTemplates(messages, props.siteUrl());
    }

    @Bean
    EmailSender emailSender(JavaMailSender mail, MailTemplates templates, DeliveryProperties props) {
        return new EmailSender(mail, templates, props.mailFrom());
    }

    /**
     * The breakers: the application's registry when Resilience4j's Spring Boot support made one (it binds the
     * breakers' state to Micrometer itself), else our own, bound here. Every channel's breaker takes our config.
     */
    @Bean
    DeliveryWorker deliveryWorker(AggregateStore store, PendingDeliveries queue, List<ChannelSender> senders,
            ObjectProvider<CircuitBreakerRegistry> registry, Clock clock, DeliveryProperties props,
            MeterRegistry meters) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom().slidingWindowSize(10).minimumNumberOfCalls(5)
                .failureRateThreshold(50).waitDurationInOpenState(props.breakerWait())
                .permittedNumberOfCallsInHalfOpenState(1).build();
        CircuitBreakerRegistry breakers = registry.getIfAvailable(() -> {
            CircuitBreakerRegistry own = CircuitBreakerRegistry.of(config);
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(own).bindTo(meters);
            return own;
        });
        return new DeliveryWorker(store, queue, senders, breakers, config, clock, props, meters);
    }

    @Bean
    DeliveryLog deliveryLog(MongoTemplate mongo, AggregateStore store, PendingDeliveries queue, Clock clock,
            DeliveryWorker worker) {
        return new DeliveryLog(mongo, store, queue, clock, worker::wake);
    }

    @Bean
    Dispatcher dispatcher(Inbox inbox, Directory directory, PreferenceBook preferences, AggregateStore store,
            PendingDeliveries queue, MailTemplates templates, ObjectProvider<WebhookTargets> webhooks, Clock clock,
            DeliveryWorker worker) {
        return new Dispatcher(inbox, directory, preferences, store, queue, templates,
                webhooks.getIfAvailable(WebhookTargets::none), clock, worker::wake);
    }
}
