package tw.uplift.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's guard of anonymous public traffic, as a process would run it, with small limits (a bucket of
 * {@value #BURST} that does not refill within the test, bodies up to {@value #MAX_BODY} bytes) in front of a real
 * HTTP server standing in for the services. The login is never used here, so the OAuth2 client is configured without
 * discovery and no issuer runs. Each test is its own client: the test connects from loopback, a proxy Tomcat trusts,
 * so the {@code X-Forwarded-For} it sends is the client address the gateway sees, as behind an ingress.
 */
class PublicTrafficIT {

    static final int BURST = 3;
    static final int MAX_BODY = 1024;

    static FakeService services;
    static ConfigurableApplicationContext app;
    static String gateway;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void start() {
        int port = freePort();
        gateway = "http://localhost:" + port;
        services = FakeService.start();
        String nowhere = "http://localhost:" + freePort();
        app = GatewayApplication.application().run(
                "--server.port=" + port,
                // a provider without issuer-uri: nothing is fetched at start-up, and no test logs in
                "--spring.security.oauth2.client.registration.uplift.provider=offline",
                "--spring.security.oauth2.client.provider.offline.authorization-uri=" + nowhere + "/authorize",
                "--spring.security.oauth2.client.provider.offline.token-uri=" + nowhere + "/token",
                "--spring.security.oauth2.client.provider.offline.jwk-set-uri=" + nowhere + "/jwks",
                "--spring.security.oauth2.client.provider.offline.user-name-attribute=sub",
                "--uplift.gateway.services.plan=" + services.url(),
                "--uplift.gateway.services.review=" + services.url(),
                "--uplift.gateway.services.survey=" + services.url(),
                "--uplift.gateway.services.notification=" + services.url(),
                "--uplift.gateway.public.rate-limit.burst=" + BURST,
                "--uplift.gateway.public.rate-limit.refill-per-minute=1",
                "--uplift.gateway.public.max-body=" + MAX_BODY + "B");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aClientOverItsBucketGets429WithRetryAfterAndAProblemAndTheServiceSeesNothingMore() throws Exception {
        String client = "203.0.113.10";
        for (int i = 0; i < BURST; i++) {
            assertThat(get("/public/plans/p-1", client, "application/json").statusCode()).isEqualTo(200);
        }
        int reachedBefore = reached("/public/plans/p-1");

        HttpResponse<String> refused = get("/public/plans/p-1", client, "application/json");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));   // one token a minute
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://uplift.tw/problems/rate-limited");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("title").asString()).isEqualTo("Too Many Requests");
        assertThat(reached("/public/plans/p-1")).as("the refused request was not routed").isEqualTo(reachedBefore);
        assertThat(get("/public/plans/p-1", "203.0.113.11", "application/json").statusCode())
                .as("another client has a bucket of its own").isEqualTo(200);
    }

    @Test
    void aBrowserOverItsBucketGetsAShortPageInBothLanguagesWithTheGatewaysHeaders() throws Exception {
        String client = "203.0.113.20";
        String accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        for (int i = 0; i < BURST; i++) {
            get("/public/surveys/s-1", client, accept);
        }

        HttpResponse<String> refused = get("/public/surveys/s-1", client, accept);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.body()).contains("請稍候再試").contains("Too many requests came from this connection")
                .contains("lang=\"en\"");
        assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(refused.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void aBodyOverTheCapIsRefusedWith413BeforeTheCsrfCheckAndNeverRouted() throws Exception {
        String path = "/public/surveys/s-1/responses";
        HttpResponse<String> tooLarge = post(path, "203.0.113.30", new byte[MAX_BODY + 1], false);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        JsonNode problem = json.readTree(tooLarge.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://uplift.tw/problems/too-large");
        assertThat(problem.get("detail").asString()).contains(String.valueOf(MAX_BODY));
        assertThat(reached(path)).isZero();

        assertThat(post(path, "203.0.113.30", new byte[MAX_BODY], false).statusCode())
                .as("at the cap it passes the guard (and meets the CSRF check)").isEqualTo(403);
    }

    @Test
    void aBodyWithoutALengthIsRefusedWith411() throws Exception {
        HttpResponse<String> chunked = post("/public/surveys/s-1/responses", "203.0.113.40", new byte[10], true);

        assertThat(chunked.statusCode()).isEqualTo(411);
        assertThat(json.readTree(chunked.body()).get("type").asString()).isEqualTo("https://uplift.tw/problems/length-required");
    }

    @Test
    void anApiCallWithoutAnyCredentialIsCountedOneWithATokenIsLeftToTheService() throws Exception {
        String client = "203.0.113.50";
        List<Integer> anonymous = new ArrayList<>();
        for (int i = 0; i <= BURST; i++) {
            anonymous.add(get("/api/plan/plans", client, "application/json").statusCode());
        }
        assertThat(anonymous).containsExactly(200, 200, 200, 429);

        HttpResponse<String> withToken = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/plan/plans"))
                .header("X-Forwarded-For", client).header("Authorization", "Bearer a-scripts-own-token")
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(200);
    }

    @Test
    void theGatewaysOwnPagesAndAssetsAreNotCounted() throws Exception {
        String client = "203.0.113.60";
        for (int i = 0; i < BURST + 2; i++) {
            assertThat(get("/", client, "text/html").statusCode()).isEqualTo(200);
        }
        assertThat(get("/public/plans", client, "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void refusalsAreCountedByReasonForOperators() throws Exception {
        String client = "203.0.113.70";
        for (int i = 0; i <= BURST; i++) {
            get("/public/plans.csv", client, "text/csv");
        }

        String scraped = get("/actuator/prometheus", "198.51.100.1", "text/plain").body();

        assertThat(scraped).contains("uplift_gateway_public_refused_total{")
                .containsPattern("uplift_gateway_public_refused_total\\{[^}]*reason=\"rate-limited\"[^}]*\\} [1-9]")
                .containsPattern("uplift_gateway_public_refused_total\\{[^}]*reason=\"length-required\"[^}]*\\} ")
                .contains("uplift_gateway_public_clients");
    }

    private static HttpResponse<String> get(String path, String client, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(gateway + path)).header("X-Forwarded-For", client)
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String client, byte[] body, boolean chunked)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return http.send(HttpRequest.newBuilder(URI.create(gateway + path)).header("X-Forwarded-For", client)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int reached(String path) {
        return (int) services.received().stream().filter(r -> r.path().equals(path)).count();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
