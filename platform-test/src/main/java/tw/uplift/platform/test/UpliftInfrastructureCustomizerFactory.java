package tw.uplift.platform.test;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Applies {@link WithUpliftInfrastructure}: per test class a database {@code t<hash>} and a topic prefix
 * {@code t<hash>.}, so classes never see each other's data or events on the shared servers.
 */
public class UpliftInfrastructureCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        WithUpliftInfrastructure annotation = AnnotatedElementUtils.findMergedAnnotation(testClass,
                WithUpliftInfrastructure.class);
        return annotation == null ? null : new Customizer(testClass.getName(), annotation.containers());
    }

    private record Customizer(String testClass, boolean containers) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String name = "t" + Integer.toHexString(testClass.hashCode());
            String mongoUri = containers ? SharedInfrastructure.mongoContainerUri(name)
                    : "mongodb://" + SharedInfrastructure.mongoAddress() + "/" + name;
            String brokers = SharedInfrastructure.brokersFor(containers);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("uplift-test-infrastructure",
                    Map.of("spring.mongodb.uri", mongoUri,
                            "spring.cloud.stream.kafka.binder.brokers", brokers,
                            "uplift.messaging.topic-prefix", name + ".",
                            "uplift.clock.movable", "true",
                            "uplift.outbox.poll-interval", "PT0.2S",
                            "spring.security.oauth2.resourceserver.jwt.issuer-uri", "")));
            context.getBeanFactory().registerSingleton("testJwtDecoder", (JwtDecoder) TestTokens.decoder());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Customizer c && c.testClass.equals(testClass) && c.containers == containers;
        }

        @Override
        public int hashCode() {
            return Objects.hash(testClass, containers);
        }
    }
}
