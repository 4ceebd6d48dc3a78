package tw.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.ServiceSpec;

/**
 * The tracker's pages (列管事項, 展期, 通知設定) in a real browser, through the gateway, as people use them: the clerk's
 * approved measure runs overdue; the clerk goes from the inbox to the item by keyboard and asks for more time (展期),
 * first without a reason (the error summary takes the focus and leads to the field), then properly; the reviewer of
 * the supervising body finds the request among those awaiting a decision, tries to refuse it without a reason, then
 * approves it; the clerk sees the new due date, the decision and the notices sent about the item; finally the clerk
 * sets quiet hours, first with an impossible time. Every page passes axe-core (WCAG 2.1 A/AA) and does not scroll
 * sideways at 360 and 1280 px, in 繁體中文 and in English.
 */
class NotificationPagesBrowserIT {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    /** Events travel plan-service → review-service → notification-service, and the tracker ticks, between pages. */
    private static final Duration EVENTUAL = Duration.ofSeconds(60);

    private static LocalSystem system;
    private static String gateway;

    @BeforeAll
    static void start() {
        system = RunningSystem.forBrowserTests();
        gateway = system.gatewayUrl();
    }

    @Test
    void anOverdueMeasureIsExtendedThroughThePagesAndTheClerkChoosesQuietHours() {
        // Business time may have been moved on by another class in this JVM: dates count from the latest clock.
        LocalDate today = businessToday();
        LocalDate due = today.plusDays(10);
        LocalDate asked = due.plusDays(14);
        // The clerk is her agency's contact in the recipient directory (the demo directory RunningSystem loads, as the
        // local run does): the e-mails about the item go to her, and the item page lists them.
        String planId = approvedPlanWithOneMeasureDue(due);
        Api clerkInbox = api(ServiceSpec.NOTIFICATION, "clerk");
        JsonNode tracked = eventually("the measure tracked", () -> items(clerkInbox.get("/api/deadlines?planId=" + planId)
                .expect(200).body()).filter(d -> "MEASURE".equals(d.get("kind").asString())).findFirst().orElse(null));
        String id = tracked.get("id").asString();
        String item = "/deadlines/" + id;
        assertThat(tracked.get("dueDate").asString()).isEqualTo(due.toString());

        // The day after the due date the measure is overdue, and the agency has been told.
        moveEveryClockTo(due.plusDays(1));
        eventually("the item overdue", () -> items(clerkInbox.get("/api/deadlines?planId=" + planId).body())
                .anyMatch(d -> id.equals(d.get("id").asString()) && d.get("overdue").asBoolean()) ? true : null);

        try (Browser clerk = Browser.open("notices-clerk", 1280, 800);
                Browser reviewer = Browser.open("notices-reviewer", 360, 740)) {
            // 1. The clerk: 通知 → 列管事項與展期 → the item, by keyboard.
            logIn(clerk, "clerk");
            clerk.waitForPath("/plans");
            clerk.go(gateway + "/inbox");
            clerk.checkPage();
            clerk.tabToAndEnter(By.id("deadlines-link"), 80);
            clerk.waitForPath("/deadlines");
            assertThat(clerk.find(By.id("deadline-" + id)).getText()).contains("逾期", "訂定標準作業流程");
            clerk.checkPage();
            clerk.tabToAndEnter(By.cssSelector("#deadline-" + id + " a[href='" + item + "']"), 200);
            clerk.waitForPath(item);
            assertThat(clerk.find(By.id("summary")).getText()).contains("逾期", rocDate(due));
            clerk.checkPage();

            // ... asks for more time without saying why: the summary has the focus and leads to the field.
            typeDate(clerk, By.id("dueDate"), asked);
            clerk.click(By.cssSelector("form#request button[type='submit']"));
            WebElement toReason = clerk.find(By.cssSelector(".govuk-error-summary a[href='#reason']"));
            assertThat(focusedIsInErrorSummary(clerk)).as("the error summary takes the focus").isTrue();
            assertThat(clerk.find(By.cssSelector(".govuk-error-summary")).getText()).as("in the page's language only")
                    .contains("請說明展期理由").doesNotContain("Give a reason");
            assertThat(clerk.find(By.id("dueDate")).getDomProperty("value")).as("the date typed is kept")
                    .isEqualTo(asked.toString());
            clerk.checkPage();
            wholePage(clerk, "extension-request-error-360", 360);
            clerk.tabTo(By.cssSelector(".govuk-error-summary a[href='#reason']"), 5);
            toReason.sendKeys(Keys.ENTER);
            assertThat(clerk.driver().switchTo().activeElement().getDomAttribute("id")).as("the link leads to the field")
                    .isEqualTo("reason");
            clerk.driver().switchTo().activeElement().sendKeys("廠商延遲交貨，需另行採購。");
            clerk.tabToAndEnter(By.cssSelector("form#request button[type='submit']"), 5);
            clerk.waitForText("待核定");
            assertThat(clerk.find(By.id("extension-1")).getText()).contains(rocDate(asked), "廠商延遲交貨");
            assertThat(clerk.all(By.id("request"))).as("one request at a time").isEmpty();
            clerk.checkPage();

            // 2. The reviewer, on a phone: the requests awaiting a decision, the request, a refusal without a reason.
            logIn(reviewer, "reviewer");
            reviewer.waitForPath("/reviews");
            reviewer.go(gateway + "/deadlines");
            reviewer.checkPage();
            reviewer.click(By.cssSelector("main a[href='/deadlines/extensions']"));
            reviewer.waitForPath("/deadlines/extensions");
            assertThat(reviewer.text()).contains("廠商延遲交貨");
            reviewer.checkPage();
            reviewer.screenshot("extensions-awaiting-360");
            reviewer.click(By.cssSelector("#awaiting a[href='" + item + "#decide']"));
            reviewer.waitForPath(item);
            reviewer.checkPage();
            reviewer.click(By.cssSelector("label[for='decision-refuse']"));
            reviewer.click(By.cssSelector("form#decide button[type='submit']"));
            reviewer.find(By.cssSelector(".govuk-error-summary a[href='#reason']"));
            assertThat(focusedIsInErrorSummary(reviewer)).as("the error summary takes the focus").isTrue();
            assertThat(reviewer.find(By.id("decision-refuse")).isSelected()).as("the choice is kept").isTrue();
            assertThat(reviewer.find(By.cssSelector(".govuk-error-summary")).getText()).contains("不准展期須說明理由")
                    .doesNotContain("Give a reason");
            assertThat(reviewer.find(By.id("extension-1")).getText()).contains("待核定");
            reviewer.checkPage();
            wholePage(reviewer, "extension-decide-error-360", 360);
            // ... and approves it instead, at the date asked.
            reviewer.click(By.cssSelector("label[for='decision']"));
            reviewer.click(By.cssSelector("form#decide button[type='submit']"));
            reviewer.waitForText("准予展期至");
            assertThat(reviewer.all(By.id("decide"))).as("nothing left to decide").isEmpty();
            reviewer.checkPage();
            reviewer.go(gateway + "/deadlines/extensions");
            assertThat(reviewer.all(By.cssSelector("#awaiting a[href='" + item + "#decide']"))).isEmpty();
            reviewer.checkPage();

            // 3. The clerk sees the new due date, the decision and the notices sent about the item.
            clerk.go(gateway + item);
            assertThat(clerk.find(By.id("due-date")).getText()).contains(rocDate(asked), "原期限", rocDate(due));
            assertThat(clerk.find(By.id("extension-1")).getText()).contains("准予展期", rocDate(asked), "reviewer");
            try {
                eventually(clerk, gateway + item, () -> clerk.all(By.cssSelector("#notices table tbody tr")).size() >= 2
                        ? true : null);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("notices of the item: " + clerk.find(By.id("notices")).getText()
                        + "\nAPI: " + clerkInbox.get("/api/deliveries?deadlineId=" + id).raw()
                        + "\ninbox: " + clerkInbox.get("/api/inbox").raw(), e);
            }
            assertThat(clerk.find(By.id("notices")).getText()).contains("逾期通知", "展期核定").doesNotContain("??");
            clerk.checkPage();
            wholePage(clerk, "item-1280", 1280);
            wholePage(clerk, "item-360", 360);
            clerk.go(gateway + "/inbox/notices?deadlineId=" + id);
            assertThat(clerk.text()).contains("展期核定").doesNotContain("??");
            clerk.checkPage();
            clerk.go(gateway + "/deadlines?state=ALL");
            clerk.checkPage();

            // The same pages in English, and the reviewer's in English too; then back to 繁體中文.
            for (String page : List.of(item + "?lang=en", "/deadlines", "/inbox/notices?deadlineId=" + id, "/inbox")) {
                clerk.go(gateway + page);
                assertThat(clerk.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
                assertThat(clerk.text()).doesNotContain("??");
                clerk.checkPage();
            }
            assertThat(clerk.text()).contains("Tracked items and extensions");
            clerk.go(gateway + item);
            assertThat(clerk.text()).contains("Notices sent", "Extension decided", "Reminder 1 day before",
                    "Reminder 7 days before", "2 requests left");
            wholePage(clerk, "item-en-360", 360);
            reviewer.go(gateway + "/deadlines/extensions?lang=en");
            reviewer.checkPage();
            reviewer.go(gateway + item + "?lang=zh-TW");

            // 4. The clerk's notification settings: an impossible time first, then quiet hours from 22:00 to 07:00.
            clerk.go(gateway + "/inbox?lang=zh-TW");
            clerk.tabToAndEnter(By.cssSelector("main a[href='/inbox/preferences']"), 80);
            clerk.waitForPath("/inbox/preferences");
            clerk.checkPage();
            clerk.type(By.id("quietFrom"), "25:00");
            clerk.type(By.id("quietUntil"), "07:00");
            clerk.click(By.cssSelector("main form button[type='submit']"));
            WebElement toFrom = clerk.find(By.cssSelector(".govuk-error-summary a[href='#quietFrom']"));
            assertThat(focusedIsInErrorSummary(clerk)).as("the error summary takes the focus").isTrue();
            assertThat(clerk.title()).startsWith("錯誤");
            assertThat(clerk.find(By.id("quietFrom")).getDomProperty("value")).isEqualTo("25:00");
            clerk.checkPage();
            wholePage(clerk, "preferences-error-360", 360);
            toFrom.click();
            assertThat(clerk.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("quietFrom");
            clerk.type(By.id("quietFrom"), "22:00");
            clerk.click(By.cssSelector("main form button[type='submit']"));
            clerk.waitForText("已儲存通知設定");
            assertThat(clerk.find(By.id("quietFrom")).getDomProperty("value")).isEqualTo("22:00");
            assertThat(clerk.find(By.id("quietUntil")).getDomProperty("value")).isEqualTo("07:00");
            clerk.checkPage();
            wholePage(clerk, "preferences-1280", 1280);
            clerk.go(gateway + "/inbox/preferences?lang=en");
            assertThat(clerk.text()).contains("Notification settings");
            clerk.checkPage();
            clerk.go(gateway + "/inbox/preferences?lang=zh-TW");
        }
        // What the page saved is what the API reads.
        JsonNode saved = api(ServiceSpec.NOTIFICATION, "clerk").get("/api/preferences/me").expect(200).body();
        assertThat(saved.toString()).contains("22:00", "07:00");
    }

    /**
     * Reaches an {@code <input type="date">} with the Tab key and types the date as a person does, segment by segment
     * in the order the browser's locale shows them (年/月/日 in zh-TW, month/day/year in en-US); two-digit segments
     * move on by themselves, the year needs the arrow key. Checks what the field then holds.
     */
    private static void typeDate(Browser browser, By field, LocalDate date) {
        Object order = ((JavascriptExecutor) browser.driver()).executeScript("""
                return new Intl.DateTimeFormat(navigator.language, {year: 'numeric', month: '2-digit', day: '2-digit'})
                    .formatToParts(new Date(2026, 3, 15)).filter(p => p.type !== 'literal').map(p => p.type);""");
        List<CharSequence> keys = new ArrayList<>();
        List<?> parts = (List<?>) order;
        for (int i = 0; i < parts.size(); i++) {
            switch (String.valueOf(parts.get(i))) {
                case "year" -> {
                    keys.add(String.valueOf(date.getYear()));
                    if (i < parts.size() - 1) {
                        keys.add(Keys.ARROW_RIGHT);
                    }
                }
                case "month" -> keys.add("%02d".formatted(date.getMonthValue()));
                default -> keys.add("%02d".formatted(date.getDayOfMonth()));
            }
        }
        WebElement input = browser.tabTo(field, 200);
        input.sendKeys(keys.toArray(CharSequence[]::new));
        assertThat(input.getDomProperty("value")).as("the date typed into " + field + " in order " + order)
                .isEqualTo(date.toString());
    }

    /** A screenshot of the whole page at that width (the window made as tall as the page), to look at. */
    private static void wholePage(Browser browser, String label, int width) {
        Dimension own = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(width, 800));
        long height = ((Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight;")).longValue();
        browser.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 8000)));
        browser.screenshot(label);
        browser.driver().manage().window().setSize(own);
    }

