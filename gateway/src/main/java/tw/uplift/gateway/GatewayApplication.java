package tw.uplift.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one address users open (local run: {@code http://localhost:8080}). Routes pages and APIs to the four services by
 * path, is the OAuth2 client of the issuer (authorization code with PKCE, public client {@code uplift-web}), relays the
 * user's access token and the session's CSRF token to the services, and serves the landing page and the operators'
 * status page. The services stay stateless resource servers and remain reachable directly for APIs and tests.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** Named config file ({@code gateway.yml}), as every Uplift process, so it never shadows another's on a shared classpath. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(GatewayApplication.class).properties("spring.config.name=gateway");
    }
}
