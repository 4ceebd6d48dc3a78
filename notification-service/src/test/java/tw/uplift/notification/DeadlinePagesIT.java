package tw.uplift.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.support.PlanEvents;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.time.MovableClock;

/**
 * The tracker's pages and the extension API (展期) over a plan approved over the broker: the item page with its
 * ladder, the agency's request form (errors summarised and linked to their fields, a double submit adding one
 * request), the body's list of requests awaiting it and its decide form, and who may do what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=notification-service")
@WithUpliftInfrastructure
class DeadlinePagesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CLERK = TestTokens.agencyStaff("clerk", PlanEvents.AGENCY);
    private static final String HEAD = TestTokens.agencyHead("head", PlanEvents.AGENCY);
    private static final String OTHER_CLERK = TestTokens.agencyStaff("clerk2", "kcg-household-xinxing");
    private static final String REVIEWER = TestTokens.reviewer("reviewer", PlanEvents.BODY, null);
    private static final String OTHER_REVIEWER = TestTokens.reviewer("reviewer9", "tpe-rdec", null);

    @Autowired
    TopicNames topics;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    String planId;
    String id;
    LocalDate due;
    TestHttp http;

    @BeforeEach
    void approvedPlan() {
        http = new TestHttp(port);
        planId = "plan-" + UUID.randomUUID();
        LocalDate today = TaipeiTime.today(clock);
        due = today.plusDays(20);
        KafkaProbe.send(topics.of(Topic.PLAN), KafkaProbe.envelope(
                PlanEvents.approval(planId, today).measureDue("m-1", due).build(), 1));
        id = Deadline.idOfMeasure(planId, "m-1");
        await().atMost(WAIT).until(() -> http.get("/api/deadlines/" + id, CLERK).status() == 200);
    }

    private Map<String, String> request(String date, String reason, String key) {
        return Map.of("dueDate", date, "reason", reason, "requestKey", key);
    }

    @Test
    void theItemPageShowsTheLadderAndTheAgencysRequestForm() {
        PageBrowser.Page page = new PageBrowser(port, CLERK).get("/deadlines/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("lang=\"zh-Hant-TW\"", "推行作法", "期限前 7 天提醒", "期限前 1 天提醒", "逾期通知",
                "逾期 3 個工作天，陳報機關首長", "逾期 14 個工作天，陳報督考機關", "待發送", "沒有展期申請。",
                "action=\"/deadlines/" + id + "/extensions\"", "name=\"requestKey\"", "尚可申請 3 次",
                "<section id=\"notices\"", "id=\"notices-title\">已發送通知</h2>", "尚未寄出任何通知。")
                .containsOnlyOnce("<h1").doesNotContain("id=\"decide\"");
        assertThat(new PageBrowser(port, CLERK).get("/deadlines/" + id + "?lang=en").html())
                .contains("Reminders and escalations", "3 working days overdue: agency head told", "Ask for an extension",
                        "id=\"notices-title\">Notices sent</h2>");
        assertThat(new PageBrowser(port, CLERK).get("/deadlines").html()).contains("href=\"/deadlines/" + id + "\"");
        assertThat(new PageBrowser(port, CLERK).get("/inbox").html()).contains("href=\"/deadlines\"");
        assertThat(new PageBrowser(port, OTHER_CLERK).get("/deadlines/" + id).status()).isEqualTo(404);
    }

    @Test
    void aRequestInErrorComesBackWithASummaryLinkingToEachField() {
        PageBrowser clerk = new PageBrowser(port, CLERK);

        PageBrowser.Page empty = clerk.post("/deadlines/" + id + "/extensions", request("", "", "k-1"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html()).contains("govuk-error-summary", "href=\"#dueDate\"", "請填寫日期", "govuk-form-group--error");

        PageBrowser.Page noReason = clerk.post("/deadlines/" + id + "/extensions",
                request(due.plusDays(5).toString(), " ", "k-1"));
        assertThat(noReason.html()).contains("href=\"#reason\"", "請說明展期理由").doesNotContain("Give a reason");
        // The page says it in its own language only (the API's message carries both).
        PageBrowser.Page noReasonEnglish = new PageBrowser(port, CLERK).post("/deadlines/" + id + "/extensions?lang=en",
                request(due.plusDays(5).toString(), " ", "k-1"));
        assertThat(noReasonEnglish.html()).contains("href=\"#reason\"", "Give a reason for the extension")
                .doesNotContain("請說明展期理由");

        PageBrowser.Page tooFar = clerk.post("/deadlines/" + id + "/extensions",
                request(due.plusDays(31).toString(), "廠商延遲交貨", "k-1"));
        assertThat(tooFar.status()).isEqualTo(422);
        assertThat(tooFar.html()).contains("href=\"#dueDate\"", "展期累計不得超過原期限後 30 日", "廠商延遲交貨");
        assertThat(http.get("/api/deadlines/" + id, CLERK).body().get("extensions")).isEmpty();
    }

    @Test
    void theAgencyAsksOnceAndTheBodyApprovesAShorterDate() {
        PageBrowser clerk = new PageBrowser(port, HEAD);
        Map<String, String> ask = request(due.plusDays(14).toString(), "春節期間廠商停工", "form-" + UUID.randomUUID());
        assertThat(clerk.post("/deadlines/" + id + "/extensions", ask).status()).isEqualTo(303);
        assertThat(clerk.post("/deadlines/" + id + "/extensions", ask).status()).as("a double submit").isEqualTo(303);
        assertThat(http.get("/api/deadlines/" + id, CLERK).body().get("extensions")).hasSize(1);

        PageBrowser reviewer = new PageBrowser(port, REVIEWER);
        assertThat(reviewer.get("/deadlines/extensions").html()).contains("href=\"/deadlines/" + id + "#decide\"",
                "春節期間廠商停工");
        PageBrowser.Page item = reviewer.get("/deadlines/" + id);
        assertThat(item.html()).contains("id=\"decide\"", "核定第 1 次申請", "待核定").doesNotContain("id=\"request\"");

        PageBrowser.Page refusedWithoutReason = reviewer.post("/deadlines/" + id + "/extensions/1/decision",
                Map.of("decision", "REFUSE", "reason", ""));
        assertThat(refusedWithoutReason.status()).isEqualTo(422);
        assertThat(refusedWithoutReason.html()).contains("href=\"#reason\"", "不准展期須說明理由")
                .doesNotContain("Give a reason");
        PageBrowser.Page undecided = reviewer.post("/deadlines/" + id + "/extensions/1/decision", Map.of("reason", ""));
        assertThat(undecided.status()).isEqualTo(422);
        assertThat(undecided.html()).contains("href=\"#decision\"", "請選擇准予或不准展期").doesNotContain("Choose APPROVE");

        assertThat(reviewer.post("/deadlines/" + id + "/extensions/1/decision", Map.of("decision", "APPROVE",
                "grantedDate", due.plusDays(10).toString(), "reason", "同意展延十日")).status()).isEqualTo(303);

        JsonNode after = http.get("/api/deadlines/" + id, CLERK).body();
        assertThat(after.get("dueDate").asString()).isEqualTo(due.plusDays(10).toString());
        assertThat(after.get("plannedDueDate").asString()).isEqualTo(due.toString());
        assertThat(after.get("extensions").get(0).get("status").asString()).isEqualTo("APPROVED");
        assertThat(after.get("extensions").get(0).get("decidedBy").asString()).isEqualTo("reviewer");
        assertThat(new PageBrowser(port, CLERK).get("/deadlines/" + id).html()).contains("准予展期至", "同意展延十日",
                "原期限");
        await().atMost(WAIT).untilAsserted(() -> assertThat(http.get("/api/inbox", CLERK).text())
                .contains("准予展期：").contains(id));
        assertThat(http.get("/api/inbox", REVIEWER).text()).contains("展期申請：");
    }

    @Test
    void theApiScopesEveryCallAndNamesTheFieldOfABrokenRule() {
        assertThat(http.get("/api/deadlines/" + id, OTHER_CLERK).status()).isEqualTo(404);
        assertThat(http.get("/api/deadlines/" + id, OTHER_REVIEWER).status()).isEqualTo(404);
        assertThat(http.get("/api/deadlines/" + id, REVIEWER).status()).isEqualTo(200);
        String ask = "{\"dueDate\":\"" + due.plusDays(3) + "\",\"reason\":\"人力不足\"}";
        assertThat(http.post("/api/deadlines/" + id + "/extensions", REVIEWER, ask).status())
                .as("a reviewer does not ask").isEqualTo(403);

        TestHttp.Reply notLater = http.post("/api/deadlines/" + id + "/extensions", CLERK,
                "{\"dueDate\":\"" + due + "\",\"reason\":\"人力不足\"}");
        assertThat(notLater.status()).isEqualTo(409);
        assertThat(notLater.isProblem()).isTrue();
        assertThat(notLater.body().get("errors").get(0).get("field").asString()).isEqualTo("dueDate");

        assertThat(http.post("/api/deadlines/" + id + "/extensions", CLERK, ask).status()).isEqualTo(201);
        TestHttp.Reply second = http.post("/api/deadlines/" + id + "/extensions", CLERK, ask);
        assertThat(second.status()).as("one pending at a time").isEqualTo(409);
        assertThat(second.body().get("code").asString()).isEqualTo("pending");

        String approve = "{\"decision\":\"APPROVE\"}";
        assertThat(http.post("/api/deadlines/" + id + "/extensions/1/decision", CLERK, approve).status())
                .as("the agency does not decide").isEqualTo(403);
        assertThat(http.post("/api/deadlines/" + id + "/extensions/1/decision", OTHER_REVIEWER, approve).status())
                .isEqualTo(404);
        TestHttp.Reply bad = http.post("/api/deadlines/" + id + "/extensions/1/decision", REVIEWER, "{\"decision\":\"MAYBE\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("decision");
        assertThat(http.post("/api/deadlines/" + id + "/extensions/1/decision", REVIEWER, approve).status())
                .isEqualTo(200);
        assertThat(http.post("/api/deadlines/" + id + "/extensions/1/decision", REVIEWER, approve).status())
                .as("the same decision again").isEqualTo(200);
        assertThat(http.post("/api/deadlines/" + id + "/extensions/1/decision", REVIEWER,
                "{\"decision\":\"REFUSE\",\"reason\":\"改判\"}").status()).as("another decision").isEqualTo(409);
        assertThat(http.get("/api/deadlines/" + id, CLERK).body().get("dueDate").asString())
                .isEqualTo(due.plusDays(3).toString());
    }
}
