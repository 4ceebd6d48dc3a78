package tw.uplift.identity;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The OIDC issuer of the local run and the end-to-end tests. In docker-compose and production Keycloak
 * plays this part; both sign the same kind of RS256 access tokens with the same claims, so services
 * only ever know the issuer URI.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** Named config file, as every Uplift process, so it never shadows another's on a shared classpath. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(IdentityApplication.class)
                .properties("spring.config.name=uplift-identity");
    }
}
