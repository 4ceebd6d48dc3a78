package tw.uplift.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.plan.evidence.EvidenceSamples;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.pages.CsrfField;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * The lights on the plan pages and a measure's progress page with its report form, requested as the gateway relays a
 * browser's requests (PlanPagesIT's way); the form is multipart, as a browser sends a form with a file input, its
 * CSRF token in the action's query string. The plan is of this year, reported on this quarter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=plan-service")
@WithUpliftInfrastructure
class ProgressPagesIT {

    static final String CLERK = ProgressFlowIT.CLERK;
    static final String OTHER_AGENCY = ProgressFlowIT.OTHER_AGENCY;
    static final String REVIEWER = ProgressFlowIT.REVIEWER;
    static final String QUARTER = ProgressFlowIT.QUARTER;
    static final int YEAR = ProgressFlowIT.YEAR;
    static final String CSRF = PageBrowser.CSRF;

    @LocalServerPort
    int port;
    @Autowired
    TopicNames topics;

    @Test
    void eachMeasureOfAnApprovedPlanShowsItsLightInWordsWithTheLinkToReport() {
        String planId = publishedPlan();
        String measureId = measureId(planId, 1);

        Document plan = page("/plans/" + planId, CLERK, 200);
        Element planLight = plan.getElementById("plan-light");
        assertThat(planLight.selectFirst(".govuk-tag").text()).matches("(紅|黃|綠)燈");
        assertThat(planLight.select("a[href=/plans/" + planId + "/lights]")).hasSize(1);
        Element row = plan.getElementById("dimensions-0-focusAreas-0-measures-1").closest("tr");
        Element light = row.selectFirst(".uplift-measure-light");
        assertThat(light.selectFirst(".govuk-tag").text()).as("the colour is named, not only shown").endsWith("燈");
        assertThat(light.text().length()).as("and explained").isGreaterThan(light.selectFirst(".govuk-tag").text().length() + 3);
        Element report = light.selectFirst("a[href=/plans/" + planId + "/measures/" + measureId + "/progress]");
        assertThat(report.text()).startsWith("填報進度").contains("服務資訊公開透明");
        assertThat(plan.select(".uplift-measure-light")).hasSize(3);

        Document list = page("/plans", CLERK, 200);
        Element listed = list.selectFirst("a[href=/plans/" + planId + "]").closest("tr");
        assertThat(listed.selectFirst("td[data-label=燈號] .govuk-tag").text()).endsWith("燈");

        Document atReviewer = page("/plans/" + planId, REVIEWER, 200);
        assertThat(atReviewer.select(".uplift-measure-light a").eachText()).allMatch(t -> t.startsWith("查看填報進度"));
    }

