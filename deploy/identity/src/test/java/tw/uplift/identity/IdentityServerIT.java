package tw.uplift.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Boots the issuer on a free port and talks to it over HTTP, as the services and scripts do. */
class IdentityServerIT {

    @TempDir
    static Path data;

    static ConfigurableApplicationContext app;
    static String issuer;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        app = IdentityApplication.application().run(
                "--server.port=" + port,
                "--uplift.identity.key-file=" + data.resolve("signing-key.json"));
        issuer = "http://localhost:" + port;
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void publishesOidcDiscoveryForItsIssuer() throws Exception {
        JsonNode discovery = getJson("/.well-known/openid-configuration");

        assertThat(discovery.get("issuer").asString()).isEqualTo(issuer);
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(issuer + "/oauth2/jwks");
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(issuer + "/oauth2/token");
    }

    @Test
    void passwordGrantIssuesASignedTokenWithTheUpliftClaims() throws Exception {
        HttpResponse<String> response = token(Map.of("grant_type", "password", "username", "reviewer2", "password", "demo"));
        assertThat(response.statusCode()).isEqualTo(200);
        String accessToken = JsonMapper.shared().readTree(response.body()).get("access_token").asString();

        // Validated like a service does: signature against the issuer's JWKS, `iss` against the issuer URI.
        JwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
        Jwt jwt = decoder.decode(accessToken);

        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getSubject()).isEqualTo("reviewer2");
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("reviewer2");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("李淑芬");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("REVIEWER");
        assertThat(jwt.getClaimAsString("agency_id")).isEqualTo("kcg-civil-affairs");
        assertThat(jwt.getClaimAsString("body_id")).isEqualTo("kcg-rdec");
        assertThat(jwt.getClaimAsStringList("scope")).contains("openid", "profile");
        assertThat(jwt.getIssuer().toString()).isEqualTo(issuer);
    }

    @Test
    void aUserWithoutAnAgencyHasNoAgencyClaim() throws Exception {
        HttpResponse<String> response = token(Map.of("grant_type", "password", "username", "admin", "password", "demo"));
        Jwt jwt = JwtDecoders.fromIssuerLocation(issuer)
                .decode(JsonMapper.shared().readTree(response.body()).get("access_token").asString());

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMIN");
        assertThat(jwt.hasClaim("agency_id")).isFalse();
        assertThat(jwt.hasClaim("body_id")).isFalse();
    }

    @Test
    void aWrongPasswordIsAnInvalidGrant() throws Exception {
        HttpResponse<String> response = token(Map.of("grant_type", "password", "username", "clerk", "password", "guess"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonMapper.shared().readTree(response.body()).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void anUnknownUserIsAnInvalidGrantToo() throws Exception {
        HttpResponse<String> response = token(Map.of("grant_type", "password", "username", "mallory", "password", "demo"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_grant");
    }

    @Test
    void theCliClientMayAlsoActForItself() throws Exception {
        HttpResponse<String> response = token(Map.of("grant_type", "client_credentials"));

        assertThat(response.statusCode()).isEqualTo(200);
        Jwt jwt = JwtDecoders.fromIssuerLocation(issuer)
                .decode(JsonMapper.shared().readTree(response.body()).get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("uplift-cli");
        assertThat(jwt.hasClaim("roles")).isFalse();
    }

    @Test
    void aBrowserStartingTheCodeFlowIsSentToTheLoginForm() throws Exception {
        String query = form(Map.of(
                "response_type", "code", "client_id", "uplift-web", "scope", "openid profile",
                "redirect_uri", "http://localhost:8081/login/oauth2/code/uplift",
                "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "code_challenge_method", "S256"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/authorize?" + query))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void reportsReadinessForTheLauncher() throws Exception {
        assertThat(getJson("/actuator/health/readiness").get("status").asString()).isEqualTo("UP");
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body());
    }

    private static HttpResponse<String> token(Map<String, String> parameters) throws Exception {
        String basic = Base64.getEncoder().encodeToString("uplift-cli:uplift-cli-secret".getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