    /** Whether the element with the focus is the error summary or inside it (GOV.UK Frontend focuses it on load). */
    private static boolean focusedIsInErrorSummary(Browser browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.activeElement != null && document.activeElement.closest('.govuk-error-summary') != null;"));
    }

    /** The date as the pages show it in 繁體中文 (民國年). */
    private static String rocDate(LocalDate date) {
        return RocYear.of(date).value() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The clerk's plan with one measure due that day, confirmed by the head and approved by the reviewer. */
    private static String approvedPlanWithOneMeasureDue(LocalDate due) {
        Api clerk = api(ServiceSpec.PLAN, "clerk");
        int rocYear = RocYear.of(due).value();
        String deadline = due.getMonthValue() + "月" + due.getDayOfMonth() + "日前";
        String planId = clerk.post("/api/plans", """
                {"rocYear": %d, "title": "高雄市政府民政局%d年度提升服務執行計畫（列管測試）",
                 "dimensions": [{"code": "一", "title": "完備基礎服務項目",
                   "focusAreas": [{"code": "(一)", "title": "建立標準作業流程",
                     "measures": [{"code": "1", "title": "訂定標準作業流程(SOP)", "units": ["戶籍行政科"], "deadline": "%s"}]}]}]}
                """.formatted(rocYear, rocYear, deadline)).expect(201).body().get("id").asString();
        clerk.post("/api/plans/" + planId + "/submit", null).expect(200);
        api(ServiceSpec.PLAN, "head").post("/api/plans/" + planId + "/submit", null).expect(200);
        Api reviewer = api(ServiceSpec.REVIEW, "reviewer");
        String taskId = eventually("a review task for " + planId, () -> items(reviewer.get("/api/review-tasks")
                .expect(200).body()).filter(t -> planId.equals(t.get("subjectId").asString())).findFirst().orElse(null))
                .get("id").asString();
        reviewer.post("/api/review-tasks/" + taskId + "/decision", "{\"decision\": \"APPROVED\", \"comments\": []}")
                .expect(200);
        return planId;
    }

    /** The latest business day of any service (clocks only move forward), in Taipei. */
    private static LocalDate businessToday() {
        String admin = system.tokenFor("admin");
        Instant latest = Instant.now();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Instant now = Instant.parse(new Api(system.serviceUrl(spec), admin).get("/admin/clock").expect(200).body()
                    .get("now").asString());
            latest = now.isAfter(latest) ? now : latest;
        }
        return LocalDate.ofInstant(latest, TAIPEI);
    }

    /** Every service's clock to 10:00 Taipei time on that day, as the README's demo does. */
    private static void moveEveryClockTo(LocalDate day) {
        String to = day.atTime(LocalTime.of(10, 0)).atZone(TAIPEI).toOffsetDateTime().toString();
        String admin = system.tokenFor("admin");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            new Api(system.serviceUrl(spec), admin).post("/admin/clock", "{\"to\": \"" + to + "\"}").expect(200);
        }
    }

    private static void logIn(Browser browser, String user) {
        browser.go(gateway + "/oauth2/authorization/uplift");
        browser.type(By.id("username"), user);
        browser.type(By.id("password"), "demo");
        browser.click(By.cssSelector("button[type='submit']"));
    }

    private static Api api(ServiceSpec service, String user) {
        return new Api(system.serviceUrl(service), system.tokenFor(user));
    }

    private static Stream<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static <T> T eventually(String what, Callable<T> step) {
        return await(what).atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(step, Objects::nonNull);
    }

    /** Reloads {@code url} until {@code check} gives a value: what another service does reaches this page later. */
    private static <T> T eventually(Browser browser, String url, Callable<T> check) {
        return await("on " + url).atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.go(url);
            return check.call();
        }, Objects::nonNull);
    }
}
