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
 * The agency's survey desk against the real store and broker: creating a survey by form (its errors first), from
 * the question bank with segments, opening and closing it by its buttons, its links per segment and its kiosk links
 * made and revoked, the live results of answers posted through the public API with their charts and tables (the
 * segments and respondent groups compared, NPS), the trend against the previous survey of the same name, the
 * printable report, the sub-navigation, and that another agency and an anonymous visitor get nothing. The same properties as {@link SurveyFlowIT}, so they share
 * one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=survey-service",
        "uplift.survey.public.rate-limit.burst=100000",
        "uplift.survey.public.rate-limit.per-window=100000"})
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
                "/public/surveys/" + id + "/qr.svg", "/public/surveys/" + id + "/qr.png",
                "/public/surveys/" + id + "/poster", "/surveys/" + id + "/kiosks", "/surveys/" + id + "/close",
                "/surveys/" + id + "/results")
                .as("no placeholder kiosk page").doesNotContain("/public/surveys/" + id + "/kiosk\"");
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

    @Test
    void aSurveyIsBuiltFromTheBankWithSegmentsAndEveryProblemLinksToItsField() {
        PageBrowser staff = browser(clerk);
        String blank = staff.get("/surveys/new").html();
        assertThat(blank).as("the bank, grouped by driver, in both languages")
                .contains("從題庫選題", "<legend class=\"govuk-fieldset__legend\">整體滿意與推薦</legend>",
                        "<legend class=\"govuk-fieldset__legend\">填答者基本資料</legend>",
                        "type=\"checkbox\" name=\"bank\" id=\"bank\" value=\"overall\"", "id=\"bank-recommend\"",
                        "整體而言，您對本次服務滿意嗎？", "<span lang=\"en\">Overall, how satisfied are you with the service today?</span>")
                .as("segments, population and sample").contains("name=\"segments[2].zh\"", "name=\"segments[0].kind\"",
                        "value=\"CHANNEL\"", "name=\"segments[0].population\"", "name=\"targetPopulation\"",
                        "name=\"sampleSize\"", "name=\"questions[0].zh\"");
        int before = surveysListed(staff);

        PageBrowser.Page nothing = staff.post("/surveys/new", Map.of("titleZh", "沒有題目的調查"));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.html()).contains("<a href=\"#bank\">請從題庫勾選題目，或輸入至少一個自訂題目。</a>",
                "id=\"bank-error\"");

        PageBrowser.Page tampered = staff.postRepeated("/surveys/new", "titleZh", "調查", "bank", "overall",
                "bank", "no-such-item");
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.html()).contains("<a href=\"#bank\">題庫沒有您勾選的其中一題，請重新勾選。</a>");

        PageBrowser.Page notNumbers = staff.postRepeated("/surveys/new", "titleZh", "調查", "bank", "overall",
                "targetPopulation", "很多", "segments[1].zh", "2 號櫃台", "segments[1].population", "四百");
        assertThat(notNumbers.status()).isEqualTo(400);
        assertThat(notNumbers.html()).contains("<a href=\"#targetPopulation\">母體人數請填整數，例如 1200。</a>",
                "<a href=\"#segments-1-population\">第 2 個分眾的母體人數請填整數，例如 400。</a>")
                .as("the ticks stay").contains("aria-describedby=\"bank-item-hint\" checked=\"checked\"");

        PageBrowser.Page refused = staff.postRepeated("/surveys/new", "titleZh", "分眾調查", "bank", "overall",
                "targetPopulation", "100", "sampleSize", "500",
                "segments[0].zh", "1 號櫃台", "segments[0].id", "櫃台一",
                "segments[1].en", "Phone", "segments[1].kind", "CHANNEL",
                "segments[2].zh", "網站", "segments[2].id", "s2", "segments[2].population", "0");
        assertThat(refused.status()).isEqualTo(400);
        String html = refused.html();
        assertThat(html).contains(
                "<a href=\"#sampleSize\">預計樣本數請填 1 以上的整數，且不可大於母體人數。</a>",
                "<a href=\"#segments-0-id\">第 1 個分眾的連結代碼請用 1 到 40 個英文字母、數字、- 或 _，且不可與其他分眾相同。</a>",
                "<a href=\"#segments-1-zh\">請輸入第 2 個分眾的中文名稱。</a>",
                "<a href=\"#segments-2-id\">第 3 個分眾的連結代碼",
                "<a href=\"#segments-2-population\">第 3 個分眾的母體人數請填 1 以上的整數。</a>",
                "id=\"segments-1-zh\"", "id=\"segments-1-zh-error\"", "aria-describedby=\"segments-0-id-hint segments-0-id-error\"")
                .as("what was typed stays").contains("value=\"Phone\"", "value=\"櫃台一\"");
        assertThat(html.indexOf("#sampleSize")).as("in the order of the form").isLessThan(html.indexOf("#segments-0-id"));
        assertThat(html.indexOf("#segments-1-zh")).isLessThan(html.indexOf("#segments-2-id"));
        assertThat(surveysListed(staff)).as("nothing saved").isEqualTo(before);

        PageBrowser.Page created = staff.postRepeated("/surveys/new", "titleZh", "戶政分眾調查" + UUID.randomUUID(),
                "bank", "comments", "bank", "overall", "bank", "recommend", "bank", "age-group",
                "questions[0].kind", "LIKERT_5", "questions[0].zh", "您對叫號系統滿意嗎？",
                "targetPopulation", "1,000", "sampleSize", "200",
                "segments[0].zh", "1 號櫃台", "segments[0].id", "c1", "segments[0].population", "600",
                "segments[1].zh", "電話", "segments[1].en", "Phone", "segments[1].kind", "CHANNEL");
        assertThat(created.status()).as(created.html()).isEqualTo(303);
        String id = idIn(created.location());
        String json = survey(id).json();
        assertThat(json).contains("\"targetPopulation\":1000", "\"sampleSize\":200",
                "\"id\":\"c1\"", "\"population\":600", "\"id\":\"s2\"", "\"kind\":\"CHANNEL\"", "\"respondentGroup\":true");
        assertThat(json.indexOf("\"id\":\"overall\"")).as("bank items about the service, own questions, then the rest")
                .isLessThan(json.indexOf("\"id\":\"recommend\""));
        assertThat(json.indexOf("\"id\":\"recommend\"")).isLessThan(json.indexOf("\"id\":\"q1\""));
        assertThat(json.indexOf("\"id\":\"q1\"")).isLessThan(json.indexOf("\"id\":\"age-group\""));
        assertThat(json.indexOf("\"id\":\"age-group\"")).isLessThan(json.indexOf("\"id\":\"comments\""));

        String shown = staff.get("/surveys/" + id).html();
        assertThat(shown).contains("1,000", "200", "1 號櫃台", "電話", "/public/surveys/" + id + "?segment=c1",
                        "/public/surveys/" + id + "?segment=s2", "開放填答後才能下載 QR Code 與海報")
                .as("no code or poster for a draft").doesNotContain("qr.svg", "/poster");
    }

    @Test
    void theSurveyPageGivesEachSegmentItsCodeAndPosterAndMakesAndRevokesKioskLinks() {
        String id = opened("平板連結" + UUID.randomUUID(), SEGMENTS);
        PageBrowser staff = browser(clerk);
        String page = staff.get("/surveys/" + id).html();
        assertThat(page).contains("全體與各分眾的填答連結", "不分眾", "1 號櫃台", "2 號櫃台",
                "/public/surveys/" + id + "?segment=c1\"", "/public/surveys/" + id + "/qr.svg?segment=c2\"",
                "/public/surveys/" + id + "/qr.png?segment=c1\"", "/public/surveys/" + id + "/poster?segment=c2\"",
                "/public/surveys/" + id + "/qr.svg\"", "尚未建立平板連結", "<option value=\"c2\">2 號櫃台</option>");
        assertThat(browser(null).get("/public/surveys/" + id + "/qr.svg?segment=c2").status())
                .as("the page's code answers").isEqualTo(200);

        PageBrowser.Page made = staff.post("/surveys/" + id + "/kiosks", Map.of("segment", "c2"));
        assertThat(made.status()).isEqualTo(303);
        assertThat(made.location()).endsWith("/surveys/" + id + "?done=kioskCreated#kiosks");
        String withKiosk = staff.get("/surveys/" + id + "?done=kioskCreated").html();
        Matcher link = Pattern.compile("/public/kiosks/([A-Za-z0-9_-]{22})").matcher(withKiosk);
        assertThat(link.find()).as(withKiosk).isTrue();
        String key = link.group(1);
        assertThat(withKiosk).contains("已建立平板連結", "本調查的 1 個平板連結", "clerk", "停用",
                "/surveys/" + id + "/kiosks/" + key + "/revoke");
        assertThat(browser(null).get("/public/kiosks/" + key).status()).as("the link shown works").isEqualTo(200);

        PageBrowser other = browser(TestTokens.agencyStaff("clerk2", "kcg-household-xinxing"));
        assertThat(other.post("/surveys/" + id + "/kiosks", Map.of()).status()).isEqualTo(404);
        assertThat(other.post("/surveys/" + id + "/kiosks/" + key + "/revoke").status()).isEqualTo(404);
        assertThat(browser(null).get("/public/kiosks/" + key).status()).isEqualTo(200);
        assertThat(staff.post("/surveys/" + id + "/kiosks", Map.of("segment", "c9")).status())
                .as("a segment the survey does not have").isEqualTo(400);

        PageBrowser.Page revoked = browser(head).post("/surveys/" + id + "/kiosks/" + key + "/revoke");
        assertThat(revoked.status()).isEqualTo(303);
        assertThat(browser(head).post("/surveys/" + id + "/kiosks/" + key + "/revoke").status())
                .as("a second click changes nothing").isEqualTo(303);
        assertThat(staff.get("/surveys/" + id + "?done=kioskRevoked").html()).contains("平板連結已停用", "已停用", "由 head 停用")
                .doesNotContain("/kiosks/" + key + "/revoke");
        assertThat(browser(null).get("/public/kiosks/" + key).status()).isEqualTo(404);

        assertThat(staff.post("/surveys/" + id + "/close").status()).isEqualTo(303);
        assertThat(staff.get("/surveys/" + id).html()).contains("這份調查已結束")
                .doesNotContain("qr.svg", "建立平板連結");
    }

    @Test
    void theResultsCompareSegmentsAndGroupsWithTheirNumbersAndMarkTheSmallOnes() {
        String id = opened("分眾比較" + UUID.randomUUID(), SEGMENTS);
        int[] overall = {5, 5, 4, 4, 5, 4, 5, 2, 3, 1};
        int[] recommend = {10, 9, 9, 8, 7, 6, 5, 10, 9, 3};
        for (int i = 0; i < overall.length; i++) {
            assertThat(answer(id, segmentAnswer("c1", overall[i], recommend[i], "30-49")).status()).isEqualTo(202);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(answer(id, segmentAnswer("c2", 5, 10, "65-plus")).status()).isEqualTo(202);
        }

        String html = browser(clerk).get("/surveys/" + id + "/results").html();
        assertThat(html).as("response rate and sample achieved").contains("6.5%", "（母體 200 人）", "26.0%",
                "（已回收 13 份，預計 50 份）");
        assertThat(html).as("the segments compared, with n, the small one marked and explained")
                .contains("分眾比較", "各分眾的滿意度", "依「您的年齡」分組的滿意度",
                        "aria-label=\"各分眾的滿意度：2 個長條，各為滿意比例與回收份數，1 個樣本數不足（少於 10 份）以灰色表示",
                        "aria-label=\"依「您的年齡」分組的滿意度：2 個長條，各為滿意比例與回收份數，1 個樣本數不足",
                        "<caption class=\"govuk-table__caption govuk-table__caption--s\">各分眾的滿意度：回收份數、回收率與滿意比例</caption>",
                        "<th scope=\"row\" class=\"govuk-table__header\">1 號櫃台</th>", "10.0%", "70.0%", "100.0%",
                        "樣本數不足（少於 10）", "回收少於 10 份的分眾或組別", "65 歲以上", "未滿 30 歲")
                .as("the small bars in grey").contains("rgb(111,119,123)");
        assertThat(count(html, "樣本數不足（少於 10）</strong>")).as("c2, and three age groups under 10")
                .isEqualTo(4);
        assertThat(html).as("NPS with its three groups").contains("第 2 題的推薦者、中立者與批評者",
                "推薦者（9–10 分）", "中立者（7–8 分）", "批評者（0–6 分）", "61.5%", "15.4%", "23.1%")
                .as("a figure's value is its dd, not a span in its place")
                .contains("<dt>淨推薦值（NPS，推薦者 9–10 分比例減批評者 0–6 分比例）</dt><dd><span>38.5</span></dd>");
        assertThat(count(html, "<svg")).as("CSAT, segments, age groups, and the three questions").isEqualTo(6);

        assertThat(browser(clerk).get("/surveys/" + id + "/results?lang=en").html())
                .contains("Satisfaction by segment", "Too few responses (under 10)", "Promoters (9–10)", "Sample achieved");
        assertThat(browser(clerk).get("/surveys/" + id + "/report").html()).contains("各分眾的滿意度", "樣本數不足（少於 10）");
    }

    @Test
    void theSurveyPagesLinkToTheCourtesyTestsAndBack() {
        String list = browser(clerk).get("/surveys").html();
        assertThat(list).contains("aria-label=\"滿意度調查與禮貌測試\"", "href=\"/surveys/courtesy-tests\"",
                "href=\"/surveys\" aria-current=\"page\"");
        String id = draft("子選單" + UUID.randomUUID());
        assertThat(browser(clerk).get("/surveys/" + id).html()).contains("aria-label=\"滿意度調查與禮貌測試\"",
                "href=\"/surveys\" aria-current=\"true\"", "href=\"/surveys/courtesy-tests\"");
        PageBrowser.Page courtesy = browser(clerk).get("/surveys/courtesy-tests");
        assertThat(courtesy.status()).isEqualTo(200);
        assertThat(courtesy.html()).contains("href=\"/surveys/courtesy-tests\" aria-current=\"page\"", "href=\"/surveys\"");
    }

    // --- helpers ---

    private record JsonSurvey(String json) {
    }

    /** Two counters (c1 with a population of 100), a population of 200 and a sample of 50; a score, NPS, age. */
    private static final String SEGMENTS = """
            {"title": {"zh": "%s"}, "targetPopulation": 200, "sampleSize": 50,
             "segments": [{"id": "c1", "name": {"zh": "1 號櫃台"}, "kind": "COUNTER", "population": 100},
                          {"id": "c2", "name": {"zh": "2 號櫃台"}, "kind": "COUNTER"}],
             "questions": [
               {"id": "overall", "text": {"zh": "整體而言，您對本次服務滿意嗎？"}, "kind": "LIKERT_5"},
               {"id": "recommend", "text": {"zh": "您有多大可能向親友推薦本機關的服務？"}, "kind": "NPS_10"},
               {"id": "age-group", "text": {"zh": "您的年齡", "en": "Your age"}, "kind": "CHOICE", "required": false,
                "respondentGroup": true, "options": [
                  {"id": "under-30", "text": {"zh": "未滿 30 歲"}}, {"id": "30-49", "text": {"zh": "30 至 49 歲"}},
                  {"id": "50-64", "text": {"zh": "50 至 64 歲"}}, {"id": "65-plus", "text": {"zh": "65 歲以上"}}]}
             ]}""";

    private static final String PLAIN = """
            {"title": {"zh": "%s"},
             "questions": [
               {"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？"}, "kind": "LIKERT_5"},
               {"id": "q2", "text": {"zh": "您如何辦理？"}, "kind": "CHOICE",
                "options": [{"id": "counter", "text": {"zh": "臨櫃"}}, {"id": "online", "text": {"zh": "線上"}}]},
               {"id": "q3", "text": {"zh": "其他建議"}, "kind": "TEXT"}
             ]}""";

    private String draft(String title) {
        return draft(title, PLAIN);
    }

    private String draft(String title, String template) {
        TestHttp.Reply created = http().post("/api/surveys", clerk, template.formatted(title));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private String opened(String title) {
        return opened(title, PLAIN);
    }

    private String opened(String title, String template) {
        String id = draft(title, template);
        assertThat(browser(clerk).post("/surveys/" + id + "/open").status()).isEqualTo(303);
        return id;
    }

    /** An answer to the {@link #SEGMENTS} survey through a segment's link. */
    private static String segmentAnswer(String segment, int overall, int recommend, String age) {
        return """
                {"segment": "%s", "answers": [{"questionId": "overall", "score": %d},
                  {"questionId": "recommend", "score": %d}, {"questionId": "age-group", "choice": "%s"}]}"""
                .formatted(segment, overall, recommend, age);
    }

    private JsonSurvey survey(String id) {
        TestHttp.Reply r = http().get("/api/surveys/" + id, clerk);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return new JsonSurvey(r.text());
    }

    private TestHttp.Reply answer(String id, FormAnswers answers) {
        return answer(id, answers.json());
    }

    private TestHttp.Reply answer(String id, String json) {
        return http().send("POST", "/public/surveys/" + id + "/responses", null, json, Map.of());
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
