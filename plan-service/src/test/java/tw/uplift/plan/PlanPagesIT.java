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
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.planimport.examples.ExamplePlan;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * The clerk's pages and the public plan page, requested as the gateway relays a browser's requests: with the user's
 * token, the session's CSRF token in {@code X-CSRF-TOKEN}, {@code Accept: text/html}, and forms posted URL-encoded
 * (the upload as multipart, its token in the query string). Read with jsoup, as a browser would see them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=plan-service")
@WithUpliftInfrastructure
class PlanPagesIT {

    static final String HEAD = TestTokens.agencyHead("head", "kcg-civil-affairs");
    static final String CLERK = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");
    static final String OTHER_AGENCY = TestTokens.agencyStaff("clerk2", "kcg-household-xinxing");
    static final String REVIEWER = TestTokens.reviewer("reviewer", "kcg-rdec", null);
    static final String CSRF = PageBrowser.CSRF;

    @LocalServerPort
    int port;
    @Autowired
    TopicNames topics;

    // ---------------------------------------------------------------------------------------------- reading

    @Test
    void theClerkSeesTheirPlansInTraditionalChineseWithTheirActions() {
        String planId = createByApi();

        Document list = page("/plans", CLERK, 200);
        assertThat(list.selectFirst("html").attr("lang")).isEqualTo("zh-Hant-TW");
        assertThat(list.select("h1")).hasSize(1);
        assertThat(list.selectFirst("h1").text()).isEqualTo("我的計畫");
        Element link = list.selectFirst("a[href=/plans/" + planId + "]");
        assertThat(link).as("the title links to the plan").isNotNull();
        Element row = link.closest("tr");
        assertThat(row.text()).contains("115年度", "草稿", "尚未送審");
        assertThat(list.select("a.govuk-button").eachText()).containsExactly("新增計畫", "匯入計畫文件");
        assertThat(list.select("a[href=/plans/new]")).hasSize(1);
        assertThat(list.select("a[href=/plans/import]")).hasSize(1);

        Document english = page("/plans?lang=en", CLERK, 200);
        assertThat(english.selectFirst("h1").text()).isEqualTo("My plans");
        assertThat(english.select("a.govuk-button").eachText()).containsExactly("New plan", "Import a plan document");
    }

    @Test
    void thePlanPageShowsTheDocumentsTableLayoutWithDatesInRocAndItsActions() {
        String planId = createByApi();

        Document plan = page("/plans/" + planId, CLERK, 200);
        assertThat(plan.select("h1")).hasSize(1);
        assertThat(plan.selectFirst("h1").text()).contains("高雄市政府民政局", "115年度", "高雄市政府民政局115年度提升服務執行計畫");
        Element table = plan.selectFirst("table.uplift-plan-table");
        assertThat(table.hasClass("uplift-table--stack")).as("stacks on a narrow screen").isTrue();
        assertThat(table.select("thead th[scope=col]").eachText())
                .containsExactly("執行要項", "執行重點", "推行作法", "執行單位", "完成期限");
        Element dimension = table.selectFirst("tbody th[scope=rowgroup]");
        assertThat(dimension.text()).contains("一", "完備基礎服務項目");
        assertThat(dimension.attr("rowspan")).as("the dimension spans its three measures").isEqualTo("3");
        assertThat(table.selectFirst("tbody th[scope=row]").attr("rowspan")).isEqualTo("3");
        Element sop = table.getElementById("dimensions-0-focusAreas-0-measures-0");
        assertThat(sop.attr("data-label")).isEqualTo("推行作法");
        assertThat(sop.text()).contains("訂定標準作業流程(SOP)", "訂定申辦案件SOP");
        Element sopRow = sop.closest("tr");
        assertThat(sopRow.select("td[data-label=執行單位] li").eachText()).containsExactly("宗教禮俗科", "戶籍行政科");
        Element deadline = sopRow.selectFirst("td[data-label=完成期限]");
        assertThat(deadline.text()).contains("3月31日前", "115年3月31日");
        assertThat(deadline.selectFirst("time").attr("datetime")).isEqualTo("2026-03-31");
        assertThat(table.text()).contains("持續辦理 每季回報");
        assertThat(plan.select("dl.govuk-summary-list").text()).contains("草稿", "尚未送審");
        assertThat(plan.selectFirst("a[href=/plans/" + planId + "/submit]").text()).isEqualTo("陳送首長核定");
        assertThat(plan.selectFirst("a[href=/plans/" + planId + "/edit]").text()).isEqualTo("修改計畫");
        assertNoInlineScriptOrStyle(plan);
    }

