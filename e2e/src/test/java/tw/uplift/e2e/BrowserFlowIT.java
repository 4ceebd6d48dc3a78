package tw.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.ServiceSpec;
import tools.jackson.databind.JsonNode;

/**
 * The core flow in a real browser, through the one address (the gateway), as the people who use Uplift do it: the
 * clerk logs in, imports a plan document, corrects a unit the importer guessed in the preview and sends it to the
 * agency head, who submits it; the reviewer returns it with a comment on one measure (by keyboard alone, on a
 * phone-sized screen); the clerk sees the comment beside the measure, revises it, sees the change view answer the
 * comment and sends it again; the head submits, the reviewer approves; the clerk reports the measure done with a file
 * and its light turns green; the public page and the open-data CSV show it; both inboxes hold their notices. Every page visited passes axe-core
 * (WCAG 2.1 A/AA) and does not scroll sideways at 360 and at 1280 px.
 */
class BrowserFlowIT {

    /** The example plan of the clerk's own agency, as the agency published it (in the repository). */
    private static final Path DOCUMENT = Path.of("..", "plan-import", "src", "main", "resources", "tw", "uplift",
            "planimport", "examples", "kcg-civil-affairs-111.txt");
    /** Events travel plan-service → Kafka → review-service → Kafka → notification-service between two pages. */
    private static final Duration EVENTUAL = Duration.ofSeconds(60);
    /** Evidence of a measure done: a small real PDF (its magic bytes and a trailer), as a clerk would upload. */
    private static final Path EVIDENCE = evidenceFile();

