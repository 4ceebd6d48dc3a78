package tw.uplift.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.survey.FormAnswers.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * The agency's survey desk against the real store and broker: creating a survey by form (its errors first),
 * opening and closing it by its buttons, the live results of answers posted through the public API with their
 * charts and tables, the trend against the previous survey of the same name, the printable report, and that
 * another agency and an anonymous visitor get nothing. The same properties as {@link SurveyFlowIT}, so they share
 * one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=survey-service",
        "uplift.survey.public.rate-limit.burst=100000"})
@WithUpliftInfrastructure
class SurveyConsolePagesIT {

    private static final String AGENCY = "kcg-civil-affairs";

    @Value("${local.server.port}")
    int port;

    private final String clerk = TestTokens.agencyStaff("clerk", AGENCY);
    private final String head = TestTokens.agencyHead("head", AGENCY);

    @Test
    void aSurveyWithProblemsComesBackWithAnErrorSummaryAndNothingSavedThenIsCreated() {
        PageBrowser staff = browser(clerk);
        PageBrowser.Page blank = staff.get("/surveys/new");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.html()).contains("新增調查", "name=\"titleZh\"", "type=\"date\"", "type=\"time\"",
                "name=\"questions[2].zh\"", "<legend", "name=\"_csrf\"").containsPattern("今天是 1\\d\\d年");
        int before = surveysListed(staff);

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("titleZh", " ");
        bad.put("threshold", "120");
        bad.put("questions[0].kind", "LIKERT_5");
        bad.put("questions[0].zh", "");
        bad.put("questions[0].en", "Overall?");
        bad.put("questions[1].kind", "CHOICE");
        bad.put("questions[1].zh", "您如何辦理？");
        bad.put("questions[1].options", "臨櫃 | At the counter");
        PageBrowser.Page refused = staff.post("/surveys/new", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("govuk-error-summary",
                "<a href=\"#titleZh\">請輸入調查的中文名稱。</a>",
                "<a href=\"#threshold\">門檻請填 1 到 100 之間的百分比。</a>",
                "<a href=\"#questions-0-zh\">請輸入第 1 題的中文題目。</a>",
                "<a href=\"#questions-1-options\">第 2 題是單選或複選題",
                "id=\"questions-0-zh\"", "id=\"questions-1-options\"", "id=\"questions-1-options-error\"")
                .as("what was typed stays").contains("value=\"Overall?\"", "臨櫃 | At the counter");

        PageBrowser.Page unreadable = staff.post("/surveys/new", Map.of("titleZh", "調查", "closesOn", "115/13/40",
                "questions[0].zh", "滿意嗎？"));
        assertThat(unreadable.html()).contains("<a href=\"#closesOn\">請輸入截止日期，例如 2026-12-31。</a>");

        PageBrowser.Page more = staff.post("/surveys/new", Map.of("intent", "add-questions", "titleZh", "調查",
                "questions[0].kind", "LIKERT_5", "questions[1].kind", "LIKERT_5", "questions[2].kind", "TEXT",
                "questions[2].zh", "其他建議"));
        assertThat(more.status()).isEqualTo(200);
        assertThat(more.html()).contains("name=\"questions[5].zh\"", "value=\"其他建議\"").doesNotContain("name=\"questions[6].zh\"")
                .doesNotContain("govuk-error-summary");
        assertThat(surveysListed(staff)).as("nothing saved").isEqualTo(before);

        Map<String, String> good = new LinkedHashMap<>(bad);
        good.put("titleZh", "戶政櫃台滿意度調查");
        good.put("titleEn", "Household registration counter");
        good.put("threshold", "85");
        good.put("closesOn", "2099-12-31");
        good.put("closesAtTime", "17:00");
        good.put("questions[0].zh", "整體而言，您對本次服務滿意嗎？");
        good.put("questions[1].options", "臨櫃 | At the counter\n線上");
        PageBrowser.Page created = staff.post("/surveys/new", good);
        assertThat(created.status()).as(created.html()).isEqualTo(303);
        String id = idIn(created.location());
        JsonSurvey api = survey(id);
        assertThat(api.json()).contains("\"status\":\"DRAFT\"", "\"satisfactionThreshold\":0.85",
                "\"closesAt\":\"2099-12-31T09:00:00Z\"", "\"zh\":\"臨櫃\"", "\"en\":\"At the counter\"", "\"kind\":\"CHOICE\"");

        PageBrowser.Page shown = staff.get("/surveys/" + id + "?done=created");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.html()).contains("戶政櫃台滿意度調查", "草稿", "調查已建立", "188年12月31日 17:00", "開放填答");
        assertThat(staff.get("/surveys").html()).contains("戶政櫃台滿意度調查", "/surveys/" + id);
    }

    @Test
    void staffOpenASurveyGiveOutItsLinkAndCloseItAfterConfirming() {
        String id = draft("開放與結束" + UUID.randomUUID());
        PageBrowser staff = browser(head);
        PageBrowser.Page opened = staff.post("/surveys/" + id + "/open");
        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.location()).endsWith("/surveys/" + id + "?done=opened");
        PageBrowser.Page open = staff.get("/surveys/" + id + "?done=opened");
        assertThat(open.html()).contains("受理中", "調查已開放填答", "/public/surveys/" + id + "\"",
                "/public/surveys/" + id + "/qr.svg", "/public/surveys/" + id + "/poster",
                "/public/surveys/" + id + "/kiosk", "/surveys/" + id + "/close", "/surveys/" + id + "/results");
        assertThat(staff.post("/surveys/" + id + "/open").status()).as("a second click changes nothing").isEqualTo(303);

        PageBrowser.Page confirm = staff.get("/surveys/" + id + "/close");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.html()).contains("結束後不再受理填答", "確定結束調查", "method=\"post\"");
        assertThat(survey(id).json()).as("asking is not closing").contains("\"status\":\"OPEN\"");
        PageBrowser.Page closed = staff.post("/surveys/" + id + "/close");
        assertThat(closed.status()).isEqualTo(303);
        assertThat(staff.get("/surveys/" + id + "?done=closed").html()).contains("已結束", "調查已結束")
                .doesNotContain("/surveys/" + id + "/close\"");
        assertThat(survey(id).json()).contains("\"status\":\"CLOSED\"");
    }

    @Test
    void theResultsShowTheNumbersOfTheAnswersWithAChartBesideEachTable() {
        String id = opened("結果頁" + UUID.randomUUID());
        int[] scores = {5, 5, 4, 4, 5, 4, 5, 2, 3, 1};
        for (int i = 0; i < scores.length; i++) {
            FormAnswers answers = scoring(scores[i]).via(i % 2 == 0 ? "counter" : "online");
            TestHttp.Reply r = answer(id, i == 0 ? answers.saying("櫃台人員很親切") : i == 1 ? answers.saying("等太久") : answers);
            assertThat(r.status()).as(r.text()).isEqualTo(202);
        }

        PageBrowser.Page page = browser(clerk).get("/surveys/" + id + "/results");
        assertThat(page.status()).isEqualTo(200);
        String html = page.html();
        assertThat(html).contains("即時結果", "整體滿意度", "70.0%", "（未達門檻 80%）", "3.80", "1.40", "±28.4%",
                "5 非常滿意", "非常不滿意", "臨櫃", "線上")
                .as("the charts: SVG images named by their text alternative, labels as text")
                .contains("<svg", "role=\"img\"", "aria-label=\"第 1 題「整體而言，您對本次服務滿意嗎？」的回答分布，共 10 人作答",
                        "滿意比例（虛線為門檻 80%）")
                .as("each chart's table").contains("<caption class=\"govuk-table__caption govuk-table__caption--s\">第 1 題的回答分布</caption>",
                        "<th scope=\"row\" class=\"govuk-table__header\">5 非常滿意</th>", "scope=\"col\"")
                .as("the free text, newest first").contains("櫃台人員很親切", "等太久")
                .as("no earlier survey of this name").contains("本機關沒有名稱相同且已結束的前次調查");
        assertThat(count(html, "<svg")).as("CSAT against the threshold, q1 and q2").isEqualTo(3);
        assertThat(count(html, "<table")).isEqualTo(3);
        assertThat(html.indexOf("等太久")).as("newest first (same minute: by id)").isGreaterThan(-1);

        PageBrowser.Page report = browser(clerk).get("/surveys/" + id + "/report");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.html()).contains("調查結果報告", "uplift-report__section", "data-uplift-print", "製表時間",
                "70.0%", "<svg").containsPattern("1\\d\\d年\\d{1,2}月\\d{1,2}日").doesNotContain("櫃台人員很親切");
        assertThat(browser(clerk).get("/surveys/" + id + "/results?lang=en").html())
                .contains("Live results", "Overall satisfaction", "(below the 80% threshold)", "5 Very satisfied");
    }

    @Test
    void aSurveyRepeatedUnderTheSameNameIsComparedWithThePreviousOne() {
        String title = "年度滿意度" + UUID.randomUUID();
        String earlier = opened(title);
        for (int score : new int[] {3, 3, 4, 2}) {
            assertThat(answer(earlier, scoring(score)).status()).isEqualTo(202);
        }
        assertThat(browser(clerk).post("/surveys/" + earlier + "/close").status()).isEqualTo(303);
        String later = opened(title);
        for (int score : new int[] {5, 4, 4, 5}) {
            assertThat(answer(later, scoring(score)).status()).isEqualTo(202);
        }
        String html = browser(clerk).get("/surveys/" + later + "/results").html();
        assertThat(html).contains("與前次調查比較", "前次與本次調查的比較", "（回收 4 份）", "3.00", "4.50", "25.0%", "100.0%",
                "與前次調查的平均分數比較");
        assertThat(count(html, "<svg")).as("CSAT, q1, q2 and the trend").isEqualTo(4);
    }

    @Test
    void anotherAgencySeesNoneOfItAndAnonymousVisitorsAreTurnedAway() {
        String id = opened("他機關" + UUID.randomUUID());
        PageBrowser other = browser(TestTokens.agencyStaff("clerk2", "kcg-household-xinxing"));
        for (String path : new String[] {"", "/results", "/report", "/close"}) {
            assertThat(other.get("/surveys/" + id + path).status()).as(path).isEqualTo(404);
        }
        assertThat(other.post("/surveys/" + id + "/close").status()).isEqualTo(404);
        assertThat(other.get("/surveys").html()).doesNotContain(id);
        assertThat(survey(id).json()).contains("\"status\":\"OPEN\"");

        PageBrowser anonymous = browser(null);
        assertThat(anonymous.get("/surveys").status()).isEqualTo(401);
        assertThat(anonymous.get("/surveys/" + id + "/results").status()).isEqualTo(401);
        assertThat(browser(TestTokens.reviewer("r", "kcg", AGENCY)).get("/surveys").status())
                .as("a reviewer keeps no agency's surveys").isEqualTo(403);
    }

    // --- helpers ---

    private record JsonSurvey(String json) {
    }

    private String draft(String title) {
        TestHttp.Reply created = http().post("/api/surveys", clerk, """
                {"title": {"zh": "%s"},
                 "questions": [
                   {"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？"}, "kind": "LIKERT_5"},
                   {"id": "q2", "text": {"zh": "您如何辦理？"}, "kind": "CHOICE",
                    "options": [{"id": "counter", "text": {"zh": "臨櫃"}}, {"id": "online", "text": {"zh": "線上"}}]},
                   {"id": "q3", "text": {"zh": "其他建議"}, "kind": "TEXT"}
                 ]}""".formatted(title));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private String opened(String title) {
        String id = draft(title);
        assertThat(browser(clerk).post("/surveys/" + id + "/open").status()).isEqualTo(303);
        return id;
    }

    private JsonSurvey survey(String id) {
        TestHttp.Reply r = http().get("/api/surveys/" + id, clerk);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return new JsonSurvey(r.text());
    }

    private TestHttp.Reply answer(String id, FormAnswers answers) {
        return http().send("POST", "/public/surveys/" + id + "/responses", null, answers.json(), Map.of());
    }

    private int surveysListed(PageBrowser staff) {
        return count(staff.get("/surveys").html(), "<th scope=\"row\"");
    }

    private static String idIn(String location) {
        Matcher m = Pattern.compile("/surveys/([^/?]+)\\?done=created$").matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return m.group(1);
    }

    private static int count(String html, String what) {
        int n = 0;
        for (int at = html.indexOf(what); at >= 0; at = html.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private PageBrowser browser(String token) {
        return new PageBrowser(port, token);
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
