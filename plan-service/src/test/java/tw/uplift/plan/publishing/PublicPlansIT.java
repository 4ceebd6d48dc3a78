package tw.uplift.plan.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.review.AnnualReviewScored;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.plan.authoring.Evidence;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.ProgressReport;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * The public plan pages and open data, asked for as a citizen's browser and a program would: no token. A plan is
 * public from its approval to the end of its year and is never there before; its CSV opens in a spreadsheet as
 * written (BOM, CRLF, the schema's columns, no formula runs); its JSON names nobody. Each test works in ROC years
 * of its own, so the plans other tests make do not change what it lists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=plan-service")
@WithUpliftInfrastructure
class PublicPlansIT {

    static final String CIVIL_AFFAIRS = "kcg-civil-affairs";
    static final String XINXING = "kcg-household-xinxing";
    /** Names that must never reach the public: the clerk who asked, the head who confirmed. */
    static final String CLERK_NAME = "clerk-wang-xiaoming";
    static final String HEAD_NAME = "head-chen-dazhong";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TopicNames topics;
    @Autowired
    AggregateStore store;
    @Autowired
    Clock clock;

    // ---------------------------------------------------------------------------------------------- who sees what

    @Test
    void aPlanNeverApprovedIsNotFoundAtEveryPublicAddressAndIsNeverListed() {
        String draft = create(CIVIL_AFFAIRS, 101, plan(101, "草稿計畫", MEASURES));
        String awaiting = create(CIVIL_AFFAIRS, 101, plan(101, "待核定計畫", MEASURES));
        submit(awaiting, clerk(CIVIL_AFFAIRS));
        String submitted = create(CIVIL_AFFAIRS, 101, plan(101, "送審中計畫", MEASURES));
        submit(submitted, head(CIVIL_AFFAIRS));
        String returned = create(CIVIL_AFFAIRS, 101, plan(101, "退回計畫", MEASURES));
        submit(returned, head(CIVIL_AFFAIRS));
        decide(returned, ReviewDecision.RETURNED);
        await().atMost(Duration.ofSeconds(20)).until(() -> "RETURNED".equals(status(returned)));

        for (String planId : List.of(draft, awaiting, submitted, returned)) {
            for (String path : List.of("/public/plans/" + planId, "/public/plans/" + planId + ".json",
                    "/public/plans/" + planId + ".csv")) {
                assertThat(fetch(path, "application/json", Map.of()).statusCode()).as(path).isEqualTo(404);
                assertThat(fetch(path, "*/*", Map.of()).statusCode()).as(path).isEqualTo(404);
            }
            PageBrowser.Page page = new PageBrowser(port, null).get("/public/plans/" + planId);
            assertThat(page.status()).isEqualTo(404);
            assertThat(Jsoup.parse(page.html()).selectFirst("h1").text()).isEqualTo("無法顯示此頁");
            assertThat(page.html()).doesNotContain("計畫</span>", "草稿計畫", "待核定計畫", "送審中計畫", "退回計畫");
        }
        assertThat(json("/public/plans?rocYear=101").isEmpty()).isTrue();
        assertThat(page("/public/plans?rocYear=101").select("#public-plans")).isEmpty();
        assertThat(page("/public/plans?rocYear=101").getElementById("no-plans")).isNotNull();
        assertThat(csv("/public/plans.csv?rocYear=101")).as("the header alone").hasSize(1);
    }

    @Test
    void aPlanStaysPublicAfterItsResultsAreHandedInAndItsYearIsClosed() {
        String planId = published(CIVIL_AFFAIRS, 102, plan(102, "高雄市政府民政局102年度提升服務執行計畫", MEASURES));

        assertThat(new TestHttp(port).post("/api/plans/" + planId + "/results", head(CIVIL_AFFAIRS), null).status())
                .isEqualTo(200);
        assertThat(json("/public/plans/" + planId).get("status").asString()).isEqualTo("RESULTS_SUBMITTED");
        assertThat(page("/public/plans/" + planId).select("dl.govuk-summary-list").text()).contains("已提報年度執行成果");
        assertThat(csv("/public/plans/" + planId + ".csv")).hasSize(1 + 3);

        KafkaProbe.send(topics.of(Topic.REVIEW), KafkaProbe.envelope(new AnnualReviewScored("annual-" + planId,
                CIVIL_AFFAIRS, 102, 91.5, "優等", Instant.now()), 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> "CLOSED".equals(status(planId)));

        assertThat(json("/public/plans/" + planId + ".json").get("status").asString()).isEqualTo("CLOSED");
        assertThat(page("/public/plans/" + planId).select("dl.govuk-summary-list").text()).contains("已結案");
        assertThat(page("/public/plans?rocYear=102").select("a[href=/public/plans/" + planId + "]")).hasSize(1);
    }

    // ---------------------------------------------------------------------------------------------- open data

    @Test
    void theCsvOpensInASpreadsheetAsWrittenWithTheSchemasColumnsOneRowPerMeasure() throws IOException {
        String planId = published(CIVIL_AFFAIRS, 103, plan(103, "高雄市政府民政局103年度提升服務執行計畫", """
                [{"code": "1", "title": "=HYPERLINK(\\"http://evil.example\\",\\"點我\\")", "text": "一、訂定SOP，含\\"申辦\\"流程\\n二、公告於網站, 並定期檢討",
                  "units": ["宗教禮俗科", "戶籍行政科"], "deadline": "3月31日前", "expectedBenefit": "+30% 滿意度"},
                 {"code": "2", "title": "服務資訊公開透明", "units": ["@各科室"], "deadline": "12月31日前"},
                 {"code": "3", "title": "檢覈服務行為友善性", "units": ["秘書室"], "deadline": "持續辦理"}]"""));

        HttpResponse<byte[]> reply = fetch("/public/plans/" + planId + ".csv", "*/*", Map.of());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("charset=UTF-8");
        byte[] file = reply.body();
        assertThat(new byte[] {file[0], file[1], file[2]}).as("UTF-8 byte order mark")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(file, StandardCharsets.UTF_8);
        String headerLine = text.substring(1, text.indexOf("\r\n"));
        assertThat(List.of(headerLine.split(","))).as("the header row is the schema's fields")
                .containsExactlyElementsOf(schemaFieldNames());
        assertThat(text).as("every record ends with CRLF").endsWith("\r\n");
        assertThat(text.replace("\r\n", "").replace("\n二、", "")).as("no bare line ends outside quoted text")
                .doesNotContain("\n", "\r");

        List<CSVRecord> records = parse(file);
        assertThat(records).hasSize(1 + 3);
        Map<String, String> first = row(records, 1);
        assertThat(first.get("measure_title")).as("a formula is written as text")
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"點我\")");
        assertThat(first.get("expected_benefit")).isEqualTo("'+30% 滿意度");
        assertThat(row(records, 2).get("units")).isEqualTo("'@各科室");
        assertThat(first.get("measure_text")).isEqualTo("一、訂定SOP，含\"申辦\"流程\n二、公告於網站, 並定期檢討");
        assertThat(first.get("units")).isEqualTo("宗教禮俗科、戶籍行政科");
        assertThat(first).containsEntry("agency_id", CIVIL_AFFAIRS).containsEntry("agency_name", "高雄市政府民政局")
                .containsEntry("roc_year", "103").containsEntry("year", "2014").containsEntry("plan_id", planId)
                .containsEntry("revision", "1").containsEntry("dimension_code", "一")
                .containsEntry("focus_area", "建立業務標準作業流程").containsEntry("due_date", "2014-03-31")
                .containsEntry("deadline_text", "3月31日前").containsEntry("light", "RED");
        assertThat(first.get("light_reason")).as("in 繁體中文").startsWith("逾期").contains("天");
        assertThat(row(records, 3)).containsEntry("cadence", "QUARTERLY").containsEntry("due_date", "");

        String disposition = reply.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment; filename=\"kcg-civil-affairs-103-plan.csv\"; filename*=UTF-8''")
                .contains("%E9%AB%98%E9%9B%84"); // 高雄, percent-encoded UTF-8
        assertThat(new PageBrowser(port, null).get("/public/plans/" + planId + ".csv").contentType())
                .as("a browser following the link gets the file, not the page").startsWith("text/csv");
    }

    @Test
    void openDataIsCacheableAndRevalidatedByItsEtag() {
        String planId = published(CIVIL_AFFAIRS, 104, plan(104, "高雄市政府民政局104年度提升服務執行計畫", MEASURES));

        for (String path : List.of("/public/plans/" + planId + ".csv", "/public/plans/" + planId + ".json")) {
            HttpResponse<byte[]> first = fetch(path, "*/*", Map.of());
            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("max-age=300, public");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<byte[]> again = fetch(path, "*/*", Map.of("If-None-Match", etag));
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
        String before = fetch("/public/plans/" + planId + ".json", "*/*", Map.of()).headers().firstValue("ETag").orElseThrow();
        String measureId = json("/public/plans/" + planId).at("/dimensions/0/focusAreas/0/measures/1/id").asString();
        assertThat(new TestHttp(port).post("/api/plans/" + planId + "/measures/" + measureId + "/complete",
                clerk(CIVIL_AFFAIRS), null).status()).isEqualTo(200);
        HttpResponse<byte[]> changed = fetch("/public/plans/" + planId + ".json", "*/*", Map.of("If-None-Match", before));
        assertThat(changed.statusCode()).as("a changed plan is sent again").isEqualTo(200);
        assertThat(fetch("/public/plans/schema.json", "*/*", Map.of()).headers().firstValue("Cache-Control"))
                .hasValue("max-age=300, public");
    }

    @Test
    void theJsonIsThePublishedDocumentAndNamesNobody() {
        String planId = create(CIVIL_AFFAIRS, 105, plan(105, "高雄市政府民政局105年度提升服務執行計畫", MEASURES));
        submit(planId, clerk(CIVIL_AFFAIRS)); // the clerk asks (submissionRequestedBy, history) …
        submit(planId, head(CIVIL_AFFAIRS)); // … the head confirms (the revision keeps both names)
        decide(planId, ReviewDecision.APPROVED);
        await().atMost(Duration.ofSeconds(20)).until(() -> "PUBLISHED".equals(status(planId)));
        assertThat(new TestHttp(port).get("/api/plans/" + planId + "/history", clerk(CIVIL_AFFAIRS)).text())
                .as("the names are in the plan").contains(CLERK_NAME, HEAD_NAME);

        for (String path : List.of("/public/plans/" + planId + ".json", "/public/plans/" + planId,
                "/public/plans?rocYear=105", "/public/plans/" + planId + ".csv")) {
            String body = new String(fetch(path, "application/json, text/csv;q=0.9", Map.of()).body(),
                    StandardCharsets.UTF_8);
            assertThat(body).as(path).contains("民政局").doesNotContain(CLERK_NAME, HEAD_NAME, "review:", "reviewer");
        }
        JsonNode plan = json("/public/plans/" + planId + ".json");
        List<String> fields = new ArrayList<>();
        plan.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("id", "agencyId", "agencyName", "rocYear", "year", "title", "status",
                "revision", "approvedAt", "light", "header", "dimensions", "measureCount", "links");
        assertThat(plan.get("agencyName").asString()).isEqualTo("高雄市政府民政局");
        assertThat(plan.get("header").get("basis").get(0).asString()).isEqualTo("行政院「政府服務躍升方案」");
        List<String> header = new ArrayList<>();
        plan.get("header").propertyNames().forEach(header::add);
        assertThat(header).containsExactly("basis", "goals", "scope", "supervision", "team");
        assertThat(plan.at("/header/supervision/resultSubmissions/0/text").asString()).isEqualTo("於次年1月提送年度執行成果");
        assertThat(plan.at("/header/team/members/0/role").asString()).isEqualTo("召集人");
        JsonNode measure = plan.at("/dimensions/0/focusAreas/0/measures/0");
        assertThat(measure.get("units").get(1).asString()).isEqualTo("戶籍行政科");
        assertThat(measure.at("/light/light").asString()).isIn("GREEN", "YELLOW", "RED", "GREY");
        assertThat(measure.at("/light/reason").asString()).isNotBlank();
        assertThat(plan.at("/light/reason").asString()).contains("項");
        assertThat(plan.at("/links/csv").asString()).endsWith("/public/plans/" + planId + ".csv");
    }

    @Test
    void aLightThatTurnsGreenIsOnThePublicPageAndInTheCsv() {
        int year = RocYear.current(clock).value();
        String planId = published(CIVIL_AFFAIRS, year, plan(year, "高雄市政府民政局年度計畫（燈號）", """
                [{"code": "1", "title": "訂定標準作業流程(SOP)", "units": ["宗教禮俗科"], "deadline": "1月1日前"}]"""));
        String measureId = json("/public/plans/" + planId).at("/dimensions/0/focusAreas/0/measures/0/id").asString();
        assertThat(csvRows("/public/plans/" + planId + ".csv").getFirst().get("light")).isNotEqualTo("GREEN");

        // The unit reports it done with evidence (the progress pages do this through the same aggregate).
        LocalDate today = TaipeiTime.today(clock);
        ReportingPeriod quarter = ReportingPeriod.containing(ReportingPeriod.Cadence.QUARTERLY, today);
        store.update(planId, Plan.class, p -> p.reportProgress(new ProgressReport("r-" + planId, measureId,
                quarter.toString(), ProgressReport.ProgressStatus.DONE, 100, "SOP 已公告", null,
                List.of(Evidence.link("SOP 公告", "https://example.gov.tw/sop")), CLERK_NAME, clock.instant()),
                clock.instant()));

        Element cell = page("/public/plans/" + planId).getElementById("dimensions-0-focusAreas-0-measures-0")
                .closest("tr").selectFirst("td[data-label=完成期限]");
        assertThat(cell.selectFirst(".govuk-tag").text()).isEqualTo("綠燈");
        assertThat(cell.selectFirst(".govuk-tag").hasClass("govuk-tag--green")).isTrue();
        assertThat(cell.text()).contains("已於 " + today + " 完成");
        Map<String, String> row = csvRows("/public/plans/" + planId + ".csv").getFirst();
        assertThat(row).containsEntry("light", "GREEN").containsEntry("completed_on", today.toString())
                .containsEntry("light_reason", "已於 " + today + " 完成");
        assertThat(json("/public/plans/" + planId).toString()).doesNotContain(CLERK_NAME, "SOP 已公告");
    }

    // ---------------------------------------------------------------------------------------------- the list

    @Test
    void theListFiltersByYearAndAgencyNewestYearFirstWithEachPlansOpenData() {
        String civil106 = published(CIVIL_AFFAIRS, 106, plan(106, "高雄市政府民政局106年度提升服務執行計畫", MEASURES));
        String xinxing106 = published(XINXING, 106, plan(106, "高雄市新興區戶政事務所106年度提升服務執行計畫", MEASURES));
        String civil107 = published(CIVIL_AFFAIRS, 107, plan(107, "高雄市政府民政局107年度提升服務執行計畫", MEASURES));

        Document all = page("/public/plans");
        List<String> listed = all.select("#public-plans tbody tr").eachAttr("id");
        assertThat(listed).contains("plan-" + civil107, "plan-" + civil106, "plan-" + xinxing106);
        assertThat(listed.indexOf("plan-" + civil107)).as("newest year first").isLessThan(listed.indexOf("plan-" + civil106));
        Element form = all.selectFirst("main form[method=get][action=/public/plans]");
        assertThat(form.selectFirst("fieldset > legend").text()).isEqualTo("篩選計畫");
        for (Element select : form.select("select")) {
            assertThat(form.select("label[for=" + select.id() + "]")).as(select.id()).hasSize(1);
        }
        assertThat(form.select("#rocYear option").eachAttr("value")).contains("", "107", "106");
        assertThat(form.select("#agency option").eachText()).contains("全部機關", "高雄市政府民政局", "高雄市新興區戶政事務所");
        Element row = all.getElementById("plan-" + civil106);
        assertThat(row.text()).contains("106年度", "高雄市政府民政局");
        assertThat(row.selectFirst("th[scope=row] a").attr("href")).isEqualTo("/public/plans/" + civil106);
        assertThat(row.select("a").eachAttr("href")).contains("/public/plans/" + civil106 + ".csv",
                "/public/plans/" + civil106 + ".json");
        assertThat(row.selectFirst(".govuk-tag").text()).matches("[綠黃紅灰]燈");

        Document of106 = page("/public/plans?rocYear=106");
        assertThat(of106.select("#public-plans tbody tr").eachAttr("id"))
                .contains("plan-" + civil106, "plan-" + xinxing106).doesNotContain("plan-" + civil107);
        assertThat(of106.selectFirst("#rocYear option[selected]").attr("value")).isEqualTo("106");
        assertThat(of106.getElementById("download-year-csv").attr("href")).isEqualTo("/public/plans.csv?rocYear=106");

        Document xinxingOnly = page("/public/plans?rocYear=106&agency=" + XINXING);
        assertThat(xinxingOnly.select("#public-plans tbody tr").eachAttr("id")).containsExactly("plan-" + xinxing106);
        assertThat(xinxingOnly.getElementById("download-year-csv").attr("href"))
                .isEqualTo("/public/plans.csv?rocYear=106&agency=" + XINXING);

        JsonNode list = json("/public/plans?rocYear=106&agency=" + CIVIL_AFFAIRS);
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("id").asString()).isEqualTo(civil106);
        assertThat(list.get(0).at("/links/json").asString()).endsWith("/public/plans/" + civil106 + ".json");

        List<Map<String, String>> year = csvRows("/public/plans.csv?rocYear=106");
        assertThat(year).extracting(r -> r.get("plan_id")).contains(civil106, xinxing106).doesNotContain(civil107);
        assertThat(year.stream().filter(r -> r.get("plan_id").equals(xinxing106)))
                .hasSize(3).allSatisfy(r -> assertThat(r.get("agency_name")).isEqualTo("高雄市新興區戶政事務所"));
        assertThat(fetch("/public/plans.csv?rocYear=106", "*/*", Map.of()).headers().firstValue("Content-Disposition")
                .orElseThrow()).contains("filename=\"uplift-plans-106.csv\"");
    }

    @Test
    void aTamperedFilterIsShownInAnErrorSummaryAndAnsweredAsAProblem() {
        PageBrowser.Page reply = new PageBrowser(port, null).get("/public/plans?rocYear=abc&agency=nowhere");

        assertThat(reply.status()).isEqualTo(400);
        Document page = Jsoup.parse(reply.html());
        assertThat(page.title()).startsWith("錯誤：");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#rocYear", "#agency");
        assertThat(page.getElementById("rocYear").attr("aria-describedby")).isEqualTo("rocYear-error");
        assertThat(page.getElementById("rocYear-error").text()).contains("民國");

        TestHttp.Reply problem = new TestHttp(port).send("GET", "/public/plans?rocYear=abc", null, null,
                Map.of("Accept", "application/json"));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.isProblem()).isTrue();
        assertThat(problem.text()).contains("rocYear");
        TestHttp.Reply noYear = new TestHttp(port).get("/public/plans.csv", null);
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.text()).contains("rocYear");
    }

    // ---------------------------------------------------------------------------------------------- the page

    @Test
    void thePlanPageHasTheHeaderSectionsTheTeamTableAndEachMeasuresLightAndPrints() {
        String planId = published(CIVIL_AFFAIRS, 108, plan(108, "高雄市政府民政局108年度提升服務執行計畫", MEASURES));

        Document page = page("/public/plans/" + planId);

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("main h2").eachText()).containsSubsequence("計畫依據", "計畫目標", "實施對象", "督考方式",
                "提升服務品質推動小組", "計畫內容");
        assertThat(page.getElementById("basis-heading").parent().text()).contains("行政院「政府服務躍升方案」");
        assertThat(page.getElementById("scope-heading").parent().text()).contains("本局各科室");
        assertThat(page.getElementById("supervision-heading").parent().text()).contains("平時查核", "每季查核");
        Element team = page.selectFirst("table.uplift-team-table");
        assertThat(team.selectFirst("caption").text()).isEqualTo("編組及職掌");
        assertThat(team.select("thead th[scope=col]").eachText()).containsExactly("職稱", "編組人員", "職掌");
        assertThat(team.select("tbody th[scope=row]").eachText()).containsExactly("召集人", "執行秘書");

        Element table = page.selectFirst("table.uplift-plan-table");
        assertThat(table.attr("aria-labelledby")).isEqualTo("plan-content-heading");
        assertThat(table.select("thead th[scope=col]").eachText())
                .containsExactly("執行要項", "執行重點", "推行作法", "執行單位", "完成期限");
        assertThat(table.selectFirst("tbody th[scope=rowgroup]").attr("rowspan")).isEqualTo("3");
        for (Element deadline : table.select("td[data-label=完成期限]")) {
            assertThat(deadline.selectFirst(".govuk-tag").text()).matches("[綠黃紅灰]燈");
            assertThat(deadline.select("p.govuk-body-s").text()).isNotBlank();
        }
        assertThat(page.getElementById("plan-light").text()).contains("計畫燈號").containsPattern("[綠黃紅灰]燈");
        assertThat(page.selectFirst("button[data-uplift-print]").closest(".uplift-no-print")).isNotNull();
        assertThat(page.getElementById("download-csv").attr("href")).isEqualTo("/public/plans/" + planId + ".csv");
        assertThat(page.text()).contains("政府資料開放授權條款");
        assertThat(page.select("form[method=post]")).as("nothing to do for the public").isEmpty();
        assertNoInlineScriptOrStyle(page);
    }

    @Test
    void thePagesAreInEnglishWhenTheReaderChoseIt() {
        String planId = published(CIVIL_AFFAIRS, 109, plan(109, "高雄市政府民政局109年度提升服務執行計畫", MEASURES));

        Document list = page("/public/plans?rocYear=109&lang=en");
        assertThat(list.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(list.selectFirst("h1").text()).isEqualTo("Published service improvement plans");
        assertThat(list.selectFirst("#public-plans caption").text()).isEqualTo("1 plan");
        assertThat(list.getElementById("plan-" + planId).text()).contains("2020 (ROC 109)");
        assertThat(list.getElementById("plan-" + planId).selectFirst(".govuk-tag").text()).matches("(?i)green|yellow|red|grey");

        Document plan = page("/public/plans/" + planId + "?lang=en");
        assertThat(plan.select("main h2").eachText()).contains("Basis", "Goals", "Who it covers", "Supervision",
                "Plan content");
        assertThat(plan.select("table.uplift-plan-table thead th").eachText()).contains("Focus area");
        assertThat(plan.getElementById("plan-light").text()).contains("Plan light");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    static final String MEASURES = """
            [{"code": "1", "title": "訂定標準作業流程(SOP)", "text": "訂定申辦案件SOP", "units": ["宗教禮俗科", "戶籍行政科"], "deadline": "3月31日前"},
             {"code": "2", "title": "服務資訊公開透明", "units": ["各科室"], "deadline": "12月31日前"},
             {"code": "3", "title": "檢覈服務行為友善性", "units": ["秘書室"], "deadline": "持續辦理"}]""";

    static String plan(int rocYear, String title, String measures) {
        return """
                {"rocYear": %d, "title": "%s",
                 "header": {"basis": ["行政院「政府服務躍升方案」"], "goals": ["提升為民服務品質"], "scope": "本局各科室",
                   "supervision": {"regularCheck": "每季查核執行情形", "annualReview": "年底辦理考評", "rules": [],
                                   "resultSubmissions": [{"text": "於次年1月提送年度執行成果", "deadline": "次年1月31日"}]},
                   "team": {"name": "提升服務品質推動小組", "members": [
                     {"role": "召集人", "member": "局長", "duty": "綜理推動事宜"},
                     {"role": "執行秘書", "member": "主任秘書", "duty": "協調各科室"}]}},
                 "dimensions": [{"code": "一", "title": "完備基礎服務項目，注重服務特性差異化",
                   "focusAreas": [{"code": "(一)", "title": "建立業務標準作業流程", "measures": %s}]}]}
                """.formatted(rocYear, title, measures);
    }

    static String clerk(String agencyId) {
        return TestTokens.agencyStaff(CLERK_NAME, agencyId);
    }

    static String head(String agencyId) {
        return TestTokens.agencyHead(HEAD_NAME, agencyId);
    }

    private String create(String agencyId, int rocYear, String plan) {
        TestHttp.Reply created = new TestHttp(port).post("/api/plans", clerk(agencyId), plan);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.body().get("rocYear").asInt()).isEqualTo(rocYear);
        return created.body().get("id").asString();
    }

    private void submit(String planId, String token) {
        TestHttp.Reply reply = new TestHttp(port).post("/api/plans/" + planId + "/submit", token, null);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }

    private String published(String agencyId, int rocYear, String plan) {
        String planId = create(agencyId, rocYear, plan);
        submit(planId, head(agencyId));
        decide(planId, ReviewDecision.APPROVED);
        await().atMost(Duration.ofSeconds(20)).until(() -> "PUBLISHED".equals(status(planId)));
        return planId;
    }

    private void decide(String planId, ReviewDecision decision) {
        String agencyId = new TestHttp(port).get("/api/plans/" + planId, TestTokens.admin()).body().get("agencyId").asString();
        KafkaProbe.send(topics.of(Topic.REVIEW), KafkaProbe.envelope(new PlanReviewDecided(planId, "task-" + planId,
                agencyId, 1, decision, "reviewer", List.of(), Instant.now()), 1));
    }

    private String status(String planId) {
        return new TestHttp(port).get("/api/plans/" + planId, TestTokens.admin()).body().get("status").asString();
    }

    private List<String> schemaFieldNames() {
        HttpResponse<byte[]> schema = fetch("/public/plans/schema.json", "*/*", Map.of());
        assertThat(schema.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (JsonNode field : JSON.readTree(schema.body()).get("fields")) {
            names.add(field.get("name").asString());
        }
        return names;
    }

    private JsonNode json(String path) {
        HttpResponse<byte[]> reply = fetch(path, "application/json", Map.of());
        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return JSON.readTree(reply.body());
    }

    private List<CSVRecord> csv(String path) {
        HttpResponse<byte[]> reply = fetch(path, "*/*", Map.of());
        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        return parse(reply.body());
    }

    /** The rows of a CSV after its header, each by column name. */
    private List<Map<String, String>> csvRows(String path) {
        List<CSVRecord> records = csv(path);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(row(records, i));
        }
        return rows;
    }

    private static Map<String, String> row(List<CSVRecord> records, int index) {
        Map<String, String> row = new LinkedHashMap<>();
        Iterator<String> names = records.getFirst().iterator();
        for (String value : records.get(index)) {
            row.put(names.next(), value);
        }
        return row;
    }

    private static List<CSVRecord> parse(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try {
            return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document page(String path) {
        PageBrowser.Page reply = new PageBrowser(port, null).get(path);
        assertThat(reply.status()).as(path + "\n" + reply.html()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.html()).as("every text has its message").doesNotContain("??");
        return Jsoup.parse(reply.html());
    }

    private HttpResponse<byte[]> fetch(String path, String accept, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", accept);
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoInlineScriptOrStyle(Document page) {
        assertThat(page.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
        assertThat(page.select("style, [style]")).as("no inline style (CSP)").isEmpty();
    }
}