    private static Path evidenceFile() {
        try {
            Path file = java.nio.file.Files.createTempDirectory("uplift-e2e").resolve("sop.pdf");
            java.nio.file.Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static LocalSystem system;
    private static String gateway;

    @BeforeAll
    static void start() {
        system = RunningSystem.forBrowserTests();
        gateway = system.gatewayUrl();
    }

    @Test
    void aPlanIsImportedSubmittedReturnedRevisedApprovedReportedOnAndPublishedInTheBrowser() throws Exception {
        try (Browser clerk = Browser.open("clerk", 1280, 800); Browser reviewer = Browser.open("reviewer", 360, 740);
                Browser citizen = Browser.open("citizen", 360, 740); Browser head = Browser.open("head", 1280, 800)) {
            // The clerk logs in at the one address and lands at their desk.
            clerk.go(gateway + "/");
            clerk.checkPage();
            logIn(clerk, "clerk");
            clerk.waitForPath("/plans");
            clerk.checkPage();

            // ... imports the agency's plan document: preview with the importer's findings, then confirm.
            clerk.click(By.cssSelector("a[href='/plans/import']"));
            clerk.checkPage();
            clerk.find(By.id("file")).sendKeys(DOCUMENT.toAbsolutePath().normalize().toString());
            clerk.click(By.cssSelector("main form button[type='submit']"));
            clerk.waitForPath("/plans/import/preview");
            assertThat(clerk.text()).contains("高雄市政府民政局", "111");
            clerk.checkPage();
            // The preview is the plan form: the clerk corrects the first measure's units the importer guessed,
            // choosing 戶籍行政科 from the agency's units and clearing what it read beside them.
            String units = "dimensions[0].focusAreas[0].measures[0].units";
            String box = clerk.find(By.cssSelector("input[name='" + units + "'][value='戶籍行政科']")).getDomAttribute("id");
            for (var checked : clerk.all(By.cssSelector("input[name='" + units + "']:checked"))) {
                clerk.click(By.cssSelector("label[for='" + checked.getDomAttribute("id") + "']"));
            }
            clerk.click(By.cssSelector("label[for='" + box + "']"));
            clerk.type(By.id("dimensions-0-focusAreas-0-measures-0-units-extra"), "");
            clerk.click(By.cssSelector("main form[action^='/plans/import/confirm'] button[name='intent'][value='save']:not([hidden])"));
            clerk.waitForPath("/plans/p-");
            String plan = clerk.path().replaceAll("[?#].*$", "");
            String planId = plan.substring("/plans/".length());
            clerk.checkPage();
            assertThat(clerk.find(By.cssSelector("table.uplift-plan-table tbody tr td[data-label='執行單位']")).getText())
                    .as("the unit the clerk chose").isEqualTo("戶籍行政科");

            // ... and sends it to the agency head (陳核), confirming on the next page; the head submits it (送審).
            clerk.click(By.cssSelector("a[href='" + plan + "/submit']"));
            clerk.checkPage();
            clerk.click(By.cssSelector("main form[action='" + plan + "/submit'] button[type='submit']"));
            clerk.waitForPath(plan);
            clerk.screenshot("submitted-1280");
            logIn(head, "head");
            headConfirms(head, plan);

            // The reviewer, on a phone, by keyboard alone: to the task, a comment on the first measure, return.
            logIn(reviewer, "reviewer");
            reviewer.waitForPath("/reviews");
            String task = onDesk(reviewer, "/reviews", openTaskOn(planId));
            reviewer.checkPage();
            reviewer.tabToAndEnter(By.cssSelector("a[href='" + task + "']"), 60);
            reviewer.waitForPath(task);
            reviewer.checkPage();
            reviewer.tabToAndType(By.id("comment-1"), "請補充標準作業流程的完成期限與負責人。", 400);
            reviewer.tabTo(By.id("decision"), 400).sendKeys(Keys.ARROW_DOWN); // the radios: 核定 → 退回修正
            assertThat(reviewer.find(By.id("decision-returned")).isSelected()).isTrue();
            reviewer.tabToAndEnter(By.cssSelector("main form[action$='/decision'] button[type='submit']"), 10);
            reviewer.waitForPath("/reviews");
            // The desk again, its banner naming the plan just returned (the task's own page starts with /reviews too).
            reviewer.find(By.cssSelector(".govuk-notification-banner a[href='" + task + "']"));
            reviewer.checkPage();
            reviewer.screenshot("returned-360");

            // The clerk sees the plan returned, the comment beside its measure, revises and resubmits.
            eventually(clerk, gateway + plan, () -> clerk.text().contains("請補充標準作業流程的完成期限與負責人。") ? "seen" : null);
            assertThat(clerk.text()).as("the header's unread badge, counted by notification-service").contains("則未讀");
            clerk.checkPage();
            clerk.screenshot("returned-comment-1280");
            clerk.go(gateway + plan + "/header"); // the plan's sections before its table, on their own form
            clerk.checkPage();
            clerk.go(gateway + plan);
            clerk.click(By.cssSelector("a[href='" + plan + "/edit']"));
            clerk.checkPage();
            clerk.type(By.id("title"), "高雄市政府民政局111年度提升服務執行計畫（修正版）");
            // The reviewer asked for a deadline and who is responsible: the document had neither.
            clerk.type(By.id("dimensions-0-focusAreas-0-measures-0-text"), "訂定申辦案件SOP，由戶籍行政科科長負責。");
            clerk.type(By.id("dimensions-0-focusAreas-0-measures-0-deadline"), "12月31日前");
            clerk.click(By.cssSelector("main form button[name='intent'][value='save']:not([hidden])"));
            clerk.waitForPath(plan);
            assertThat(clerk.text()).contains("（修正版）");
            // The change view: the edit, beside the comment it answers.
            clerk.click(By.id("compare-returned"));
            clerk.waitForPath(plan + "/changes");
            assertThat(clerk.text()).contains("請補充標準作業流程的完成期限與負責人。", "戶籍行政科科長負責",
                    "1 則，其中 0 則未回應");
            clerk.checkPage();
            clerk.screenshot("change-view-1280");
            clerk.go(gateway + plan);
            clerk.click(By.cssSelector("a[href='" + plan + "/submit']"));
            clerk.click(By.cssSelector("main form[action='" + plan + "/submit'] button[type='submit']"));
            clerk.waitForPath(plan);
            headConfirms(head, plan);

            // The reviewer approves the new revision (a new task).
            String second = onDesk(reviewer, "/reviews", () -> {
                String open = openTaskOn(planId).get();
                return open != null && !open.equals(task) ? open : null;
            });
            reviewer.go(gateway + second);
            // The resubmission shows what changed since the returned round, beside the comment it answers.
            assertThat(reviewer.text()).contains("修正對照（第 1 版 → 第 2 版）", "請補充標準作業流程的完成期限與負責人。");
            reviewer.checkPage();
            reviewer.click(By.id("claim")); // 認領: the task is theirs to work on now
            reviewer.waitForText("已認領此案件");
            reviewer.find(By.id("decision")).click();
            reviewer.click(By.cssSelector("main form[action$='/decision'] button[type='submit']"));
            reviewer.waitForPath("/reviews");
            reviewer.find(By.cssSelector(".govuk-notification-banner a[href='" + second + "']"));

            // The clerk reports the first measure done, with a file as evidence: its light turns green.
            eventually(clerk, gateway + plan, () -> clerk.text().contains("填報進度") ? "approved" : null);
            clerk.click(By.cssSelector("a[href^='" + plan + "/measures/'][href$='/progress']"));
            clerk.checkPage();
            String measurePage = clerk.path();
            clerk.click(By.cssSelector("label[for='period']"));
            String done = clerk.find(By.cssSelector("input[name='status'][value='DONE']")).getDomAttribute("id");
            clerk.click(By.cssSelector("label[for='" + done + "']"));
            clerk.type(By.id("percent"), "100");
            clerk.type(By.id("narrative"), "已訂定申辦案件標準作業流程並公告於網站。");
            clerk.find(By.id("evidence")).sendKeys(EVIDENCE.toAbsolutePath().normalize().toString());
            clerk.click(By.cssSelector("main form button[type='submit']"));
            clerk.waitForText("sop.pdf"); // the same page again, now with the report and its file
            assertThat(clerk.path()).startsWith(measurePage.replaceAll("[?#].*$", ""));
            assertThat(clerk.text()).contains("綠燈");
            clerk.checkPage();
            clerk.screenshot("progress-green-1280");
            for (String page : java.util.List.of("/lights", "/revisions", "/amendment", "/compare")) {
                clerk.go(gateway + plan + page); // the 管考 overview, revisions and history, the amendment form, years
                clerk.checkPage();
            }
            head.go(gateway + plan + "/results"); // the head's confirmation before handing in the year's results
            head.checkPage();

            // A routine check (平時查核) of the approved plan: one measure sampled, a corrective action raised.
            reviewer.go(gateway + "/reviews/checks/new");
            reviewer.checkPage();
            String planRadio = reviewer.find(By.cssSelector("input[name='planId'][value='" + planId + "']"))
                    .getDomAttribute("id");
            reviewer.click(By.cssSelector("label[for='" + planRadio + "']"));
            reviewer.click(By.cssSelector("main form[action='/reviews/checks'] button[type='submit']"));
            reviewer.waitForText("已開立平時查核");
            String check = reviewer.path().replaceAll("[?#].*$", "");
            reviewer.checkPage();
            reviewer.type(By.id("size"), "1");
            reviewer.click(By.cssSelector("main form[action$='/sample'] button[type='submit']"));
            reviewer.waitForText("已抽樣");
            reviewer.click(By.cssSelector("label[for='verdict-1-corrective_action']"));
            reviewer.type(By.id("reason-1"), "抽查三件申辦案件，未依標準作業流程辦理。");
            reviewer.type(By.id("action-1"), "辦理標準作業流程教育訓練並重新抽查。");
            reviewer.checkPage();
            reviewer.click(By.cssSelector("main form[action$='/findings'] button[type='submit']"));
            reviewer.waitForText("已送出查核結果");
            assertThat(reviewer.path()).startsWith(check);
            reviewer.checkPage();
            reviewer.screenshot("routine-check-360");

            // The agency answers the corrective action; the reviewer verifies the answer and accepts it.
            String action = onDesk(clerk, "/reviews/corrective-actions", () -> items(reviewApi("clerk")
                    .get("/api/corrective-actions").expect(200).body())
                    .filter(a -> planId.equals(a.get("planId").asString()))
                    .map(a -> "/reviews/corrective-actions/" + a.get("id").asString()).findFirst().orElse(null));
            clerk.checkPage();
            clerk.go(gateway + action);
            clerk.type(By.id("response"), "已於3月辦理教育訓練，並抽查十件均符合流程。");
            clerk.checkPage();
            clerk.click(By.cssSelector("main form button[type='submit']"));
            clerk.waitForText("已回復，督考機關將查證改善情形");
            clerk.checkPage();
            String verification = onDesk(reviewer, "/reviews?kind=CORRECTIVE_ACTION_VERIFICATION",
                    openTaskOn(action.substring("/reviews/corrective-actions/".length())));
            reviewer.go(gateway + verification);
            assertThat(reviewer.text()).contains("已於3月辦理教育訓練");
            reviewer.checkPage();
            reviewer.click(By.cssSelector("label[for='accepted']"));
            reviewer.type(By.id("reason"), "訓練紀錄與抽查結果齊全。");
            reviewer.click(By.cssSelector("main form[action$='/verification'] button[type='submit']"));
            reviewer.waitForText("已送出查證結果");
            reviewer.checkPage();
            reviewer.go(gateway + "/reviews/reviewers"); // the body's reviewers, as a colleague sees them
            reviewer.checkPage();

            // An annual review (年度查核) of the plan's year: the reviewer scores every dimension and finalises.
            reviewer.go(gateway + "/reviews/annual/new");
            reviewer.checkPage();
            String annualRadio = reviewer.find(By.cssSelector("input[name='planId'][value='" + planId + "']"))
                    .getDomAttribute("id");
            reviewer.click(By.cssSelector("label[for='" + annualRadio + "']"));
            reviewer.click(By.cssSelector("main form[action='/reviews/annual'] button[type='submit']"));
            reviewer.waitForText("已開立年度查核");
            reviewer.checkPage();
            for (var score : reviewer.all(By.cssSelector("main form[action$='/scores'] input[id^='score-']"))) {
                score.clear();
                score.sendKeys("88");
            }
            reviewer.click(By.cssSelector("main form[action$='/scores'] button[type='submit']"));
            reviewer.waitForText("已送出您的評分");
            reviewer.checkPage();
            reviewer.click(By.id("finalise"));
            reviewer.waitForText("已完成總評");
            assertThat(reviewer.text()).contains("88.00", "甲等");
            reviewer.checkPage();
            reviewer.screenshot("annual-review-360");
            // The ranking of the plan's year, read from its title (e.g. 111年度).
            java.util.regex.Matcher year = java.util.regex.Pattern.compile("(\\d{3})年度").matcher(reviewer.text());
            reviewer.go(gateway + "/reviews/annual/ranking" + (year.find() ? "?year=" + year.group(1) : ""));
            assertThat(reviewer.text()).contains("高雄市政府民政局");
            reviewer.checkPage();

            // The public page shows the published plan and the green light, to anyone; the open data too.
            eventually(citizen, gateway + "/public/plans/" + planId, () -> citizen.text().contains("（修正版）") ? "ok" : null);
            assertThat(citizen.text()).contains("綠燈", "戶籍行政科科長負責");
            citizen.checkPage();
            citizen.screenshot("public-360");
            citizen.go(gateway + "/public/plans");
            assertThat(citizen.text()).contains("（修正版）");
            citizen.checkPage();
            String csv = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(gateway + "/public/plans/" + planId + ".csv")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8)).body();
            assertThat(csv).startsWith("\uFEFF").contains("戶籍行政科科長負責", "GREEN");

            // Both inboxes hold their notices.
            eventually(clerk, gateway + "/inbox", () -> clerk.all(By.cssSelector("main li, main article, main tr")).size() >= 2 ? "ok" : null);
            clerk.checkPage();
            eventually(reviewer, gateway + "/inbox", () -> reviewer.all(By.cssSelector("main li, main article, main tr")).size() >= 2 ? "ok" : null);
            reviewer.checkPage();
            reviewer.screenshot("inbox-360");

            System.out.println("[e2e] browser flow: pages checked clerk=" + clerk.pagesChecked() + " reviewer="
                    + reviewer.pagesChecked() + " citizen=" + citizen.pagesChecked());
        }
    }

