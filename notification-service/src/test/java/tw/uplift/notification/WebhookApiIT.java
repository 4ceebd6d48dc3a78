package tw.uplift.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.webhook.WebhookOutcome;
import tw.uplift.notification.webhook.WebhookOwner;
import tw.uplift.notification.webhook.WebhookPayload;
import tw.uplift.notification.webhook.WebhookSecret;
import tw.uplift.notification.webhook.WebhookSignature;
import tw.uplift.notification.webhook.WebhookVerifier;
import tw.uplift.notification.webhook.application.WebhookEndpoints;
import tw.uplift.notification.webhook.application.WebhookScope;
import tw.uplift.notification.webhook.sending.WebhookClient;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * {@code /api/webhooks} as its callers use it: an agency head and a body's reviewer manage their own endpoints
 * only, another agency's endpoints do not exist for them, the secret is shown on registration and rotation and
 * never listed, and bad input is a problem naming the field. Each test has its own agencies and body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=notification-service")
@WithUpliftInfrastructure
class WebhookApiIT {

    private static final String URL = "https://hooks.example.gov.tw/uplift";

    @LocalServerPort
    int port;

    @Autowired
    WebhookEndpoints endpoints;

    @Autowired
    WebhookClient client;

    @Autowired
    MeterRegistry meters;

    String agencyA;
    String agencyB;
    String body;
    String headA;
    String headB;
    String staffA;
    String reviewer;

