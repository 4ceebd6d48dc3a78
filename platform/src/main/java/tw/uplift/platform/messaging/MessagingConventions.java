package tw.uplift.platform.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.messaging.Message;
import tw.uplift.contracts.Topic;
import tw.uplift.platform.events.PoisonEventException;

/**
 * Derives every Spring Cloud Stream binding property from one line per consumer, so the rules for
 * topics, consumer groups, retries and dead letters live in one place:
 *
 * <pre>uplift.messaging.consumers.planEvents: PLAN   # function bean name → topic it reads</pre>
 *
 * gives the binding {@code planEvents-in-0} on {@code plan-events} in the group named after the service,
 * raw bytes (the platform decodes CloudEvents itself), three attempts with back-off, no retry for poison
 * messages, and a dead-letter topic {@code plan-events.<group>.dlt}. It also binds {@code deadLetters}
 * to all of this service's dead-letter topics. The derived values are the lowest-priority property source,
 * so any explicit setting wins. It also defines the consumer function itself (a {@link TopicConsumer} handing
 * each event to the service's {@link EventIntake}s of that topic), so a service writes no {@code @Bean Consumer}.
 *
 * <p>A consumer may read in a group of its own, {@code uplift.messaging.consumer-groups.auditPlanEvents: audit}
 * (Kafka group {@code <service>-audit}, dead letters on {@code plan-events.<service>-audit.dlt}); it then hands
 * events only to the intakes whose {@link EventIntake#consumerGroup()} names that group, and the service's own
 * group's intakes never see its records, retries or failures.
 * Runs as a bean-factory post-processor (not an environment post-processor) so that test properties, which
 * arrive later, are seen.
 */
public class MessagingConventions implements BeanDefinitionRegistryPostProcessor, EnvironmentAware, Ordered {

    public static final String DEAD_LETTERS_FUNCTION = "deadLetters";

    private static final String BYTES = "org.apache.kafka.common.serialization.ByteArraySerializer";

    private ConfigurableEnvironment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        ListableBeanFactory beans = (ListableBeanFactory) registry;
        Map<String, String> groups = groups(environment);
        consumers(environment).forEach((function, topic) -> {
            String group = groups.getOrDefault(function, EventIntake.SERVICE_GROUP);
            RootBeanDefinition consumer = new RootBeanDefinition(TopicConsumer.class, () -> new TopicConsumer(function,
                    topic, group, beans.getBean(IncomingEvents.class), beans.getBeanProvider(EventIntake.class)
                            .orderedStream().toList()));
            consumer.setTargetType(ResolvableType.forClassWithGenerics(Consumer.class,
                    ResolvableType.forClassWithGenerics(Message.class, byte[].class)));
            registry.registerBeanDefinition(function, consumer);
        });
    }

    /** The topics this service consumes, by their names on the broker (with the prefix). */
    public static List<String> consumedTopics(Environment env) {
        TopicNames topics = new TopicNames(env.getProperty("uplift.messaging.topic-prefix", ""));
        return consumers(env).values().stream().distinct().map(topics::of).toList();
    }

    private static Map<String, Topic> consumers(Environment env) {
        return Binder.get(env).bind("uplift.messaging.consumers", Bindable.mapOf(String.class, Topic.class))
                .orElse(Map.of());
    }

    /** Consumer function → the name of its own group, for the functions that do not read in the service's. */
    private static Map<String, String> groups(Environment env) {
        return Binder.get(env).bind("uplift.messaging.consumer-groups", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        environment.getPropertySources().addLast(new MapPropertySource("uplift-messaging-conventions",
                derive(environment)));
    }

    static Map<String, Object> derive(Environment env) {
        Map<String, Topic> consumers = consumers(env);
        Map<String, String> ownGroups = groups(env);
        TopicNames topics = new TopicNames(env.getProperty("uplift.messaging.topic-prefix", ""));
        String serviceGroup = env.getProperty("spring.application.name", "uplift");
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> functions = new ArrayList<>();
        List<String> deadLetterTopics = new ArrayList<>();
        consumers.forEach((function, topic) -> {
            String own = ownGroups.getOrDefault(function, EventIntake.SERVICE_GROUP);
            String group = own.isEmpty() ? serviceGroup : serviceGroup + "-" + own;
            String binding = function + "-in-0";
            String dlt = topics.deadLetterOf(topic, group);
            functions.add(function);
            deadLetterTopics.add(dlt);
            String b = "spring.cloud.stream.bindings." + binding + ".";
            props.put(b + "destination", topics.of(topic));
            props.put(b + "group", group);
            props.put(b + "consumer.use-native-decoding", "true");
            props.put(b + "consumer.max-attempts", env.getProperty("uplift.messaging.max-attempts", "3"));
            props.put(b + "consumer.back-off-initial-interval", "300");
            props.put(b + "consumer.back-off-multiplier", "3.0");
            props.put(b + "consumer.back-off-max-interval", "3000");
            props.put(b + "consumer.retryable-exceptions." + PoisonEventException.class.getName(), "false");
            String k = "spring.cloud.stream.kafka.bindings." + binding + ".consumer.";
            props.put(k + "enable-dlq", "true");
            props.put(k + "dlq-name", dlt);
            if (!own.isEmpty()) {
                // A group of its own is new where it is first deployed: it reads the topic's retained history.
                props.put(k + "start-offset", "earliest");
            }
            // The records stay bytes on the way to the DLT. Binder 5.0.2 demands these whenever native decoding
            // is on (its byte[] check is inverted), and without them nothing is ever dead-lettered.
            props.put(k + "dlq-producer-properties.configuration.key.serializer", BYTES);
            props.put(k + "dlq-producer-properties.configuration.value.serializer", BYTES);
        });
        if (!deadLetterTopics.isEmpty()) {
            functions.add(DEAD_LETTERS_FUNCTION);
            String b = "spring.cloud.stream.bindings." + DEAD_LETTERS_FUNCTION + "-in-0.";
            props.put(b + "destination", String.join(",", deadLetterTopics));
            props.put(b + "group", serviceGroup + "-dead-letters");
            props.put(b + "consumer.use-native-decoding", "true");
        }
        if (!functions.isEmpty() && env.getProperty("spring.cloud.function.definition") == null) {
            props.put("spring.cloud.function.definition", String.join(";", functions));
        } else if (functions.isEmpty() && env.getProperty("spring.cloud.function.definition") == null) {
            // A service that consumes nothing: without this, Spring Cloud Stream auto-detects the lone
            // deadLetters bean and binds it to a topic named "deadLetters-in-0" in an anonymous group.
            props.put("spring.cloud.stream.function.autodetect", "false");
        }
        return props;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