    @Test
    void aCitizenAnswersASurveyOnAPhoneByKeyboardIsToldSoOnASecondVisitAndFindsItClosedLater() {
        Api staff = new Api(system.serviceUrl(ServiceSpec.SURVEY), system.tokenFor("clerk"));
        String id = staff.post("/api/surveys", """
                {"title": {"zh": "臨櫃服務滿意度調查", "en": "Counter service satisfaction"},
                 "questions": [
                   {"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？", "en": "Overall, were you satisfied?"}, "kind": "LIKERT_5"},
                   {"id": "q2", "text": {"zh": "您如何辦理？", "en": "How did you apply?"}, "kind": "CHOICE", "required": false,
                    "options": [{"id": "counter", "text": {"zh": "臨櫃", "en": "At the counter"}}, {"id": "online", "text": {"zh": "線上", "en": "Online"}}]},
                   {"id": "q3", "text": {"zh": "其他建議", "en": "Anything else?"}, "kind": "TEXT", "required": false}
                 ]}""").expect(201).body().get("id").asString();
        staff.post("/api/surveys/" + id + "/open", null).expect(200);
        String page = gateway + "/public/surveys/" + id;
        try (Browser citizen = Browser.open("survey", 360, 740)) {
            citizen.go(page);
            citizen.checkPage();
            // Sent with nothing chosen: the error summary links to the question, and says so beside it.
            citizen.click(By.cssSelector("main form button[type='submit']"));
            citizen.find(By.cssSelector(".govuk-error-summary a[href='#answer-q1']"));
            citizen.checkPage();
            // By keyboard alone: the first answer chosen with the space bar, a suggestion, then send.
            citizen.tabTo(By.id("answer-q1"), 80).sendKeys(Keys.SPACE);
            assertThat(citizen.find(By.id("answer-q1")).isSelected()).isTrue();
            citizen.tabToAndType(By.id("answer-q3"), "櫃檯人員很親切。", 40);
            citizen.tabToAndEnter(By.cssSelector("main form button[type='submit']"), 10);
            citizen.waitForText("感謝您的填答");
            citizen.checkPage();
            citizen.screenshot("survey-thanks-360");

            // Back to the link in English: this browser has answered, so it is told so instead of a second form.
            citizen.go(page + "?lang=en");
            citizen.waitForText("You have already answered this survey");
            assertThat(citizen.all(By.cssSelector("main form"))).isEmpty();
            citizen.checkPage();

            // Another citizen's phone, in English, by keyboard alone too.
            try (Browser another = Browser.open("survey-en", 360, 740)) {
                another.go(page + "?lang=en");
                assertThat(another.text()).contains("Overall, were you satisfied?", "At the counter");
                another.checkPage();
                another.tabTo(By.id("answer-q1"), 80).sendKeys(Keys.SPACE);
                assertThat(another.find(By.id("answer-q1")).isSelected()).isTrue();
                another.tabToAndEnter(By.cssSelector("main form button[type='submit']"), 40);
                another.waitForText("Thank you for your answers");
                another.checkPage();
            }

            // Closed: a polite page, in the citizen's language, and no form.
            staff.post("/api/surveys/" + id + "/close", null).expect(200);
            citizen.go(page + "?lang=zh-TW");
            citizen.waitForText("此問卷已結束");
            assertThat(citizen.all(By.cssSelector("main form"))).isEmpty();
            citizen.checkPage();
            citizen.screenshot("survey-closed-360");
        }
        assertThat(staff.get("/api/surveys/" + id).expect(200).body().get("responses").asLong()).isEqualTo(2);
    }