    @Test
    void anotherAgencyGetsTheNotFoundPageForEveryPageOfThePlan() {
        String planId = createByApi();
        for (String path : List.of("/plans/" + planId, "/plans/" + planId + "/edit", "/plans/" + planId + "/submit")) {
            PageBrowser.Page reply = get(path, OTHER_AGENCY);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("text/html");
            assertThat(Jsoup.parse(reply.html()).selectFirst("h1").text()).isEqualTo("無法顯示此頁");
        }
        assertThat(page("/plans", OTHER_AGENCY, 200).select("a[href=/plans/" + planId + "]")).isEmpty();
        assertThat(post("/plans/" + planId + "/submit", OTHER_AGENCY, Map.of("_csrf", CSRF)).status()).isEqualTo(404);
    }

    @Test
    void aReviewerOfTheSupervisingBodyReadsASubmittedPlanWithoutTheClerksActions() {
        String planId = createByApi();
        submitByApi(planId);

        Document list = page("/plans", REVIEWER, 200);
        assertThat(list.select("a[href=/plans/" + planId + "]")).hasSize(1);
        assertThat(list.select("a.govuk-button")).as("reviewers do not write plans").isEmpty();
        assertThat(list.select("thead th").eachText()).contains("機關");

        Document plan = page("/plans/" + planId, REVIEWER, 200);
        assertThat(plan.selectFirst("table.uplift-plan-table").text()).contains("訂定標準作業流程(SOP)");
        assertThat(plan.select("a[href$=/edit], a[href$=/submit], form[action*=/complete]")).isEmpty();
        assertThat(get("/plans/" + planId + "/edit", REVIEWER).status()).isEqualTo(403);
    }

    @Test
    void everyPageIsInEnglishWhenTheViewerChoseIt() {
        String draft = createByApi();
        String published = publishedPlan();
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("/plans/" + draft, "Plan content");
        headings.put("/plans/" + draft + "/edit", "Edit plan");
        headings.put("/plans/" + draft + "/submit", "Send to the head to confirm");
        headings.put("/plans/new", "New plan");
        headings.put("/plans/import", "Import a plan document");
        headings.put("/plans/" + published, "Mark completed");
        headings.put("/public/plans/" + published, "Focus area");
        headings.forEach((path, text) -> {
            Document page = page(path + "?lang=en", path.startsWith("/public") ? null : CLERK, 200);
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
            assertThat(page.text()).as(path).contains(text);
        });
        Document preview = Jsoup.parse(upload("/plans/import/preview?lang=en&_csrf=" + CSRF, CLERK, "sanmin.txt",
                ExamplePlan.KCG_SANMIN_106.bytes()).html());
        assertThat(preview.text()).contains("Check the imported plan", "Points to check", "Save as draft").doesNotContain("??");
    }

    // ---------------------------------------------------------------------------------------------- the form

    @Test
    void theNewPlanFormCarriesTheGatewaysCsrfTokenAndLabelsEveryField() {
        Document form = page("/plans/new", CLERK, 200);
        assertThat(form.select("h1")).hasSize(1);
        Element post = form.selectFirst("form[method=post][action=/plans/new]");
        assertThat(post.selectFirst("input[type=hidden][name=_csrf]").attr("value")).isEqualTo(CSRF);
        assertThat(post.getElementById("rocYear").attr("value")).as("this year, prefilled").matches("1\\d\\d");
        for (Element input : post.select("input:not([type=hidden]), textarea")) {
            assertThat(post.select("label[for=" + input.id() + "]")).as("a label for " + input.id()).hasSize(1);
        }
        assertThat(post.select("fieldset > legend")).as("a legend per group, the measure's units and indicators too")
                .hasSize(5);
        assertThat(post.select("button[name=intent]").eachAttr("value"))
                .contains("add-measure:0:0", "add-focus-area:0", "add-dimension", "add-indicator:0:0:0", "save");
        assertNoInlineScriptOrStyle(form);
    }