    @Test
    void theReportFormIsMultipartWithItsTokenInTheQueryAndLabelsEveryField() {
        String planId = publishedPlan();
        Document page = page(progressPage(planId, measureId(planId, 1)), CLERK, 200);

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).contains("服務資訊公開透明");
        Element form = page.selectFirst("form[enctype=multipart/form-data]");
        assertThat(form.attr("action")).isEqualTo(progressPage(planId, measureId(planId, 1)) + "?_csrf=" + CSRF);
        assertThat(form.select("fieldset > legend").eachText()).contains("填報期別", "執行狀態", "佐證資料");
        for (Element input : form.select("input:not([type=hidden]), textarea")) {
            assertThat(form.select("label[for=" + input.id() + "]")).as("a label for " + input.id()).hasSize(1);
        }
        assertThat(form.selectFirst("input[name=period][checked]").val()).as("this quarter, chosen").isEqualTo(QUARTER);
        assertThat(form.selectFirst("#period").val()).isEqualTo(QUARTER);
        assertThat(form.select("input[name=status]").eachAttr("value")).containsExactly("NOT_STARTED", "ON_TRACK",
                "BEHIND", "DONE");
        assertThat(form.selectFirst("input[type=file]#evidence").hasAttr("multiple")).isTrue();
        assertThat(form.selectFirst("input[type=file]#evidence").attr("accept")).contains(".pdf", ".docx", ".csv")
                .doesNotContain(".html", ".exe");
        assertNoInlineScriptOrStyle(page);
    }

    @Test
    void aFormWithErrorsComesBackWithASummaryLinkingEachFieldKeepsWhatWasTypedAndKeepsNothing() {
        String planId = publishedPlan();
        String measureId = measureId(planId, 1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("period", QUARTER);
        fields.put("status", "BEHIND");
        fields.put("percent", "三成");
        fields.put("narrative", "已完成網站改版規劃");
        fields.put("linkUrl", "javascript:alert(1)");

        PageBrowser.Page reply = postForm(progressPage(planId, measureId), CLERK, fields,
                List.of(new Upload("成果報告.pdf", EvidenceSamples.html())));

        assertThat(reply.status()).isEqualTo(400);
        Document page = Jsoup.parse(reply.html());
        assertThat(page.title()).startsWith("錯誤：");
        Element summary = page.selectFirst(".govuk-error-summary");
        assertThat(summary.select("a").eachAttr("href"))
                .containsExactly("#percent", "#delayReason", "#evidence", "#linkUrl");
        assertThat(summary.text()).contains("完成進度請填 0 到 100 的整數", "請填寫落後原因", "成果報告.pdf", "不是 PDF",
                "http:// 或 https://");
        for (String field : List.of("percent", "delayReason", "evidence", "linkUrl")) {
            assertThat(page.getElementById(field + "-error")).as(field).isNotNull();
            assertThat(page.getElementById(field).attr("aria-describedby")).contains(field + "-error");
        }
        assertThat(page.getElementById("narrative").wholeText()).isEqualTo("已完成網站改版規劃");
        assertThat(page.selectFirst("input[name=status][value=BEHIND]").hasAttr("checked")).isTrue();
        assertThat(page.getElementById("files-dropped")).as("the files must be chosen again").isNotNull();
        assertThat(api().get("/api/plans/" + planId + "/progress", CLERK).body().at("/measures/1/reports")).isEmpty();
    }

    @Test
    void aReportWithAFileAndALinkIsFiledAndShownWithItsDownload() {
        String planId = publishedPlan();
        String sop = measureId(planId, 0);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("period", QUARTER);
        fields.put("status", "DONE");
        fields.put("percent", "100");
        fields.put("narrative", "SOP 已訂定並公告");
        fields.put("linkName", "公告");
        fields.put("linkUrl", "https://www.kcg.gov.tw/news/123");

        PageBrowser.Page reply = postForm(progressPage(planId, sop), CLERK, fields,
                List.of(new Upload("SOP.pdf", EvidenceSamples.pdf()), new Upload("簽到表.csv", EvidenceSamples.csv())));

        assertThat(reply.status()).as(reply.html()).isEqualTo(303);
        assertThat(reply.location()).isEqualTo(progressPage(planId, sop) + "?done=reported");
        Document page = page(reply.location(), CLERK, 200);
        assertThat(page.selectFirst(".govuk-notification-banner--success").text()).contains("已送出填報");
        Element report = page.selectFirst(".govuk-summary-card");
        assertThat(report.text()).contains("已完成", "100 %", "SOP 已訂定並公告", "（PDF，", "（CSV，");
        assertThat(report.select("a[href^=/plans/" + planId + "/evidence/]").eachText())
                .containsExactly("SOP.pdf", "簽到表.csv");
        Element link = report.selectFirst("a[href=https://www.kcg.gov.tw/news/123]");
        assertThat(link.text()).isEqualTo("公告");
        assertThat(link.attr("rel")).contains("noopener", "noreferrer");
        assertThat(page.selectFirst("#measure-light .govuk-tag").text()).isEqualTo("綠燈");
        assertThat(page.getElementById("measure-light").text()).contains("已於 " + LocalDate.now(TaipeiTime.ZONE) + " 完成");

        // Sent again for the same period with another file, the report is corrected and its files are kept.
        fields.put("status", "DONE");
        PageBrowser.Page again = postForm(progressPage(planId, sop), CLERK, fields,
                List.of(new Upload("照片.png", EvidenceSamples.png())));
        assertThat(again.status()).isEqualTo(303);
        JsonNode reports = api().get("/api/plans/" + planId + "/progress", CLERK).body().at("/measures/0/reports");
        assertThat(reports).hasSize(1);
        assertThat(reports.at("/0/evidence").findValuesAsString("name")).containsExactly("SOP.pdf", "簽到表.csv", "公告",
                "照片.png");
    }

    @Test
    void aReviewerReadsTheReportsWithoutTheFormAndAnotherAgencyFindsNothing() {
        String planId = publishedPlan();
        String measureId = measureId(planId, 1);
        assertThat(api().post("/api/plans/" + planId + "/measures/" + measureId + "/progress", CLERK,
                ProgressFlowIT.report(QUARTER, "ON_TRACK", 30, null, List.of(), null)).status()).isEqualTo(200);

        Document atReviewer = page(progressPage(planId, measureId), REVIEWER, 200);
        assertThat(atReviewer.select(".govuk-summary-card")).hasSize(1);
        assertThat(atReviewer.select("main form")).as("a reviewer reads, never reports").isEmpty();
        assertThat(postForm(progressPage(planId, measureId), REVIEWER, Map.of("period", QUARTER), List.of()).status())
                .isEqualTo(403);
        for (String path : List.of(progressPage(planId, measureId), "/plans/" + planId + "/lights")) {
            PageBrowser.Page reply = new PageBrowser(port, OTHER_AGENCY).get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("text/html");
        }
        assertThat(new PageBrowser(port, CLERK).get(progressPage(planId, "no-such-measure")).status()).isEqualTo(404);
    }

    @Test
    void theOverviewListsEveryMeasureRedFirstAndPrints() {
        String planId = publishedPlan();
        Document overview = page("/plans/" + planId + "/lights", REVIEWER, 200);

        assertThat(overview.select("h1")).hasSize(1);
        assertThat(overview.select("table tbody tr")).hasSize(3);
        List<String> order = List.of("RED", "YELLOW", "GREEN", "GREY");
        List<Integer> positions = new ArrayList<>();
        overview.select("h2[id^=light-]").forEach(h -> positions.add(order.indexOf(h.id().substring("light-".length()))));
        assertThat(positions).isNotEmpty().isSorted().doesNotContain(-1);
        assertThat(overview.select("h2[id^=light-]").eachText()).allMatch(t -> t.matches(".燈（\\d+ 項）"));
        assertThat(overview.select("table td[data-label=燈號] .govuk-tag")).hasSize(3);
        assertThat(overview.selectFirst("button[data-uplift-print]").text()).isEqualTo("列印");
        assertThat(overview.selectFirst("button[data-uplift-print]").closest(".uplift-no-print")).isNotNull();
        assertNoInlineScriptOrStyle(overview);
    }

    @Test
    void thePagesAreInEnglishWhenTheViewerChoseIt() {
        String planId = publishedPlan();
        String measureId = measureId(planId, 1);
        Document progress = page(progressPage(planId, measureId) + "?lang=en", CLERK, 200);
        assertThat(progress.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(progress.text()).contains("Progress reports", "Reporting period", "What was done", "File report");
        int quarter = ReportingPeriod.parse(QUARTER).orElseThrow().index();
        assertThat(progress.selectFirst("label[for=period]").text()).isEqualTo("Q" + quarter + " " + (YEAR + 1911));
        assertThat(page("/plans/" + planId + "/lights?lang=en", CLERK, 200).text())
                .contains("Status lights overview", "Print");
        assertThat(page("/plans/" + planId + "?lang=en", CLERK, 200).getElementById("plan-light").text())
                .contains("Plan status light");

        PageBrowser.Page errors = postForm(progressPage(planId, measureId) + "?lang=en", CLERK,
                Map.of("period", QUARTER), List.of());
        assertThat(Jsoup.parse(errors.html()).selectFirst(".govuk-error-summary").text())
                .contains("Choose the status", "Enter the progress", "Enter what was done");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    record Upload(String name, byte[] content) {
    }

    static String progressPage(String planId, String measureId) {
        return "/plans/" + planId + "/measures/" + measureId + "/progress";
    }

    /**
     * The report form as a browser posts it: multipart, every field a part, each chosen file a part named
     * {@code evidence}, the CSRF token in the query string (the gateway relays it in the header as well).
     */
    private PageBrowser.Page postForm(String path, String token, Map<String, String> fields, List<Upload> files) {
        String boundary = "uplift" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (Upload file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\""
                    + file.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String query = (path.contains("?") ? "&" : "?") + "_csrf=" + CSRF;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").header(CsrfField.TOKEN_HEADER, CSRF)
                .header(CsrfField.PARAMETER_HEADER, "_csrf").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new PageBrowser.Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Document page(String path, String token, int status) {
        PageBrowser.Page reply = new PageBrowser(port, token).get(path);
        assertThat(reply.status()).as(path + "\n" + reply.html()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.html()).as("every text has its message").doesNotContain("??");
        return Jsoup.parse(reply.html());
    }

    private static void assertNoInlineScriptOrStyle(Document page) {
        assertThat(page.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
        assertThat(page.select("style, [style]")).as("no inline style (CSP)").isEmpty();
    }

    private String measureId(String planId, int index) {
        return api().get("/api/plans/" + planId, CLERK).body().at("/dimensions/0/focusAreas/0/measures/" + index + "/id")
                .asString();
    }

    private String publishedPlan() {
        String planId = api().post("/api/plans", CLERK, ProgressFlowIT.PLAN).body().get("id").asString();
        assertThat(api().post("/api/plans/" + planId + "/submit", ProgressFlowIT.HEAD, null).status()).isEqualTo(200);
        KafkaProbe.send(topics.of(Topic.REVIEW), KafkaProbe.envelope(new PlanReviewDecided(planId, "task-" + planId,
                "kcg-civil-affairs", 1, ReviewDecision.APPROVED, "reviewer", List.of(), Instant.now()), 1));
        await().atMost(Duration.ofSeconds(20)).until(
                () -> "PUBLISHED".equals(api().get("/api/plans/" + planId, CLERK).body().get("status").asString()));
        return planId;
    }

    private TestHttp api() {
        return new TestHttp(port);
    }
}