    @Test
    void aKioskOnACounterTabletTakesOneCitizenByTouchAndTheNextByKeyboardAndResetsWhenLeft() {
        Api staff = new Api(system.serviceUrl(ServiceSpec.SURVEY), system.tokenFor("clerk"));
        String id = staff.post("/api/surveys", """
                {"title": {"zh": "臨櫃服務滿意度調查", "en": "Counter service satisfaction"},
                 "segments": [{"id": "counter-2", "name": {"zh": "2 號櫃台", "en": "Counter 2"}, "kind": "COUNTER"}],
                 "questions": [
                   {"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？", "en": "Overall, were you satisfied?"}, "kind": "LIKERT_5"},
                   {"id": "q2", "text": {"zh": "您如何辦理？", "en": "How did you apply?"}, "kind": "CHOICE", "required": false,
                    "options": [{"id": "counter", "text": {"zh": "臨櫃", "en": "At the counter"}}, {"id": "online", "text": {"zh": "線上", "en": "Online"}}]},
                   {"id": "q3", "text": {"zh": "其他建議", "en": "Anything else?"}, "kind": "TEXT", "required": false}
                 ]}""").expect(201).body().get("id").asString();
        staff.post("/api/surveys/" + id + "/open", null).expect(200);
        String key = staff.post("/api/surveys/" + id + "/kiosks", "{\"segment\": \"counter-2\"}").expect(201).body()
                .get("key").asString();
        String kiosk = gateway + "/public/kiosks/" + key;
        By next = By.cssSelector("main form button[name='go'][value='next']");
        By send = By.cssSelector("main form button[name='go'][value='send']");
        try (Browser tablet = Browser.open("kiosk", 800, 1280)) {
            // The first citizen, by touch: a question left out is named, then one question per page.
            tablet.go(kiosk);
            tablet.waitForText("第 1 題，共 3 題");
            tablet.checkPage();
            tablet.click(next);
            tablet.find(By.cssSelector(".govuk-error-summary a[href='#answer-q1']"));
            tablet.checkPage();
            tablet.click(By.cssSelector("label[for='answer-q1']"));
            tablet.click(next);
            tablet.waitForText("第 2 題，共 3 題");
            tablet.checkPage();
            tablet.click(By.cssSelector("label[for='answer-q2']"));
            tablet.click(next);
            tablet.waitForText("第 3 題，共 3 題");
            tablet.checkPage();
            tablet.type(By.id("answer-q3"), "等候時間很短。");
            tablet.click(send);
            tablet.waitForText("感謝您的填答");
            tablet.checkPage();
            tablet.screenshot("kiosk-thanks-800");
            // Nobody touches 下一位: the first question comes back by itself for the next citizen.
            tablet.waitForText("第 1 題，共 3 題");
            assertThat(tablet.find(By.id("answer-q1")).isSelected()).isFalse();

            // The second citizen, by keyboard alone, switching to English half-way: the answer so far stays.
            tablet.tabTo(By.id("answer-q1"), 40).sendKeys(Keys.SPACE);
            tablet.tabToAndEnter(next, 10);
            tablet.waitForText("第 2 題，共 3 題");
            tablet.tabToAndEnter(By.cssSelector(".uplift-header__language"), 10);
            tablet.waitForText("Question 2 of 3");
            assertThat(tablet.find(By.cssSelector("input[type='hidden'][name='answer-q1']")).getDomAttribute("value"))
                    .isEqualTo("5");
            tablet.checkPage();
            tablet.tabTo(By.id("answer-q2"), 40).sendKeys(Keys.SPACE);
            tablet.tabToAndEnter(next, 10);
            tablet.waitForText("Question 3 of 3");
            tablet.tabToAndType(By.id("answer-q3"), "Quick and friendly.", 40);
            tablet.tabToAndEnter(send, 10);
            tablet.waitForText("Thank you for your answers");
            tablet.checkPage();
            tablet.tabToAndEnter(By.cssSelector("main a[data-kiosk-next]"), 40);
            tablet.waitForText("第 1 題，共 3 題"); // the kiosk's own language again for whoever comes next

            // Somebody leaves half-way: a warning with more time first (WCAG 2.2.1), then back to question 1.
            tablet.click(By.cssSelector("label[for='answer-q1']"));
            tablet.click(next);
            tablet.waitForText("第 2 題，共 3 題");
            WebDriverWait idle = new WebDriverWait(tablet.driver(), Duration.ofSeconds(
                    RunningSystem.KIOSK_IDLE_SECONDS + RunningSystem.KIOSK_WARNING_SECONDS + 20));
            idle.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-idle")));
            assertThat(tablet.driver().switchTo().activeElement().getDomAttribute("data-kiosk-keep-going"))
                    .as("the warning's button has the focus").isNotNull();
            tablet.screenshot("kiosk-idle-warning-800");
            tablet.driver().switchTo().activeElement().sendKeys(Keys.ENTER); // 繼續作答
            assertThat(tablet.find(By.id("kiosk-idle")).isDisplayed()).isFalse();
            assertThat(tablet.text()).contains("第 2 題，共 3 題");
            idle.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-idle")));
            tablet.waitForText("第 1 題，共 3 題");
            assertThat(tablet.find(By.id("answer-q1")).isSelected()).as("the answers were discarded").isFalse();
            assertThat(tablet.all(By.cssSelector("input[type='hidden'][name^='answer-']"))).isEmpty();
        }
        var results = staff.get("/api/surveys/" + id + "/results").expect(200).body();
        assertThat(results.get("n").asLong()).as("both citizens, nothing of the one who left").isEqualTo(2);
        assertThat(results.get("segments").get(0).get("n").asLong()).isEqualTo(2);
    }

