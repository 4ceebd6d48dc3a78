package tw.uplift.platform.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a {@code @SpringBootTest} at the shared Kafka broker and MongoDB server, with a database and a
 * topic prefix of its own, and makes the service accept tokens from {@link TestTokens}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface WithUpliftInfrastructure {

    /**
     * Use real {@code mongo} (replica set) and {@code apache/kafka} containers instead of the in-JVM
     * servers. Put {@code @Testcontainers(disabledWithoutDocker = true)} on such classes so they are
     * reported skipped where there is no Docker engine.
     */
    boolean containers() default false;
}
