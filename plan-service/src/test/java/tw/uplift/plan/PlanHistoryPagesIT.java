package tw.uplift.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.plan.PlanAmended;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * The pages of a plan's past and years, requested as the gateway relays a browser's (see {@link PlanPagesIT}):
 * revisions and history, the change view against the reviewer's comments, amending a published plan, handing in
 * the year's results, next year's draft and the year comparison — with who may see and do what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=plan-service")
@WithUpliftInfrastructure
class PlanHistoryPagesIT {

    static final String HEAD = TestTokens.agencyHead("head", "kcg-civil-affairs");
    static final String CLERK = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");
    static final String OTHER_AGENCY = TestTokens.agencyStaff("clerk2", "kcg-household-xinxing");
    static final String REVIEWER = TestTokens.reviewer("reviewer", "kcg-rdec", null);

    @LocalServerPort
    int port;
    @Autowired
    TopicNames topics;

    // ------------------------------------------------------------------------------------- revisions and changes

    @Test
    void returnedReviseAndTheChangeViewShowsTheEditAgainstTheCommentThenApproved() {
        String planId = createByApi();
        submitByApi(planId);
        String publicity = measureId(planId, 1);
        decide(planId, 1, ReviewDecision.RETURNED, List.of(new ItemComment(publicity, "請說明公開的資訊項目"),
                new ItemComment("plan", "請補充預期效益")));
        await().atMost(Duration.ofSeconds(20)).until(() -> "RETURNED".equals(status(planId)));

        // The returned plan's page links to the change view against the returned revision.
        Document returned = page("/plans/" + planId, CLERK, 200);
        String compare = "/plans/" + planId + "/changes?from=1&to=0";
        assertThat(returned.selectFirst("a#compare-returned").attr("href")).isEqualTo(compare);
        assertThat(returned.selectFirst("a#compare-returned").text()).isEqualTo("與退回版本比較");

        // The clerk answers the comment on 服務資訊公開透明 through the edit form.
        Element form = page("/plans/" + planId + "/edit", CLERK, 200).selectFirst("form[action=/plans/" + planId + "/edit]");
        Map<String, String> fields = FormFields.of(form);
        fields.put("dimensions[0].focusAreas[0].measures[1].text", "公開服務項目、申辦流程及收費標準");
        fields.put("dimensions[0].focusAreas[0].measures[1].deadline", "6月30日前");
        fields.put("intent", "save");
        assertThat(post("/plans/" + planId + "/edit", CLERK, fields).status()).isEqualTo(303);

        Document view = page(compare, CLERK, 200);
        assertThat(view.select("h1")).hasSize(1);
        assertThat(view.selectFirst("h1").text()).contains("修正對照表");
        assertThat(view.getElementById("comparing").text()).isEqualTo("第 1 版 → 目前內容");
        assertThat(view.getElementById("summary").text()).contains("修改 1 項");
        Element answers = view.getElementById("review-answers");
        assertThat(answers.hasClass("uplift-table--stack")).isTrue();
        assertThat(answers.selectFirst("caption").text()).contains("第 1 版的審查意見", "2 則");
        assertThat(answers.select("thead th[scope=col]")).hasSize(3);
        Element onPublicity = answers.select("tbody tr").get(0);
        assertThat(onPublicity.selectFirst("th[scope=row]").text()).contains("服務資訊公開透明");
        Element answer = onPublicity.selectFirst("a[href^=#change-]");
        assertThat(answer).as("the comment links to the change that answers it").isNotNull();
        Element changed = view.getElementById(answer.attr("href").substring(1));
        assertThat(changed).as("the link lands on the measure's change").isNotNull();
        assertThat(changed.attr("scope")).isEqualTo("rowgroup");
        assertThat(changed.text()).contains("服務資訊公開透明", "修改");
        Element measureTable = view.getElementById("measure-table");
        assertThat(measureTable.hasClass("uplift-table--stack")).isTrue();
        assertThat(measureTable.selectFirst("caption").text()).contains("修正的推行作法（1 項）");
        assertThat(measureTable.select("thead th[scope=col]").eachText()).containsExactly("推行作法", "項目", "修正前", "修正後");
        Element deadline = measureTable.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th[scope=row]").text().equals("完成期限")).findFirst().orElseThrow();
        assertThat(deadline.selectFirst("td[data-label=修正前] del").text()).contains("刪除", "12");
        assertThat(deadline.selectFirst("td[data-label=修正後] ins").text()).contains("新增", "6");
        assertThat(deadline.selectFirst("td[data-label=修正前]").text()).contains("月");
        Element text = measureTable.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th[scope=row]").text().equals("說明")).findFirst().orElseThrow();
        assertThat(text.selectFirst("td[data-label=修正後]").text()).contains("公開服務項目、申辦流程及收費標準");
        Element onPlan = answers.select("tbody tr").get(1);
        assertThat(onPlan.selectFirst("th").text()).isEqualTo("整體");
        assertThat(onPlan.select("a").eachText()).as("any change answers a comment on the whole plan").isNotEmpty();
        assertNoInlineScriptOrStyle(view);

        // The head resubmits from a confirmation page that links to the same change view; the body approves.
        assertThat(page("/plans/" + planId + "/submit", HEAD, 200).selectFirst("a#compare-returned").attr("href"))
                .isEqualTo(compare);
        submitByApi(planId);
        decide(planId, 2, ReviewDecision.APPROVED, List.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> "PUBLISHED".equals(status(planId)));

        Document revisions = page("/plans/" + planId + "/revisions", CLERK, 200);
        Element table = revisions.getElementById("revisions");
        assertThat(table.hasClass("uplift-table--stack")).isTrue();
        assertThat(table.select("tbody th[scope=row]").eachText()).containsExactly("第 2 版 送審", "第 1 版 送審");
        assertThat(table.selectFirst("tr#revision-1").text()).contains("核定：head", "退回修正", "審查意見 2 則")
                .doesNotContain("承辦：");
        assertThat(table.selectFirst("tr#revision-2").text()).contains("審定");
        assertThat(table.select("a[href=/plans/" + planId + "/changes?from=1&to=2]").text()).isEqualTo("與第 1 版比較");
        assertThat(revisions.getElementById("timeline").select("li").eachText())
                .anySatisfy(step -> assertThat(step).contains("退回修正", "審查意見 2 則"))
                .anySatisfy(step -> assertThat(step).contains("送審", "第 2 版", "修正對照表"))
                .anySatisfy(step -> assertThat(step).contains("公開於機關網站", "系統"));
        assertThat(page("/plans/" + planId, CLERK, 200).select("a[href=/plans/" + planId + "/revisions]").text())
                .isEqualTo("版次與歷程");
        assertThat(page("/plans/" + planId + "/changes?from=1&to=2", CLERK, 200).getElementById("measure-table"))
                .isNotNull();
    }