    @Test
    void aClerkBuildsASurveyFromTheBankWithASegmentOpensItAndReadsItsPagesOnADeskAndAPhone() {
        Api citizens = new Api(system.serviceUrl(ServiceSpec.SURVEY), null);
        try (Browser clerk = Browser.open("survey-desk", 1200, 800)) {
            logIn(clerk, "clerk");
            clerk.waitForPath("/plans");
            clerk.go(gateway + "/surveys");
            clerk.checkPage();
            clerk.click(By.cssSelector("main a[href='/surveys/new']"));
            clerk.waitForPath("/surveys/new");
            clerk.checkPage();
            // Sent without a title: the error summary links to the field.
            clerk.click(By.cssSelector("main form button[name='intent'][value='save']"));
            clerk.find(By.cssSelector(".govuk-error-summary a[href='#titleZh']"));
            clerk.checkPage();

            // The bank's items ticked instead of typed, one counter as a segment, one question of the agency's own.
            clerk.type(By.id("titleZh"), "戶政櫃台滿意度調查");
            clerk.type(By.id("titleEn"), "Household registration counter survey");
            for (String item : new String[] {"bank", "bank-waiting", "bank-recommend", "bank-age-group", "bank-comments"}) {
                clerk.click(By.cssSelector("label[for='" + item + "']"));
            }
            clerk.type(By.id("targetPopulation"), "1200");
            clerk.type(By.id("segments-0-zh"), "1 號櫃台");
            clerk.type(By.id("segments-0-en"), "Counter 1");
            clerk.type(By.id("segments-0-id"), "c1");
            clerk.type(By.id("segments-0-population"), "400");
            clerk.type(By.id("questions-0-zh"), "您對叫號系統滿意嗎？");
            clerk.click(By.cssSelector("main form button[name='intent'][value='save']"));
            clerk.waitForText("調查已建立");
            String survey = clerk.path().replaceAll("[?#].*$", "");
            assertThat(survey).matches("/surveys/[^/]+");
            assertThat(clerk.text()).as("a draft: no code or poster yet").contains("1 號櫃台", "開放填答後才能下載 QR Code 與海報");
            clerk.checkPage();

            // Opened: each link with its QR code and poster; a kiosk link for the counter's tablet.
            clerk.click(By.cssSelector("main form[action='" + survey + "/open'] button[type='submit']"));
            clerk.waitForText("調查已開放填答");
            String id = survey.substring("/surveys/".length());
            assertThat(clerk.find(By.cssSelector("main a[href='/public/surveys/" + id + "/qr.svg?segment=c1']"))).isNotNull();
            new org.openqa.selenium.support.ui.Select(clerk.find(By.id("kiosk-segment"))).selectByValue("c1");
            clerk.click(By.cssSelector("main form[action='" + survey + "/kiosks'] button[type='submit']"));
            clerk.waitForText("已建立平板連結");
            assertThat(clerk.text()).contains("/public/kiosks/");
            clerk.checkPage();
            clerk.screenshot("survey-page-1200");

            // Answers through the counter's link and the plain one, then the results: segments compared, NPS.
            int[] scores = {5, 4, 4, 2};
            for (int i = 0; i < scores.length; i++) {
                citizens.post("/public/surveys/" + id + "/responses", """
                        {"segment": %s, "answers": [{"questionId": "overall", "score": %d},
                          {"questionId": "waiting", "score": 4}, {"questionId": "q1", "score": 5},
                          {"questionId": "recommend", "score": %d}, {"questionId": "age-group", "choice": "30-49"}]}"""
                        .formatted(i < 3 ? "\"c1\"" : "null", scores[i], 2 * scores[i])).expect(202);
            }
            clerk.click(By.cssSelector("main a[href='" + survey + "/results']"));
            clerk.waitForText("分眾比較");
            assertThat(clerk.text()).contains("樣本數不足（少於 10）", "推薦者（9–10 分）");
            clerk.checkPage();
            clerk.screenshot("survey-results-1200");
            clerk.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
            clerk.screenshot("survey-results-360");

            // The counter's poster, the printed report and the courtesy tests, each checked like every page.
            clerk.go(gateway + "/public/surveys/" + id + "/poster?segment=c1");
            clerk.waitForText("請掃描 QR 碼填寫問卷");
            clerk.checkPage();
            clerk.screenshot("survey-poster-360");
            clerk.go(gateway + survey + "/report");
            clerk.waitForText("分眾比較");
            clerk.checkPage();
            clerk.go(gateway + "/surveys/courtesy-tests/new?kind=PHONE");
            clerk.waitForText("業務單位");
            clerk.checkPage();
            clerk.screenshot("courtesy-phone-form-360");
            clerk.go(gateway + "/surveys/courtesy-tests");
            clerk.checkPage();
        }
    }

