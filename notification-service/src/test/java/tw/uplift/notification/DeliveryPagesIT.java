package tw.uplift.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * The delivery feature over HTTP and the broker, with the service sending to a real SMTP server: the directory and
 * preferences APIs (problem details naming the field), an overdue event becoming one e-mail, and its evidence
 * per item as JSON, CSV and a page, each scoped to who may see it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=notification-service")
@WithUpliftInfrastructure
class DeliveryPagesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int SMTP_PORT = freePort();
    private static final GreenMail MAIL = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    TopicNames topics;

    @LocalServerPort
    int port;

    String agency;
    String clerk;
    String clerkToken;
    TestHttp http;

    @BeforeEach
    void agency() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        agency = "agency-" + suffix;
        clerk = "clerk-" + suffix;
        clerkToken = TestTokens.agencyStaff(clerk, agency);
        http = new TestHttp(port);
    }

    /** One field of each element of a JSON array. */
    private static List<String> values(tools.jackson.databind.JsonNode array, String field) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    private TestHttp.Reply putPerson(String token, String username, String json) {
        return http.put("/api/directory/people/" + username, token, json);
    }

    private String contactJson(String email) {
        return """
                {"name": "林承辦", "email": "%s", "agencyId": "%s", "roles": ["CONTACT"]}""".formatted(email, agency);
    }

    @Test
    void anAdminPutsAPersonOnceWhateverTheRepeats() {
        TestHttp.Reply first = putPerson(TestTokens.admin(), clerk, contactJson(clerk + "@agency.example.tw"));
        TestHttp.Reply again = putPerson(TestTokens.admin(), clerk, contactJson(clerk + "@agency.example.tw"));

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(http.get("/api/directory/people/" + clerk, clerkToken).body().get("email").asText())
                .isEqualTo(clerk + "@agency.example.tw");
    }

    @Test
    void aBadPersonIsAProblemNamingEachField() {
        TestHttp.Reply reply = putPerson(TestTokens.admin(), clerk, """
                {"name": " ", "email": "not-an-address", "agencyId": "%s", "roles": ["CONTACT", "CHIEF"]}"""
                .formatted(agency));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(values(reply.body().get("errors"), "field")).containsExactly("roles[1]");
        TestHttp.Reply fields = putPerson(TestTokens.admin(), clerk, """
                {"name": " ", "email": "not-an-address", "agencyId": "%s", "roles": ["CONTACT"]}""".formatted(agency));
        assertThat(values(fields.body().get("errors"), "field")).containsExactly("name", "email");
    }

    @Test
    void anAgencyHeadManagesOnlyTheirOwnAgencysPeople() {
        String head = TestTokens.agencyHead("head-" + agency, agency);
        String otherHead = TestTokens.agencyHead("head-other", "agency-other");

        assertThat(putPerson(head, clerk, contactJson("a@agency.example.tw")).status()).isEqualTo(201);
        assertThat(putPerson(otherHead, clerk, contactJson("b@agency.example.tw")).status()).isEqualTo(403);
        assertThat(putPerson(clerkToken, clerk, contactJson("c@agency.example.tw")).status())
                .as("a clerk's token carries an agency, not the right to manage it").isEqualTo(403);
    }

    @Test
    void preferencesAreTheCallersOwnAndABadTimeNamesItsField() {
        TestHttp.Reply bad = http.put("/api/preferences/me", clerkToken, """
                {"language": "en", "quietFrom": "25:00", "quietUntil": "07:00"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(values(bad.body().get("errors"), "field")).containsExactly("quietFrom");

        TestHttp.Reply ok = http.put("/api/preferences/me", clerkToken, """
                {"language": "en", "emailOff": ["PLAN_APPROVED"], "quietFrom": "22:00", "quietUntil": "07:00",
                 "digest": true}""");
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        var mine = http.get("/api/preferences/me", clerkToken).body();
        assertThat(mine.get("language").asText()).isEqualTo("en");
        assertThat(mine.get("quietFrom").asText()).isEqualTo("22:00");
        assertThat(mine.get("digestAt").asText()).isEqualTo("08:30");
    }

    @Test
    void anOverdueNoticeArrivesByEmailOnceAndItsEvidenceIsTheAgencysOwn() throws Exception {
        putPerson(TestTokens.admin(), clerk, contactJson(clerk + "@agency.example.tw"));
        String deadlineId = "deadline-" + agency;
        var overdue = KafkaProbe.envelope(new ItemOverdue(deadlineId, TrackedItemKind.MEASURE, "m-1", "plan-1", agency,
                "1. 推動線上申辦", LocalDate.of(2026, 3, 20), java.time.Instant.now()), 1);

        KafkaProbe.send(topics.of(Topic.DEADLINE), overdue);
        KafkaProbe.send(topics.of(Topic.DEADLINE), overdue);

        String json = "/api/deliveries?deadlineId=" + deadlineId;
        await().atMost(WAIT).until(() -> values(http.get(json, clerkToken).body(), "status")
                .equals(List.of("DELIVERED")));
        assertThat(List.of(MAIL.getReceivedMessages()).stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(clerk + "@agency.example.tw");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).singleElement().satisfies(m -> assertThat(m.getSubject()).isEqualTo("逾期通知：1. 推動線上申辦"));

        assertThat(http.get(json, TestTokens.agencyStaff("stranger", "agency-other")).body()).as("another agency's")
                .isEmpty();
        TestHttp.Reply csv = http.get("/api/deliveries/export.csv?deadlineId=" + deadlineId, clerkToken);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).startsWith("\uFEFFid,rocYear,agencyId").contains(agency, "DELIVERED", "115");

        PageBrowser.Page page = new PageBrowser(port, clerkToken).get("/inbox/notices?deadlineId=" + deadlineId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<section id=\"notices\">", "逾期通知", "已送達", "傳送中",
                clerk + "@agency.example.tw");
        assertThat(new String(csv.text().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("逾期通知");
    }

    @Test
    void theSettingsPageShowsABadTimeInTheErrorSummaryLinkedToItsField() {
        PageBrowser browser = new PageBrowser(port, clerkToken);
        assertThat(browser.get("/inbox/preferences").html()).contains("<h1 class=\"govuk-heading-l\">通知設定</h1>",
                "name=\"emailOn\"", "value=\"08:30\"");

        PageBrowser.Page page = browser.post("/inbox/preferences", Map.of("language", "zh-TW", "quietFrom", "晚上十點",
                "quietUntil", "07:00", "digestAt", "08:30"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html()).contains("govuk-error-summary", "href=\"#quietFrom\"",
                "請以「時:分」填寫勿擾開始時間", "id=\"quietFrom-error\"");
        PageBrowser.Page saved = browser.post("/inbox/preferences", Map.of("language", "en", "quietFrom", "22:00",
                "quietUntil", "07:00", "digestAt", "08:30"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(browser.get("/inbox/preferences?saved").html()).contains("已儲存通知設定。",
                "value=\"22:00\"", "value=\"en\" checked");
    }
}