    @Test
    void aNewPlanStartsFromAFrameworksDimensions() {
        Document start = page("/plans/new", CLERK, 200);
        assertThat(start.select("a[href^=/plans/new?framework=]").eachText())
                .containsExactly("政府服務躍升方案六大面向", "提升服務品質五大構面（舊制）");

        Document six = page("/plans/new?framework=service-programme-6", CLERK, 200);
        assertThat(six.select("textarea").stream().filter(t -> t.attr("name").matches("dimensions\\[\\d+]\\.title"))
                .map(Element::text).toList()).hasSize(6).first().isEqualTo("完備基礎服務項目，注重服務特性差異化");
        assertThat(six.selectFirst("input[name=frameworkId]").attr("value")).isEqualTo("service-programme-6");
        assertThat(page("/plans/new?framework=nonesuch", CLERK, 200).select("input[name=frameworkId]").attr("value"))
                .as("an unknown framework is a blank plan").isEmpty();
    }

    @Test
    void aFormWithoutTitleComesBackWithAnErrorSummaryLinkingToEachFieldAndSavesNothing() {
        int before = planCount();
        Map<String, String> typed = typedPlan();
        typed.put("title", "");
        typed.put("dimensions[0].focusAreas[0].measures[0].title", " ");

        PageBrowser.Page reply = post("/plans/new", CLERK, typed);

        assertThat(reply.status()).isEqualTo(400);
        Document page = Jsoup.parse(reply.html());
        assertThat(page.title()).startsWith("錯誤：");
        Element summary = page.selectFirst(".govuk-error-summary");
        assertThat(summary.select("a").eachAttr("href"))
                .containsExactly("#title", "#dimensions-0-focusAreas-0-measures-0-title");
        assertThat(summary.text()).contains("請填寫計畫名稱", "執行要項 1 › 執行重點 1 › 推行作法 1：請填寫推行作法名稱");
        Element title = page.getElementById("title");
        assertThat(title.attr("aria-describedby")).contains("title-error");
        assertThat(page.getElementById("title-error").text()).contains("請填寫計畫名稱");
        assertThat(title.closest(".govuk-form-group").hasClass("govuk-form-group--error")).isTrue();
        assertThat(page.getElementById("dimensions-0-focusAreas-0-measures-0-title").hasClass("govuk-input--error")).isTrue();
        assertThat(page.select("input[type=checkbox][checked][name='dimensions[0].focusAreas[0].measures[0].units']")
                .eachAttr("value")).as("what was chosen is kept").containsExactly("宗教禮俗科", "戶籍行政科");
        assertThat(planCount()).as("nothing saved").isEqualTo(before);

        Map<String, String> badYear = typedPlan();
        badYear.put("rocYear", "明年");
        Document yearPage = Jsoup.parse(post("/plans/new", CLERK, badYear).html());
        assertThat(yearPage.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#rocYear");
        assertThat(planCount()).isEqualTo(before);
    }

    @Test
    void theAddAndRemoveButtonsReshapeTheTreeWithoutScriptAndSaveNothing() {
        int before = planCount();
        Map<String, String> typed = typedPlan();
        typed.put("intent", "add-measure:0:0");
        PageBrowser.Page added = post("/plans/new", CLERK, typed);
        assertThat(added.status()).isEqualTo(200);
        Document page = Jsoup.parse(added.html());
        assertThat(page.select(".govuk-error-summary")).as("no errors for a form being written").isEmpty();
        assertThat(page.getElementById("dimensions-0-focusAreas-0-measures-1")).isNotNull();
        assertThat(page.getElementById("dimensions-0-focusAreas-0-measures-0-title").attr("value")).isEqualTo("訂定標準作業流程(SOP)");

        Map<String, String> again = FormFields.of(page.selectFirst("form[action=/plans/new]"));
        again.put("intent", "add-dimension");
        Document twoDimensions = Jsoup.parse(post("/plans/new", CLERK, again).html());
        assertThat(twoDimensions.getElementById("dimensions-1-focusAreas-0-measures-0")).isNotNull();
        assertThat(twoDimensions.select("button[value=remove-dimension:1]")).hasSize(1);

        Map<String, String> removed = FormFields.of(twoDimensions.selectFirst("form[action=/plans/new]"));
        removed.put("intent", "remove-measure:0:0:1");
        Document back = Jsoup.parse(post("/plans/new", CLERK, removed).html());
        assertThat(back.getElementById("dimensions-0-focusAreas-0-measures-1")).isNull();
        assertThat(planCount()).isEqualTo(before);
    }

    @Test
    void aPlanCreatedByTheFormIsSavedAsADraftAndTheClerkIsSentToIt() {
        PageBrowser.Page reply = post("/plans/new", CLERK, typedPlan());

        assertThat(reply.status()).isEqualTo(303);
        String location = reply.location();
        assertThat(location).matches("/plans/p-[0-9a-f-]+\\?done=created");
        String planId = location.substring("/plans/".length(), location.indexOf('?'));
        JsonNode saved = api().get("/api/plans/" + planId, CLERK).body();
        assertThat(saved.get("status").asString()).isEqualTo("DRAFT");
        assertThat(saved.get("rocYear").asInt()).isEqualTo(115);
        JsonNode measure = saved.at("/dimensions/0/focusAreas/0/measures/0");
        assertThat(measure.get("units").toString()).isEqualTo("[\"宗教禮俗科\",\"戶籍行政科\"]");
        assertThat(measure.get("dueDate").asString()).isEqualTo("2026-03-31");
        assertThat(page(location, CLERK, 200).selectFirst(".govuk-notification-banner--success").text())
                .contains("計畫已建立為草稿");
    }

    @Test
    void theEditFormIsFilledAndSavesTheRevisionKeepingMeasureIds() {
        String planId = createByApi();
        String measureId = api().get("/api/plans/" + planId, CLERK).body()
                .at("/dimensions/0/focusAreas/0/measures/0/id").asString();

        Document edit = page("/plans/" + planId + "/edit", CLERK, 200);
        Element form = edit.selectFirst("form[action=/plans/" + planId + "/edit]");
        assertThat(form.getElementById("title").attr("value")).isEqualTo("高雄市政府民政局115年度提升服務執行計畫");
        assertThat(form.selectFirst("input[name=dimensions[0].focusAreas[0].measures[0].id]").attr("value")).isEqualTo(measureId);
        Map<String, String> fields = FormFields.of(form);
        fields.put("title", "高雄市政府民政局115年度提升服務執行計畫(修正)");
        fields.put("intent", "save");

        PageBrowser.Page saved = post("/plans/" + planId + "/edit", CLERK, fields);

        assertThat(saved.status()).isEqualTo(303);
        JsonNode plan = api().get("/api/plans/" + planId, CLERK).body();
        assertThat(plan.get("title").asString()).endsWith("(修正)");
        assertThat(plan.at("/dimensions/0/focusAreas/0/measures/0/id").asString()).isEqualTo(measureId);
        assertThat(plan.at("/dimensions/0/focusAreas/0/measures").size()).isEqualTo(3);
    }

    // ---------------------------------------------------------------------------------------------- actions

    @Test
    void theClerkSendsThePlanToTheHeadWhoSubmitsItAndThePlanIsThenNoLongerEditable() {
        String planId = createByApi();

        Document confirm = page("/plans/" + planId + "/submit", CLERK, 200);
        Element form = confirm.selectFirst("form[method=post][action=/plans/" + planId + "/submit]");
        assertThat(form.selectFirst("input[type=hidden][name=_csrf]").attr("value")).isEqualTo(CSRF);
        assertThat(confirm.text()).contains("3 項", "第 1 版", "陳送首長核定");

        PageBrowser.Page requested = post(form.attr("action"), CLERK, FormFields.of(form));

        assertThat(requested.status()).isEqualTo(303);
        assertThat(requested.location()).isEqualTo("/plans/" + planId + "?done=requested");
        Document waiting = page("/plans/" + planId + "?done=requested", CLERK, 200);
        assertThat(waiting.select("dl.govuk-summary-list").text()).contains("待首長核定");
        assertThat(waiting.select("a[href$=/edit], a[href$=/submit]")).as("the clerk waits").isEmpty();

        // The head sees the request, and may send it back only with a reason.
        Document atHead = page("/plans/" + planId, HEAD, 200);
        assertThat(atHead.selectFirst("#awaiting-head").text()).contains("clerk");
        assertThat(atHead.select("a[href=/plans/" + planId + "/send-back]")).hasSize(1);
        PageBrowser.Page noReason = post("/plans/" + planId + "/send-back", HEAD, Map.of("_csrf", CSRF, "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(Jsoup.parse(noReason.html()).selectFirst(".govuk-error-summary a[href=#reason]")).isNotNull();

        Document confirmAtHead = page("/plans/" + planId + "/submit", HEAD, 200);
        assertThat(confirmAtHead.text()).contains("確認送審");
        PageBrowser.Page submitted = post("/plans/" + planId + "/submit", HEAD, Map.of("_csrf", CSRF));
        assertThat(submitted.status()).isEqualTo(303);
        assertThat(submitted.location()).isEqualTo("/plans/" + planId + "?done=submitted");
        Document plan = page("/plans/" + planId + "?done=submitted", CLERK, 200);
        assertThat(plan.selectFirst(".govuk-notification-banner--success")).isNotNull();
        assertThat(plan.select("dl.govuk-summary-list").text()).contains("送審中", "第 1 版");
        assertThat(plan.select("a[href$=/edit], a[href$=/submit]")).isEmpty();
        PageBrowser.Page edit = get("/plans/" + planId + "/edit", CLERK);
        assertThat(edit.status()).isEqualTo(409);
        assertThat(post("/plans/" + planId + "/submit", CLERK, Map.of("_csrf", CSRF)).status()).isEqualTo(409);
    }

    @Test
    void aReturnedPlanShowsEachCommentBesideItsItemOnThePlanAndInTheEditForm() {
        String planId = createByApi();
        submitByApi(planId);
        String measureId = api().get("/api/plans/" + planId, CLERK).body()
                .at("/dimensions/0/focusAreas/0/measures/1/id").asString();
        decide(planId, ReviewDecision.RETURNED, List.of(new ItemComment("plan", "請補充預期效益"),
                new ItemComment(measureId, "請說明公開的資訊項目")));
        await().atMost(Duration.ofSeconds(20)).until(() -> "RETURNED".equals(
                api().get("/api/plans/" + planId, CLERK).body().get("status").asString()));

        Document plan = page("/plans/" + planId, CLERK, 200);
        assertThat(plan.getElementById("review-comments").text()).contains("請補充預期效益");
        assertThat(plan.getElementById("dimensions-0-focusAreas-0-measures-1").text()).contains("服務資訊公開透明", "請說明公開的資訊項目");
        assertThat(plan.getElementById("dimensions-0-focusAreas-0-measures-0").text()).doesNotContain("請說明公開的資訊項目");
        assertThat(plan.select("dl.govuk-summary-list").text()).contains("退回修正");
        assertThat(plan.selectFirst("a[href=/plans/" + planId + "/edit]")).isNotNull();

        Document edit = page("/plans/" + planId + "/edit", CLERK, 200);
        assertThat(edit.getElementById("review-comments").text()).contains("請補充預期效益");
        assertThat(edit.getElementById("dimensions-0-focusAreas-0-measures-1").text()).contains("請說明公開的資訊項目");
    }

    @Test
    void theClerkWritesThePlansSectionsBeforeItsTableAndTheyShowOnThePlanPage() {
        String planId = createByApi();
        Document form = page("/plans/" + planId + "/header", CLERK, 200);
        for (Element input : form.select("form[method=post] input:not([type=hidden]), form[method=post] textarea")) {
            assertThat(form.select("label[for=" + input.id() + "]")).as("a label for " + input.id()).hasSize(1);
        }
        PageBrowser.Page more = post("/plans/" + planId + "/header", CLERK, Map.of("_csrf", CSRF, "intent", "add-member"));
        assertThat(Jsoup.parse(more.html()).getElementById("members-0-role")).isNotNull();

        Map<String, String> fields = new LinkedHashMap<>(Map.of("_csrf", CSRF, "basis", "行政院提升服務效能方案\n高雄市政府115年度實施計畫",
                "goals", "簡化流程", "regularCheck", "每季查核", "duties[0].text", "提送年度執行成果",
                "duties[0].deadline", "次年1月", "members[0].role", "", "members[0].member", "區長"));
        PageBrowser.Page missingRole = post("/plans/" + planId + "/header", CLERK, fields);
        assertThat(missingRole.status()).isEqualTo(400);
        Document errors = Jsoup.parse(missingRole.html());
        assertThat(errors.selectFirst(".govuk-error-summary a[href=#members-0-role]")).isNotNull();

        fields.put("members[0].role", "召集人");
        PageBrowser.Page saved = post("/plans/" + planId + "/header", CLERK, fields);
        assertThat(saved.status()).isEqualTo(303);
        Document plan = page("/plans/" + planId, CLERK, 200);
        assertThat(plan.selectFirst("#header").text()).contains("行政院提升服務效能方案", "高雄市政府115年度實施計畫",
                "每季查核", "提送年度執行成果", "116年1月", "召集人", "區長");
        JsonNode header = api().get("/api/plans/" + planId, CLERK).body().get("header");
        assertThat(header.at("/supervision/resultSubmissions/0/dueDate").asString()).isEqualTo("2027-01-31");
        assertThat(page("/plans/" + planId + "/header", REVIEWER, 404).text()).as("a draft is the agency's alone").isNotEmpty();
    }

    @Test
    void theClerkCompletesAMeasureOfAnApprovedPlan() {
        String planId = publishedPlan();
        Document plan = page("/plans/" + planId, CLERK, 200);
        assertThat(plan.select("dl.govuk-summary-list").text()).contains("已公開");
        Element complete = plan.selectFirst("form[action$=/complete]");
        assertThat(complete.selectFirst("input[name=_csrf]").attr("value")).isEqualTo(CSRF);

        PageBrowser.Page done = post(complete.attr("action"), CLERK, FormFields.of(complete));

        assertThat(done.status()).isEqualTo(303);
        Element first = page("/plans/" + planId, CLERK, 200).getElementById("dimensions-0-focusAreas-0-measures-0").closest("tr");
        assertThat(first.select(".govuk-tag--green").text()).isEqualTo("已完成");
        assertThat(first.select("form")).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- import

    @Test
    void anExamplePlanIsPreviewedWithItsWarningsThenConfirmedAsADraftOnce() {
        Document upload = page("/plans/import", CLERK, 200);
        Element uploadForm = upload.selectFirst("form[enctype=multipart/form-data]");
        assertThat(uploadForm.attr("action")).as("the token rides in the query string")
                .isEqualTo("/plans/import/preview?_csrf=" + CSRF);
        assertThat(upload.select("label[for=file]")).hasSize(1);
        int before = planCount();

        PageBrowser.Page previewed = upload(uploadForm.attr("action"), CLERK, "kcg-civil-affairs-111.txt",
                ExamplePlan.KCG_CIVIL_AFFAIRS_111.bytes());

        assertThat(previewed.status()).isEqualTo(200);
        Document preview = Jsoup.parse(previewed.html());
        assertThat(preview.select("h1")).hasSize(1);
        assertThat(preview.select("dl.govuk-summary-list").text()).contains("111年度", "高雄市政府民政局111年度提升服務執行計畫");
        assertThat(preview.selectFirst("table.uplift-plan-table").text()).contains("訂定標準作業流程(SOP)", "宗教禮俗科");
        assertThat(preview.select("td[data-label=位置]").eachText()).as("each warning with its line")
                .isNotEmpty().allMatch(line -> line.matches("第 \\d+ 行|—"));
        assertThat(planCount()).as("a preview saves nothing").isEqualTo(before);

        Element confirm = preview.selectFirst("form[action=/plans/import/confirm]");
        assertThat(confirm.selectFirst("input[name=_csrf]").attr("value")).isEqualTo(CSRF);
        Map<String, String> fields = FormFields.of(confirm);
        // The preview is the plan form: the clerk corrects a unit the importer guessed before saving.
        String units = "dimensions[0].focusAreas[0].measures[0].units";
        assertThat(confirm.getElementById(PageError.anchorOf(units))).as("the agency's units, to check").isNotNull();
        assertThat(confirm.select("input[type=checkbox][name='" + units + "']").eachAttr("value"))
                .contains("戶籍行政科", "宗教禮俗科");
        fields.put(units, "戶籍行政科");
        fields.put(units.replace(".units", ".extraUnits"), "");
        PageBrowser.Page saved = post("/plans/import/confirm", CLERK, fields);

        assertThat(saved.status()).isEqualTo(303);
        String location = saved.location();
        String planId = location.substring("/plans/".length(), location.indexOf('?'));
        JsonNode plan = api().get("/api/plans/" + planId, CLERK).body();
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        assertThat(plan.get("rocYear").asInt()).isEqualTo(111);
        int previewedDimensions = api().upload("/api/plans/import", CLERK, "kcg-civil-affairs-111.txt",
                ExamplePlan.KCG_CIVIL_AFFAIRS_111.bytes()).body().get("dimensions").size();
        assertThat(plan.get("dimensions").size()).isEqualTo(previewedDimensions);
        assertThat(plan.at("/dimensions/0/focusAreas/0/measures/0/units").toString()).isEqualTo("[\"戶籍行政科\"]");
        assertThat(plan.at("/header/basis").size()).as("the document's 計畫依據, kept").isPositive();
        assertThat(page(location, CLERK, 200).text()).contains("文件已匯入為草稿");

        PageBrowser.Page again = post("/plans/import/confirm", CLERK, fields);
        assertThat(again.location()).as("confirming twice saves one draft")
                .isEqualTo(location);
        assertThat(planCount()).isEqualTo(before + 1);
    }

    @Test
    void aDocumentWithoutAYearAsksForItAndAnUnreadableOneIsSaidOnTheUploadPage() {
        String withoutYear = ExamplePlan.KCG_CIVIL_AFFAIRS_111.text().replace("111年度", "年度");
        Document preview = Jsoup.parse(upload("/plans/import/preview?_csrf=" + CSRF, CLERK, "beitun.txt",
                withoutYear.getBytes(StandardCharsets.UTF_8)).html());
        assertThat(preview.select("dl.govuk-summary-list").text()).contains("文件未載明年度");
        assertThat(preview.getElementById("rocYear").attr("value")).isEmpty();
        Map<String, String> fields = FormFields.of(preview.selectFirst("form[action=/plans/import/confirm]"));
        int before = planCount();

        PageBrowser.Page noYear = post("/plans/import/confirm", CLERK, fields);

        assertThat(noYear.status()).isEqualTo(400);
        Document again = Jsoup.parse(noYear.html());
        assertThat(again.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#rocYear", "#title");
        assertThat(again.getElementById("rocYear").attr("aria-describedby")).contains("rocYear-error");
        assertThat(again.selectFirst("table.uplift-plan-table")).as("the preview is shown again").isNotNull();
        assertThat(planCount()).isEqualTo(before);

        fields.put("rocYear", "111");
        fields.put("title", "高雄市政府民政局111年度提升服務執行計畫");
        assertThat(post("/plans/import/confirm", CLERK, fields).status()).isEqualTo(303);
        assertThat(planCount()).isEqualTo(before + 1);

        PageBrowser.Page garbage = upload("/plans/import/preview?_csrf=" + CSRF, CLERK, "x.docx", new byte[] {1, 2, 3, 0, 9});
        assertThat(garbage.status()).isEqualTo(400);
        Document uploadAgain = Jsoup.parse(garbage.html());
        assertThat(uploadAgain.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#file");
        assertThat(uploadAgain.getElementById("file-error").text()).contains("Word");
    }

    @Test
    void aFileOverTheUploadLimitIsSaidOnTheUploadPage() {
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1024];
        java.util.Arrays.fill(tooLarge, (byte) 'a');

        PageBrowser.Page reply = upload("/plans/import/preview?_csrf=" + CSRF, CLERK, "huge.txt", tooLarge);

        assertThat(reply.status()).isEqualTo(413);
        Document page = Jsoup.parse(reply.html());
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#file");
        assertThat(page.getElementById("file-error").text()).contains("10 MB");
        TestHttp.Reply api = api().upload("/api/plans/import", CLERK, "huge.txt", tooLarge);
        assertThat(api.status()).as(api.text()).isEqualTo(413);
    }

    @Test
    void aFormPostedWithAnIndexFarBeyondAnyPlanIsABadRequestNotAnError() {
        Map<String, String> typed = typedPlan();
        typed.put("dimensions[5000].title", "x");
        assertThat(post("/plans/new", CLERK, typed).status()).isEqualTo(400);
    }

    // ---------------------------------------------------------------------------------------------- public

    @Test
    void thePublicPageShowsAPublishedPlanToAnyoneAndNothingElse() {
        String draft = createByApi();
        PageBrowser.Page notPublished = get("/public/plans/" + draft, null);
        assertThat(notPublished.status()).isEqualTo(404);
        assertThat(Jsoup.parse(notPublished.html()).selectFirst("h1").text()).isEqualTo("無法顯示此頁");

        String planId = publishedPlan();
        Document page = page("/public/plans/" + planId, null, 200);
        assertThat(page.selectFirst("h1").text()).contains("高雄市政府民政局", "115年度");
        assertThat(page.selectFirst("table.uplift-plan-table").text()).contains("訂定標準作業流程(SOP)", "115年3月31日");
        assertThat(page.select("form[action*=/complete]")).as("nothing to do for the public").isEmpty();
        assertThat(page.select("a[href=/oauth2/authorization/uplift]")).as("anyone may sign in from here").hasSize(1);
        assertNoInlineScriptOrStyle(page);

        // Programs keep the JSON at the same address: asked for JSON, or for anything (curl, the e2e tests).
        TestHttp.Reply json = api().send("GET", "/public/plans/" + planId, null, null, Map.of("Accept", "application/json"));
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.body().get("status").asString()).isEqualTo("PUBLISHED");
        TestHttp.Reply anything = api().get("/public/plans/" + planId, null);
        assertThat(anything.status()).isEqualTo(200);
        assertThat(anything.contentType()).startsWith("application/json");
        assertThat(api().get("/public/plans/" + draft, null).status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    static final String PLAN = """
            {"rocYear": 115, "title": "高雄市政府民政局115年度提升服務執行計畫",
             "dimensions": [{"code": "一", "title": "完備基礎服務項目，注重服務特性差異化",
               "focusAreas": [{"code": "(一)", "title": "建立業務標準作業流程",
                 "measures": [
                   {"code": "1", "title": "訂定標準作業流程(SOP)", "text": "訂定申辦案件SOP", "units": ["宗教禮俗科", "戶籍行政科"], "deadline": "3月31日前"},
                   {"code": "2", "title": "服務資訊公開透明", "units": ["各科室"], "deadline": "12月31日前"},
                   {"code": "3", "title": "檢覈服務行為友善性", "units": ["秘書室"], "deadline": "持續辦理"}]}]}]}
            """;

    private static Map<String, String> typedPlan() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", CSRF);
        form.put("rocYear", "115");
        form.put("title", "高雄市政府民政局115年度提升服務執行計畫");
        form.put("dimensions[0].code", "一");
        form.put("dimensions[0].title", "完備基礎服務項目");
        form.put("dimensions[0].focusAreas[0].code", "(一)");
        form.put("dimensions[0].focusAreas[0].title", "建立業務標準作業流程");
        form.put("dimensions[0].focusAreas[0].measures[0].code", "1");
        form.put("dimensions[0].focusAreas[0].measures[0].title", "訂定標準作業流程(SOP)");
        form.put("dimensions[0].focusAreas[0].measures[0].text", "訂定申辦案件SOP");
        form.put("dimensions[0].focusAreas[0].measures[0].units", "宗教禮俗科\r\n戶籍行政科");
        form.put("dimensions[0].focusAreas[0].measures[0].deadline", "3月31日前");
        form.put("dimensions[0].focusAreas[0].measures[0].expectedBenefit", "");
        form.put("intent", "save");
        return form;
    }

    private String createByApi() {
        TestHttp.Reply created = api().post("/api/plans", CLERK, PLAN);
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private void submitByApi(String planId) {
        assertThat(api().post("/api/plans/" + planId + "/submit", TestTokens.agencyHead("head", "kcg-civil-affairs"), null)
                .status()).isEqualTo(200);
    }

    private String publishedPlan() {
        String planId = createByApi();
        submitByApi(planId);
        decide(planId, ReviewDecision.APPROVED, List.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> "PUBLISHED".equals(
                api().get("/api/plans/" + planId, CLERK).body().get("status").asString()));
        return planId;
    }

    private void decide(String planId, ReviewDecision decision, List<ItemComment> comments) {
        KafkaProbe.send(topics.of(Topic.REVIEW), KafkaProbe.envelope(new PlanReviewDecided(planId, "task-" + planId,
                "kcg-civil-affairs", 1, decision, "reviewer", comments, Instant.now()), 1));
    }

    private int planCount() {
        return api().get("/api/plans", CLERK).body().size();
    }

    private TestHttp api() {
        return new TestHttp(port);
    }

    /** Every field a browser would send for this form: inputs with a name (buttons aside), textareas. */

    private static void assertNoInlineScriptOrStyle(Document page) {
        assertThat(page.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
        assertThat(page.select("style, [style]")).as("no inline style (CSP)").isEmpty();
        assertThat(page.select("[onclick], [onload], [onsubmit]")).isEmpty();
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

    private PageBrowser.Page upload(String path, String token, String fileName, byte[] content) {
        return new PageBrowser(port, token).upload(path, fileName, content);
    }
}