    @Test
    void aFormWithMistakesSaysWhatToFixAndTheOtherDesksAndEnglishPassTheSameChecks() {
        try (Browser clerk = Browser.open("clerk-form", 360, 740); Browser admin = Browser.open("admin", 1280, 800)) {
            // A new plan sent without a title: the error summary, linking to the field, and nothing saved.
            logIn(clerk, "clerk");
            clerk.waitForPath("/plans");
            clerk.go(gateway + "/plans/new");
            clerk.checkPage();
            clerk.type(By.id("title"), " ");
            clerk.click(By.cssSelector("main form button[name='intent'][value='save']:not([hidden])"));
            clerk.find(By.cssSelector(".govuk-error-summary a[href='#title']"));
            clerk.checkPage();
            clerk.screenshot("form-errors-360");

            // The same desk in English.
            clerk.go(gateway + "/plans?lang=en");
            assertThat(clerk.text()).contains("My plans");
            clerk.checkPage();

            // The operator's status page.
            logIn(admin, "admin");
            admin.waitForPath("/ops");
            assertThat(admin.text()).contains("plan-service", "review-service", "survey-service", "notification-service");
            admin.checkPage();
            admin.screenshot("ops-1280");

            // The administrator's organisations: the tree and an agency's form.
            for (String page : java.util.List.of("/plans/organisations", "/plans/organisations/agencies/kcg-civil-affairs",
                    "/plans/organisations/bodies/kcg-rdec", "/plans/organisations/agencies/new")) {
                admin.go(gateway + page);
                admin.checkPage();
            }
            admin.screenshot("organisations-1280");
        }
    }

