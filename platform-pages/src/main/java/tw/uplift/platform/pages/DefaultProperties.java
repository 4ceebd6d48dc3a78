package tw.uplift.platform.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds one properties file from the classpath as the lowest-priority property source: shared defaults that an
 * application's own file or an environment variable can still override. The page base and the service chassis each
 * have one ({@link PagesDefaults}, the platform's {@code PlatformDefaults}).
 */
public abstract class DefaultProperties implements EnvironmentPostProcessor, Ordered {

    private final String name;

    /** @param name the source's name, also the file {@code <name>.properties} on the classpath */
    protected DefaultProperties(String name) {
        this.name = name;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(name,
                    new ClassPathResource(name + ".properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