    @BeforeEach
    void callers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        agencyA = "agency-a-" + suffix;
        agencyB = "agency-b-" + suffix;
        body = "body-" + suffix;
        headA = TestTokens.agencyHead("head-a-" + suffix, agencyA);
        headB = TestTokens.agencyHead("head-b-" + suffix, agencyB);
        staffA = TestTokens.agencyStaff("clerk-a-" + suffix, agencyA);
        reviewer = TestTokens.reviewer("reviewer-" + suffix, body, null);
    }

    private TestHttp http() {
        return new TestHttp(port);
    }

    private TestHttp.Reply register(String token, String json) {
        return http().post("/api/webhooks", token, json);
    }

    private String registered(String token, String json) {
        TestHttp.Reply created = register(token, json);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("endpoint").get("id").asString();
    }

    private static List<String> fields(TestHttp.Reply problem) {
        assertThat(problem.isProblem()).as(problem.text()).isTrue();
        return StreamSupport.stream(problem.body().get("errors").spliterator(), false)
                .map(e -> e.get("field").asString()).toList();
    }

    @Test
    void anAgencyHeadRegistersAnEndpointForTheirAgencyAndSeesTheSecretOnlyThen() {
        TestHttp.Reply created = register(headA, "{\"url\":\"" + URL + "\",\"kinds\":[\"ITEM_OVERDUE\"]}");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode endpoint = created.body().get("endpoint");
        assertThat(endpoint.get("owner").asString()).isEqualTo("agency:" + agencyA);
        assertThat(endpoint.get("url").asString()).isEqualTo(URL);
        assertThat(endpoint.get("active").asBoolean()).isTrue();
        String secret = created.body().get("secret").asString();
        assertThat(secret).startsWith("whsec_");

        String id = endpoint.get("id").asString();
        TestHttp.Reply listed = http().get("/api/webhooks", headA);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).extracting(e -> e.get("id").asString()).containsExactly(id);
        assertThat(listed.text()).doesNotContain(secret.substring(6)).doesNotContain("secret");
        assertThat(http().get("/api/webhooks/" + id, headA).text()).doesNotContain(secret.substring(6));
    }

    @Test
    void anotherAgencysEndpointsDoNotExistForAnAgencyHead() {
        String ofA = registered(headA, "{\"url\":\"" + URL + "\"}");
        String ofB = registered(headB, "{\"url\":\"" + URL + "/b\"}");

        assertThat(http().get("/api/webhooks", headB).body()).extracting(e -> e.get("id").asString())
                .containsExactly(ofB);
        assertThat(http().get("/api/webhooks?owner=agency:" + agencyA, headB).body()).isEmpty();
        assertThat(http().get("/api/webhooks/" + ofA, headB).status()).isEqualTo(404);
        assertThat(http().post("/api/webhooks/" + ofA + "/rotate", headB, null).status()).isEqualTo(404);
        assertThat(http().post("/api/webhooks/" + ofA + "/disable", headB, null).status()).isEqualTo(404);
        assertThat(http().get("/api/webhooks/" + ofA, headA).body().get("active").asBoolean()).isTrue();
        assertThat(register(headB, "{\"owner\":\"agency:" + agencyA + "\",\"url\":\"" + URL + "\"}").status())
                .isEqualTo(403);
    }

    @Test
    void aReviewerManagesTheirBodysEndpointsAndAnAdminEveryones() {
        String ofBody = registered(reviewer, "{\"owner\":\"body:" + body + "\",\"url\":\"" + URL + "\"}");
        String ofA = registered(headA, "{\"url\":\"" + URL + "\"}");

        assertThat(register(reviewer, "{\"owner\":\"agency:" + agencyA + "\",\"url\":\"" + URL + "\"}").status())
                .isEqualTo(403);
        assertThat(http().get("/api/webhooks/" + ofA, reviewer).status()).isEqualTo(404);
        assertThat(http().get("/api/webhooks/" + ofBody, TestTokens.admin()).status()).isEqualTo(200);
        assertThat(http().get("/api/webhooks?owner=agency:" + agencyA, TestTokens.admin()).body())
                .extracting(e -> e.get("id").asString()).containsExactly(ofA);
        assertThat(registered(TestTokens.admin(), "{\"owner\":\"agency:" + agencyB + "\",\"url\":\"" + URL + "\"}"))
                .isNotBlank();
    }

    @Test
    void agencyStaffManageNoEndpoints() {
        assertThat(http().get("/api/webhooks", staffA).status()).isEqualTo(403);
        assertThat(register(staffA, "{\"url\":\"" + URL + "\"}").status()).isEqualTo(403);
    }

    @Test
    void rotatingIssuesANewSecretAndKeepsThePreviousOneForADay() {
        TestHttp.Reply created = register(headA, "{\"url\":\"" + URL + "\"}");
        String id = created.body().get("endpoint").get("id").asString();

        TestHttp.Reply rotated = http().post("/api/webhooks/" + id + "/rotate", headA, null);

        assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
        assertThat(rotated.body().get("secret").asString()).startsWith("whsec_")
                .isNotEqualTo(created.body().get("secret").asString());
        Instant retires = Instant.parse(rotated.body().get("previousSecretRetiresAt").asString());
        assertThat(Duration.between(Instant.now(), retires)).isBetween(Duration.ofHours(23), Duration.ofHours(24));
    }

    @Test
    void aDisabledEndpointStaysListedAndCannotBeRotated() {
        String id = registered(headA, "{\"url\":\"" + URL + "\"}");

        TestHttp.Reply disabled = http().post("/api/webhooks/" + id + "/disable", headA, null);

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().get("active").asBoolean()).isFalse();
        TestHttp.Reply rotated = http().post("/api/webhooks/" + id + "/rotate", headA, null);
        assertThat(rotated.status()).isEqualTo(409);
        assertThat(rotated.body().get("code").asString()).isEqualTo("endpoint-disabled");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        for (String url : List.of("ftp://hooks.example.gov.tw/x", "https://user:pw@hooks.example.gov.tw/x",
                "/relative", "not a url")) {
            TestHttp.Reply reply = register(headA, "{\"url\":\"" + url + "\"}");
            assertThat(reply.status()).as(url).isEqualTo(400);
            assertThat(fields(reply)).as(url).containsExactly("url");
        }
        assertThat(fields(register(headA, "{}"))).containsExactly("url");
        assertThat(fields(register(headA, "{\"owner\":\"agency\",\"url\":\"" + URL + "\"}"))).containsExactly("owner");
        assertThat(fields(register(TestTokens.admin(), "{\"url\":\"" + URL + "\"}"))).containsExactly("owner");
        TestHttp.Reply badKind = register(headA, "{\"url\":\"" + URL + "\",\"kinds\":[\"NOPE\"]}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(fields(badKind).getFirst()).startsWith("kinds");
        assertThat(fields(http().get("/api/webhooks?owner=nobody", headA))).containsExactly("owner");
    }

    /**
     * The whole way as the service wires it: registered through the API, the endpoint found for its owner and kind,
     * posted by the service's client, verified by a receiver holding the secret the API showed once.
     */
    @Test
    void aRegisteredEndpointReceivesPostsItVerifiesWithTheSecretItWasGiven() throws Exception {
        List<WebhookVerifier.Verdict> verdicts = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            TestHttp.Reply created = register(headA, "{\"url\":\"" + url + "\",\"kinds\":[\"ITEM_OVERDUE\"]}");
            WebhookVerifier verifier = new WebhookVerifier(WebhookSecret.parse(created.body().get("secret").asString()),
                    Clock.systemUTC());
            receiver.createContext("/hook", exchange -> {
                byte[] received;
                try (InputStream in = exchange.getRequestBody()) {
                    received = in.readAllBytes();
                }
                var h = exchange.getRequestHeaders();
                WebhookVerifier.Verdict verdict = verifier.verify(h.getFirst(WebhookSignature.ID_HEADER),
                        h.getFirst(WebhookSignature.TIMESTAMP_HEADER), h.getFirst(WebhookSignature.SIGNATURE_HEADER),
                        received);
                verdicts.add(verdict);
                exchange.sendResponseHeaders(verdict == WebhookVerifier.Verdict.VERIFIED ? 204 : 401, -1);
                exchange.close();
            });
            receiver.start();

            assertThat(endpoints.wanting(WebhookOwner.agency(agencyA), InboxKind.DEADLINE_APPROACHING)).isEmpty();
            var endpoint = endpoints.wanting(WebhookOwner.agency(agencyA), InboxKind.ITEM_OVERDUE).getFirst();
            WebhookOutcome outcome = client.post(endpoint, "notice-" + agencyA, WebhookPayload.of(InboxKind.ITEM_OVERDUE,
                    Instant.now(), new WebhookPayload.Data("notice-" + agencyA, "plan-1", "m-1", null, "d-1", "已逾期",
                            LocalDate.of(2026, 12, 15), "http://localhost:8080/plans/plan-1")));

            assertThat(outcome).isEqualTo(WebhookOutcome.delivered(1));
            assertThat(verdicts).containsExactly(WebhookVerifier.Verdict.VERIFIED);
            assertThat(meters.get(WebhookClient.BREAKER_STATE_METRIC).tag("endpoint", endpoint.getId()).gauge().value())
                    .isZero();
            assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", "webhook:" + endpoint.getId())
                    .gauges()).as("Resilience4j's own metrics see the breaker").isNotEmpty();
            assertThat(endpoints.get(endpoint.getId(), WebhookScope.everyone()).isActive()).isTrue();
        } finally {
            receiver.stop(0);
        }
    }
}