    /** The issuer's login form, reached from the gateway's sign-in. */
    private static void logIn(Browser browser, String user) {
        browser.go(gateway + "/oauth2/authorization/uplift");
        browser.type(By.id("username"), user);
        browser.type(By.id("password"), "demo");
        browser.click(By.cssSelector("button[type='submit']"));
    }

    /**
     * The link to what {@code expected} names, once the desk page at {@code desk} lists it. Other test classes share
     * this system and leave tasks of their own on the same desks, so the first row is not necessarily this plan's:
     * the API says which one is, and the page must show it.
     */
    private static String onDesk(Browser browser, String desk, Supplier<String> expected) {
        return eventually(browser, gateway + desk, () -> {
            String href = expected.get();
            return href != null && !browser.all(By.cssSelector("main a[href='" + href + "']")).isEmpty() ? href : null;
        });
    }

    /** The reviewer's body's open task on {@code subjectId} (a plan or a corrective action), as a page link. */
    private static Supplier<String> openTaskOn(String subjectId) {
        return () -> items(reviewApi("reviewer").get("/api/review-tasks?scope=BODY&state=OPEN").expect(200).body())
                .filter(t -> subjectId.equals(t.get("subjectId").asString()))
                .map(t -> "/reviews/" + t.get("id").asString()).findFirst().orElse(null);
    }

    private static Api reviewApi(String user) {
        return new Api(system.serviceUrl(ServiceSpec.REVIEW), system.tokenFor(user));
    }

    private static Stream<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    /** Reloads {@code url} until {@code check} gives a value: what another service does reaches this page a bit later. */
    private static String eventually(Browser browser, String url, Supplier<String> check) {
        return await().atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1)).alias("on " + url).until(() -> {
            browser.go(url);
            return check.get();
        }, Objects::nonNull);
    }

    /** The agency head opens the plan waiting for them, checks it and submits it (核定送審). */
    private void headConfirms(Browser head, String plan) {
        head.go(gateway + plan + "/send-back"); // what sending it back would ask: a reason
        head.checkPage();
        head.go(gateway + plan);
        head.checkPage();
        head.click(By.cssSelector("a[href='" + plan + "/submit']"));
        head.checkPage();
        head.click(By.cssSelector("main form[action='" + plan + "/submit'] button[type='submit']"));
        head.waitForText("送審中"); // the plan page again (its path is a prefix of the one left, so wait for what it says)
        assertThat(head.path()).isEqualTo(plan + "?done=submitted");
    }
}
