package tw.uplift.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBinderConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.messaging.Message;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tw.uplift.platform.events.EventCodec;
import tw.uplift.platform.messaging.DeadLetterController;
import tw.uplift.platform.messaging.DeadLetterInbox;
import tw.uplift.platform.messaging.IncomingEvents;
import tw.uplift.platform.messaging.MessagingConventions;
import tw.uplift.platform.messaging.KafkaEventPublisher;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.outbox.AggregateBatches;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.outbox.EventPublisher;
import tw.uplift.platform.outbox.OutboxAggregate;
import tw.uplift.platform.outbox.OutboxRelay;
import tw.uplift.platform.outbox.TraceContextHolder;
import tw.uplift.platform.pages.PageModelAdvice;
import tw.uplift.platform.pages.ViewerSource;
import tw.uplift.platform.security.CurrentUserArgumentResolver;
import tw.uplift.platform.security.JwtViewerSource;
import tw.uplift.platform.security.SecurityDefaults;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.time.ClockController;
import tw.uplift.platform.time.MovableClock;
import tw.uplift.platform.web.PageErrorAdvice;
import tw.uplift.platform.web.ProblemDetailsAdvice;
import tw.uplift.platform.web.ProblemErrorReportValve;

/** Wires the chassis into every service that has the platform on its classpath. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration"},
        // Before Boot's security auto-configurations: they back off when a SecurityFilterChain exists,
        // and otherwise install an authenticate-everything chain that would close /public/**.
        beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
public class UpliftPlatformAutoConfiguration {

    @Bean
    static MessagingConventions upliftMessagingConventions() {
        return new MessagingConventions();
    }

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    MovableClock upliftClock() {
        return new MovableClock(Clock.system(TaipeiTime.ZONE));
    }

    @Bean
    @ConditionalOnProperty(name = "uplift.clock.movable", havingValue = "true")
    ClockController upliftClockController(MovableClock clock) {
        return new ClockController(clock);
    }

    @Bean
    EventCodec upliftEventCodec() {
        return new EventCodec();
    }

    @Bean
    TopicNames upliftTopicNames(@Value("${uplift.messaging.topic-prefix:}") String prefix) {
        return new TopicNames(prefix);
    }

    @Bean
    IncomingEvents upliftIncomingEvents(EventCodec codec) {
        return new IncomingEvents(codec);
    }

    @Bean
    AggregateStore upliftAggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        return new AggregateStore(mongo, relay::wake);
    }

    @Bean
    AggregateBatches upliftAggregateBatches(MongoTemplate mongo, OutboxRelay relay) {
        return new AggregateBatches(mongo, relay::wake);
    }

    /**
     * The relay's producer has the Kafka binder's configuration (brokers, security, {@code configuration.*}), bound
     * here the way the binder binds it: the binder keeps its own copy in a context of its own, out of reach.
     */
    @Bean
    @ConditionalOnMissingBean(EventPublisher.class)
    KafkaEventPublisher upliftEventPublisher(Environment environment, KafkaProperties kafka,
            ObjectProvider<KafkaConnectionDetails> connectionDetails, EventCodec codec, TopicNames topics,
            ObjectProvider<ObservationRegistry> observations, ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator) {
        KafkaBinderConfigurationProperties binder = new KafkaBinderConfigurationProperties(kafka, connectionDetails);
        Binder.get(environment).bind("spring.cloud.stream.kafka.binder", Bindable.ofInstance(binder));
        return new KafkaEventPublisher(KafkaEventPublisher.producerConfig(binder), codec, topics,
                observations.getIfAvailable(), tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    @Bean
    OutboxRelay upliftOutboxRelay(MongoTemplate mongo, EventPublisher publisher, MongoMappingContext mapping,
            MeterRegistry meters, @Value("${spring.application.name:uplift}") String application,
            @Value("${uplift.outbox.poll-interval:PT0.5S}") Duration pollInterval,
            @Value("${uplift.outbox.auto-start:true}") boolean autoStart) {
        Set<String> collections = mapping.getPersistentEntities().stream()
                .filter(e -> OutboxAggregate.class.isAssignableFrom(e.getType()))
                .map(MongoPersistentEntity::getCollection).collect(Collectors.toSet());
        // Leases on the system clock: the business clock may have been moved forward (local run, tests).
        OutboxRelay relay = new OutboxRelay(mongo, publisher, "/uplift/" + application, collections, Clock.systemUTC(),
                pollInterval, meters);
        relay.setAutoStartup(autoStart);
        return relay;
    }

    @Bean
    DeadLetterInbox upliftDeadLetterInbox(MongoTemplate mongo, StreamBridge bridge, Clock clock, MeterRegistry meters,
            Environment environment) {
        return new DeadLetterInbox(mongo, bridge, clock, meters, MessagingConventions.consumedTopics(environment));
    }

    @Bean(MessagingConventions.DEAD_LETTERS_FUNCTION)
    Consumer<Message<byte[]>> deadLetters(DeadLetterInbox inbox) {
        return inbox::receive;
    }

    @Bean
    DeadLetterController upliftDeadLetterController(DeadLetterInbox inbox) {
        return new DeadLetterController(inbox);
    }

    @Bean
    ProblemDetailsAdvice upliftProblemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** Pages: errors of page controllers render on the layout; the viewer comes from the relayed token. */
    @Bean
    PageErrorAdvice upliftPageErrorAdvice(PageModelAdvice layout, MessageSource messages) {
        return new PageErrorAdvice(layout, messages);
    }

    @Bean
    @ConditionalOnMissingBean(ViewerSource.class)
    ViewerSource upliftViewerSource() {
        return new JwtViewerSource();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain upliftSecurityFilterChain(HttpSecurity http) throws Exception {
        return SecurityDefaults.filterChain(http);
    }

    @Bean
    WebMvcConfigurer upliftCurrentUserResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }

    /**
     * One timer per Kafka send. With observation on (for trace context across Kafka), spring-kafka times each send
     * twice under {@code spring.kafka.template}: its legacy timer (tags name, result, exception) and the observation's
     * (messaging.* tags). Prometheus refuses one name with two tag sets and warned at every start; the legacy one
     * goes, and the observation's timer (with the destination topic) stays.
     */
    @Bean
    MeterFilter upliftOneKafkaTemplateTimer() {
        return MeterFilter.deny(id -> "spring.kafka.template".equals(id.getName()) && id.getTag("result") != null);
    }

    /** Errors Tomcat answers itself, before Spring MVC, are problem documents too ({@link ProblemErrorReportValve}). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> upliftTomcatProblemReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** Lets aggregates stamp the current request's trace context on the events they record. */
    @Bean
    Object upliftTraceContextInstaller(ObjectProvider<Tracer> tracers, ObjectProvider<Propagator> propagators) {
        Tracer tracer = tracers.getIfAvailable();
        Propagator propagator = propagators.getIfAvailable();
        if (tracer != null && propagator != null) {
            TraceContextHolder.install(() -> {
                Span span = tracer.currentSpan();
                if (span == null) {
                    return null;
                }
                Map<String, String> carrier = new HashMap<>();
                propagator.inject(span.context(), carrier, Map::put);
                return carrier.get(EventCodec.TRACEPARENT);
            });
        }
        return new Object();
    }
}
