package tw.uplift.identity.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param issuer          the {@code iss} claim and the base of the discovery document
 * @param keyFile         where the signing key is kept between restarts; {@code null}: a new key per start
 * @param accessTokenTtl  lifetime of access tokens (long enough for a demo session or a test run)
 * @param webRedirectUris exact redirect URIs of the browser client {@code uplift-web}
 */
@ConfigurationProperties("uplift.identity")
public record IdentityProperties(String issuer, Path keyFile, Duration accessTokenTtl, List<String> webRedirectUris) {

    public IdentityProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofHours(1) : accessTokenTtl;
        webRedirectUris = webRedirectUris == null ? List.of() : List.copyOf(webRedirectUris);
    }
}