    @Test
    void aReviewerOfTheBodyReadsRevisionsAndChangesAndAnotherAgencyFindsNothing() {
        String planId = createByApi();
        submitByApi(planId);

        Document revisions = page("/plans/" + planId + "/revisions", REVIEWER, 200);
        assertThat(revisions.getElementById("revisions").select("tbody tr")).hasSize(1);
        Document changes = page("/plans/" + planId + "/changes?from=1", REVIEWER, 200);
        assertThat(changes.getElementById("summary").text()).isEqualTo("兩者內容相同，沒有修正。");
        assertThat(page("/plans/" + planId, REVIEWER, 200).select("form#next-year, #year-actions")).isEmpty();
        assertThat(get("/plans/" + planId + "/amendment", REVIEWER).status()).isEqualTo(403);
        assertThat(get("/plans/" + planId + "/results", REVIEWER).status()).isEqualTo(403);
        assertThat(post("/plans/" + planId + "/next-year", REVIEWER, Map.of()).status()).isEqualTo(403);

        for (String path : List.of("/revisions", "/changes?from=1", "/compare", "/amendment", "/results")) {
            PageBrowser.Page reply = get("/plans/" + planId + path, OTHER_AGENCY);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(reply.html()).selectFirst("h1").text()).isEqualTo("無法顯示此頁");
        }
        assertThat(post("/plans/" + planId + "/next-year", OTHER_AGENCY, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void revisionsThatCannotBeComparedAreABadRequestPage() {
        String planId = createByApi();
        submitByApi(planId);
        for (String query : List.of("from=2", "from=0", "from=one", "", "from=1&to=1", "from=1&to=x")) {
            PageBrowser.Page reply = get("/plans/" + planId + "/changes?" + query, CLERK);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("text/html");
            assertThat(Jsoup.parse(reply.html()).text()).as(query).contains("無法比較這兩個版次");
        }
    }

    // ------------------------------------------------------------------------------------- amendment and results

    @Test
    void anAmendmentThroughThePageShowsItsChangesToConfirmThenGoesOutAsPlanAmended() {
        String planId = publishedPlan();
        Document plan = page("/plans/" + planId, CLERK, 200);
        assertThat(plan.selectFirst("#year-actions a[href=/plans/" + planId + "/amendment]").text()).isEqualTo("修正計畫");

        Document form = page("/plans/" + planId + "/amendment", CLERK, 200);
        assertThat(form.selectFirst("h1").text()).contains("修正計畫");
        Element post = form.selectFirst("form[action=/plans/" + planId + "/amendment]");
        assertThat(post.selectFirst("button[value=save]:not([hidden])").text()).isEqualTo("檢視修正內容");
        Map<String, String> fields = FormFields.of(post);
        fields.put("intent", "save");
        PageBrowser.Page unchanged = post("/plans/" + planId + "/amendment", CLERK, fields);
        assertThat(unchanged.status()).as("nothing changed").isEqualTo(400);
        assertThat(Jsoup.parse(unchanged.html()).select(".govuk-error-summary a").eachAttr("href")).containsExactly("#title");

        fields.put("dimensions[0].focusAreas[0].measures[0].deadline", "6月30日前");
        PageBrowser.Page previewed = post("/plans/" + planId + "/amendment", CLERK, fields);
        assertThat(previewed.status()).isEqualTo(200);
        Document confirm = Jsoup.parse(previewed.html());
        assertThat(confirm.selectFirst("h1").text()).contains("確認計畫修正");
        assertThat(confirm.getElementById("summary").text()).contains("修改 1 項");
        assertThat(confirm.getElementById("measure-table").text()).contains("訂定標準作業流程(SOP)", "完成期限", "6", "3");
        assertThat(status(planId)).isEqualTo("PUBLISHED");
        assertThat(revision(planId)).as("nothing saved before confirming").isEqualTo(1);
        Element confirmForm = confirm.selectFirst("form[action=/plans/" + planId + "/amendment]");
        assertThat(confirmForm.select("input[type=hidden][name$=.id]")).as("each measure keeps its id").hasSize(3);
        assertNoInlineScriptOrStyle(confirm);

        Map<String, String> back = FormFields.of(confirmForm);
        back.put("intent", "edit");
        Document again = Jsoup.parse(post("/plans/" + planId + "/amendment", CLERK, back).html());
        assertThat(again.getElementById("dimensions-0-focusAreas-0-measures-0-deadline").attr("value")).isEqualTo("6月30日前");

        Map<String, String> confirmed = FormFields.of(confirmForm);
        confirmed.put("intent", "confirm");
        PageBrowser.Page done = post("/plans/" + planId + "/amendment", CLERK, confirmed);

        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).isEqualTo("/plans/" + planId + "?done=amended");
        assertThat(revision(planId)).isEqualTo(2);
        assertThat(page(done.location(), CLERK, 200).selectFirst(".govuk-notification-banner--success").text())
                .contains("計畫修正已生效");
        List<EventEnvelope<DomainEvent>> events = eventsFor(planId, "PlanAmended");
        PlanAmended amended = (PlanAmended) events.getLast().payload();
        assertThat(amended.revision()).isEqualTo(2);
        assertThat(amended.summary()).contains("修改 1 項");
        assertThat(amended.measures()).anySatisfy(m -> assertThat(m.dueDate()).hasToString("2026-06-30"));
        Document revisions = page("/plans/" + planId + "/revisions", CLERK, 200);
        assertThat(revisions.selectFirst("tr#revision-2").text()).contains("計畫修正", "修正生效", "修改 1 項");
    }

    @Test
    void theHeadHandsInTheResultsFromItsConfirmationPageAndStaffSeeItIsTheHeads() {
        String planId = publishedPlan();
        assertThat(page("/plans/" + planId, CLERK, 200).getElementById("results-for-head").text())
                .contains("由機關首長提報");
        Document forStaff = page("/plans/" + planId + "/results", CLERK, 200);
        assertThat(forStaff.getElementById("head-only")).isNotNull();
        assertThat(forStaff.select("form[action$=/results]")).isEmpty();
        assertThat(post("/plans/" + planId + "/results", CLERK, Map.of()).status()).as("head only").isEqualTo(403);
        assertThat(status(planId)).isEqualTo("PUBLISHED");

        Document atHead = page("/plans/" + planId, HEAD, 200);
        assertThat(atHead.selectFirst("#year-actions a[href=/plans/" + planId + "/results]").text()).isEqualTo("提報年度執行成果");
        Document confirm = page("/plans/" + planId + "/results", HEAD, 200);
        assertThat(confirm.getElementById("results-summary").text()).contains("已完成", "0 項", "未完成", "3 項");
        Element lights = confirm.getElementById("lights");
        assertThat(lights.select("tbody th[scope=row]").eachText()).containsExactly("綠燈", "黃燈", "紅燈", "灰燈");
        Element measures = confirm.getElementById("measures");
        assertThat(measures.hasClass("uplift-table--stack")).isTrue();
        assertThat(measures.select("tbody tr")).hasSize(3);
        assertThat(measures.text()).contains("1. 訂定標準作業流程(SOP)", "填報 0 次", "尚未填報");
        Element form = confirm.selectFirst("form[method=post][action=/plans/" + planId + "/results]");
        assertThat(form.selectFirst("input[name=_csrf]").attr("value")).isEqualTo(PageBrowser.CSRF);
        assertNoInlineScriptOrStyle(confirm);

        PageBrowser.Page done = post(form.attr("action"), HEAD, FormFields.of(form));

        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).isEqualTo("/plans/" + planId + "?done=resultsSubmitted");
        assertThat(status(planId)).isEqualTo("RESULTS_SUBMITTED");
        Document after = page(done.location(), HEAD, 200);
        assertThat(after.select("dl.govuk-summary-list").text()).contains("已提報成果");
        assertThat(after.select("#year-actions")).as("nothing more to do this year").isEmpty();
        assertThat(get("/plans/" + planId + "/results", HEAD).status()).isEqualTo(409);
    }

    // ------------------------------------------------------------------------------------- next year and comparison

    @Test
    void nextYearsDraftIsCopiedOnceMarksWhatIsCarriedOverAndComparesWithTheYearBefore() {
        String planId = publishedPlan();
        String sop = measureId(planId, 0);
        assertThat(post("/plans/" + planId + "/measures/" + sop + "/complete", CLERK, Map.of()).status()).isEqualTo(303);
        Element copy = page("/plans/" + planId, CLERK, 200).selectFirst("form#next-year");
        assertThat(copy.attr("action")).isEqualTo("/plans/" + planId + "/next-year");
        assertThat(copy.selectFirst("button").text()).isEqualTo("複製為下年度計畫");

        PageBrowser.Page copied = post(copy.attr("action"), CLERK, FormFields.of(copy));

        assertThat(copied.status()).isEqualTo(303);
        assertThat(copied.location()).matches("/plans/p-[0-9a-f-]+\\?done=copied");
        String nextId = copied.location().substring("/plans/".length(), copied.location().indexOf('?'));
        Document next = page(copied.location(), CLERK, 200);
        assertThat(next.selectFirst("h1").text()).contains("116年度");
        assertThat(next.getElementById("copied-from").text()).contains("115年度");
        assertThat(next.selectFirst("#copied-from a[href=/plans/" + planId + "]")).isNotNull();
        Element table = next.selectFirst("table.uplift-plan-table");
        assertThat(table.getElementById("dimensions-0-focusAreas-0-measures-0").closest("tr").text())
                .as("completed last year").doesNotContain("延續辦理");
        assertThat(table.getElementById("dimensions-0-focusAreas-0-measures-1").closest("tr").text()).contains("延續辦理");
        assertThat(table.select(".govuk-tag--purple").eachText()).containsExactly("延續辦理", "延續辦理");
        assertThat(post("/plans/" + planId + "/next-year", CLERK, Map.of()).location())
                .as("copying again goes to the same draft").isEqualTo(copied.location());

        // Editing the draft keeps the marks.
        Element edit = page("/plans/" + nextId + "/edit", CLERK, 200).selectFirst("form[action=/plans/" + nextId + "/edit]");
        Map<String, String> fields = FormFields.of(edit);
        fields.put("dimensions[0].focusAreas[0].measures[1].title", "服務資訊公開透明化");
        fields.put("intent", "save");
        assertThat(post("/plans/" + nextId + "/edit", CLERK, fields).status()).isEqualTo(303);
        assertThat(page("/plans/" + nextId, CLERK, 200).select("table.uplift-plan-table .govuk-tag--purple")).hasSize(2);

        Document compare = page("/plans/" + nextId + "/compare", CLERK, 200);
        Element years = compare.getElementById("years");
        assertThat(years.hasClass("uplift-table--stack")).isTrue();
        assertThat(years.selectFirst("caption").text()).contains("115年度", "116年度");
        assertThat(years.select("thead th[scope=col]").eachText()).containsExactly("執行要項", "115年度", "116年度", "比較");
        assertThat(years.selectFirst("tbody th[scope=rowgroup]").text()).contains("完備基礎服務項目");
        List<Element> rows = years.select("tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).selectFirst("td[data-label=比較]").text()).isEqualTo("賡續辦理");
        assertThat(rows.get(0).selectFirst("td[data-label=115年度]").text()).contains("訂定標準作業流程(SOP)", "當年度已完成");
        assertThat(rows.get(1).selectFirst("td[data-label=比較]").text()).isEqualTo("延續辦理");
        assertThat(rows.get(1).selectFirst("td[data-label=116年度]").text()).contains("服務資訊公開透明化");
        assertThat(compare.getElementById("compare-counts").text()).contains("延續辦理", "2 項");
        assertThat(compare.selectFirst("select#with option[selected]").attr("value")).isEqualTo(planId);
        assertNoInlineScriptOrStyle(compare);

        assertThat(page("/plans/" + planId + "/compare?with=" + nextId, CLERK, 200).getElementById("years")
                .select("thead th[scope=col]").eachText()).as("the earlier year first, whichever asks")
                .containsExactly("執行要項", "115年度", "116年度", "比較");
        assertThat(get("/plans/" + planId + "/compare?with=" + planId, CLERK).status()).isEqualTo(400);
        String elsewhere = new TestHttp(port).post("/api/plans", OTHER_AGENCY, PlanPagesIT.PLAN).body().get("id").asString();
        assertThat(get("/plans/" + planId + "/compare?with=" + elsewhere, CLERK).status())
                .as("a plan the viewer may not read does not exist for them").isEqualTo(404);
    }

    @Test
    void aPlanWithNothingToCompareWithSaysSo() {
        String planId = new TestHttp(port).post("/api/plans", OTHER_AGENCY,
                PlanPagesIT.PLAN.replace("\"rocYear\": 115", "\"rocYear\": 105")).body().get("id").asString();
        Document compare = page("/plans/" + planId + "/compare", OTHER_AGENCY, 200);
        assertThat(compare.getElementById("nothing-to-compare")).isNotNull();
        assertThat(compare.getElementById("years")).isNull();
    }

    @Test
    void everyHistoryPageIsInEnglishWhenTheViewerChoseIt() {
        String planId = publishedPlan();
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("/plans/" + planId, "Revisions and history");
        headings.put("/plans/" + planId + "/revisions", "Revision");
        headings.put("/plans/" + planId + "/changes?from=1", "Change view");
        headings.put("/plans/" + planId + "/amendment", "Review the changes");
        headings.put("/plans/" + planId + "/results", "Hand in the year's results");
        headings.put("/plans/" + planId + "/compare", "Year comparison");
        headings.forEach((path, text) -> {
            Document page = page(path + (path.contains("?") ? "&" : "?") + "lang=en", HEAD, 200);
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
            assertThat(page.text()).as(path).contains(text);
        });
    }

    // ------------------------------------------------------------------------------------- helpers

    private String createByApi() {
        TestHttp.Reply created = new TestHttp(port).post("/api/plans", CLERK, PlanPagesIT.PLAN);
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private void submitByApi(String planId) {
        assertThat(new TestHttp(port).post("/api/plans/" + planId + "/submit", HEAD, null).status()).isEqualTo(200);
    }

    private String publishedPlan() {
        String planId = createByApi();
        submitByApi(planId);
        decide(planId, 1, ReviewDecision.APPROVED, List.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> "PUBLISHED".equals(status(planId)));
        return planId;
    }

    private void decide(String planId, int revision, ReviewDecision decision, List<ItemComment> comments) {
        KafkaProbe.send(topics.of(Topic.REVIEW), KafkaProbe.envelope(new PlanReviewDecided(planId,
                "task-" + planId + "-" + revision, "kcg-civil-affairs", revision, decision, "reviewer", comments,
                Instant.now()), 1));
    }

    private JsonNode plan(String planId) {
        return new TestHttp(port).get("/api/plans/" + planId, CLERK).body();
    }

    private String status(String planId) {
        return plan(planId).get("status").asString();
    }

    private int revision(String planId) {
        return plan(planId).get("revision").asInt();
    }

    private String measureId(String planId, int index) {
        return plan(planId).at("/dimensions/0/focusAreas/0/measures/" + index + "/id").asString();
    }

    private List<EventEnvelope<DomainEvent>> eventsFor(String planId, String type) {
        List<EventEnvelope<DomainEvent>>[] found = new List[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            found[0] = KafkaProbe.readAll(topics.of(Topic.PLAN), Duration.ofMillis(500)).stream()
                    .filter(r -> planId.equals(new String(r.key(), StandardCharsets.UTF_8)))
                    .map(KafkaProbe::decode)
                    .filter(e -> e.payload().getClass().getSimpleName().equals(type)).toList();
            return !found[0].isEmpty();
        });
        return found[0];
    }


    private static void assertNoInlineScriptOrStyle(Document page) {
        assertThat(page.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
        assertThat(page.select("style, [style]")).as("no inline style (CSP)").isEmpty();
    }

    private Document page(String path, String token, int status) {
        PageBrowser.Page reply = get(path, token);
        assertThat(reply.status()).as(path + "\n" + reply.html()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.html()).as("every text has its message").doesNotContain("??");
        return Jsoup.parse(reply.html());
    }

    private PageBrowser.Page get(String path, String token) {
        return new PageBrowser(port, token).get(path);
    }

    private PageBrowser.Page post(String path, String token, Map<String, String> fields) {
        return new PageBrowser(port, token).post(path, fields);
    }
}
