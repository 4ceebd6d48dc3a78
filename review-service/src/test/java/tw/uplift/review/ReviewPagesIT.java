package tw.uplift.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.test.PageBrowser;

/**
 * The reviewer's pages against the real broker and store: plans submitted over the broker become tasks on the
 * desk; the task page shows the submitted plan with a comment box per measure; the decision form approves,
 * returns with comments (PlanReviewDecided carries them) or comes back with its errors and saves nothing. Only
 * the assignee decides: another reviewer finds no such task, an admin reads.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "spring.config.name=review-service")
@WithUpliftInfrastructure
class ReviewPagesIT {

    /** Plans of 民政局 go to "reviewer": "reviewer2" works at 民政局 (a conflict of interest). */
    private static final String REVIEWER = TestTokens.reviewer("reviewer", "kcg-rdec", null);
    private static final String REVIEWER2 = TestTokens.reviewer("reviewer2", "kcg-rdec", "kcg-civil-affairs");
    private static final String ADMIN = TestTokens.admin();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration EVENT_WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    TopicNames topics;

    @Autowired
    tw.uplift.review.reviewers.Reviewers reviewers;

    @Autowired
    java.time.Clock clock;

    PageBrowser reviewer;
    String title;

    @BeforeEach
    void browsers() {
        reviewer = new PageBrowser(port, REVIEWER);
        title = "高雄市政府民政局115年提升服務執行計畫 " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theDeskListsTheReviewersTasksOverdueFirstWithROCDueDates() {
        String later = submitted(title + " 新", Instant.now());
        String overdue = submitted(title + " 舊", Instant.parse("2026-03-06T02:00:00Z")); // due 13 March 2026

        PageBrowser.Page desk = reviewer.get("/reviews");

        assertThat(desk.status()).isEqualTo(200);
        String html = desk.html();
        assertThat(html).contains("<h1 class=\"govuk-heading-l\">我的審查案件</h1>", "受審機關", "審查期限",
                "高雄市政府民政局", "計畫審查", "待處理", "115年3月13日", "datetime=\"2026-03-13\"", ">逾期<",
                "href=\"/reviews/" + overdue + "\"", "href=\"/reviews/" + later + "\"", "data-label=\"審查期限\"");
        assertThat(html.indexOf("/reviews/" + overdue)).as("overdue first").isLessThan(html.indexOf("/reviews/" + later));
        assertThat(html).containsOnlyOnce("<h1").contains("<main id=\"main-content\"", "aria-current=\"page\"");

        String english = reviewer.get("/reviews?lang=en").html();
        assertThat(english).contains("lang=\"en\"", ">My review tasks</h1>", "Plan review", "13 Mar 2026 (ROC 115)",
                ">Overdue<", "To do");

        assertThat(new PageBrowser(port, REVIEWER2).get("/reviews").html()).doesNotContain(overdue, later);
    }

    @Test
    void theTaskPageShowsTheSubmittedPlanWithACommentBoxPerMeasureAndTheDecision() {
        String task = submitted(title, Instant.now());

        PageBrowser.Page page = reviewer.get("/reviews/" + task);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<title>" + title + " – 審查案件 – Uplift 提升服務</title>",
                "<span class=\"govuk-caption-l\">計畫審查 · 高雄市政府民政局</span>", "第 1 版",
                "送審計畫內容（第 1 版）", ">執行要項<", ">執行重點<", ">推行作法<", ">執行單位<", ">完成期限<",
                "uplift-table--stack", "data-label=\"推行作法\"", "完備基礎服務項目", "建立業務標準作業流程",
                "1. 訂定標準作業流程(SOP)", "訂定申辦案件SOP", "戶籍行政科", "3月31日前", "115年3月31日",
                "2. 服務資訊公開透明", "每季回報", "預期效益", "民眾查詢更便利");
        assertThat(page.html()).as("a labelled box per measure and one for the whole plan").contains(
                "<label class=\"govuk-label govuk-label--s\" for=\"comment-1\">",
                "id=\"comment-1\" name=\"comments[m-sop]\"", "id=\"comment-2\" name=\"comments[m-publicity]\"",
                "：1. 訂定標準作業流程(SOP)</span></label>", "for=\"comment-plan\"",
                "id=\"comment-plan\" name=\"comments[plan]\"");
        assertThat(page.html()).as("the decision: radios in a fieldset with a legend, posted with the CSRF field")
                .contains("<fieldset class=\"govuk-fieldset\"", "<legend class=\"govuk-fieldset__legend",
                        "審查決定", "id=\"decision\" name=\"decision\" type=\"radio\" value=\"APPROVED\"",
                        "id=\"decision-returned\" name=\"decision\" type=\"radio\" value=\"RETURNED\"",
                        "action=\"/reviews/" + task + "/decision\"",
                        "name=\"_csrf\" value=\"" + PageBrowser.CSRF + "\"");
        assertThat(page.html()).containsOnlyOnce("<h1");

        String english = reviewer.get("/reviews/" + task + "?lang=en").html();
        assertThat(english).contains("lang=\"en\"", "The plan as submitted (revision 1)", "Responsible units",
                "31 Mar 2026 (ROC 115)", "Approve the plan", "Return it for revision", "Send the decision",
                "reported quarterly");
    }

    @Test
    void approvingGoesBackToTheDeskWithABannerAndTheTaskReadsAsDecided() {
        String task = submitted(title, Instant.now());

        PageBrowser.Page sent = reviewer.post("/reviews/" + task + "/decision", Map.of("decision", "APPROVED",
                "comments[m-sop]", "", "comments[m-publicity]", " ", "comments[plan]", ""));

        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location()).endsWith("/reviews?decided=" + task);
        assertThat(reviewer.get("/reviews?decided=" + task).html()).contains("govuk-notification-banner--success",
                "role=\"alert\"", "計畫已審查通過：", title);
        PlanReviewDecided decided = decidedEvent(task);
        assertThat(decided.decision()).isEqualTo(ReviewDecision.APPROVED);
        assertThat(decided.comments()).as("blank boxes are no comments").isEmpty();

        PageBrowser.Page readOnly = reviewer.get("/reviews/" + task);
        assertThat(readOnly.html()).contains("審查通過", "決定時間", "1. 訂定標準作業流程(SOP)")
                .doesNotContain("<textarea", "type=\"radio\"", "/decision\"");
        PageBrowser.Page again = reviewer.post("/reviews/" + task + "/decision", Map.of("decision", "RETURNED",
                "comments[plan]", "改變心意"));
        assertThat(again.status()).as("decided once: shown as it is").isEqualTo(303);
        assertThat(again.location()).endsWith("/reviews/" + task);
        assertThat(status(task)).isEqualTo("COMPLETED");
    }

    @Test
    void returningWithAMeasureCommentSendsItWithThatMeasuresId() {
        String task = submitted(title, Instant.now());

        PageBrowser.Page sent = reviewer.post("/reviews/" + task + "/decision", Map.of("decision", "RETURNED",
                "comments[m-sop]", "  請具體說明SOP涵蓋的申辦案件 ", "comments[m-publicity]", "",
                "comments[plan]", "請補充預期效益", "comments[m-forged]", "不在計畫裡的項目"));

        assertThat(sent.status()).isEqualTo(303);
        PlanReviewDecided decided = decidedEvent(task);
        assertThat(decided.decision()).isEqualTo(ReviewDecision.RETURNED);
        assertThat(decided.comments()).containsExactly(new ItemComment("m-sop", "請具體說明SOP涵蓋的申辦案件"),
                new ItemComment("plan", "請補充預期效益"));
        assertThat(reviewer.get("/reviews?decided=" + task).html()).contains("計畫已退回修正：", "已退回修正".substring(1));
        assertThat(reviewer.get("/reviews/" + task).html()).contains("退回修正", "請具體說明SOP涵蓋的申辦案件",
                "整體審查意見", "請補充預期效益").doesNotContain("<textarea", "不在計畫裡的項目");
    }

    @Test
    void returningWithoutAnyCommentShowsTheFormAgainWithItsErrorAndSavesNothing() {
        String task = submitted(title, Instant.now());

        PageBrowser.Page refused = reviewer.post("/reviews/" + task + "/decision", Map.of("decision", "RETURNED",
                "comments[m-sop]", "  ", "comments[plan]", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("<title>錯誤： " + title, "govuk-error-summary", "有問題需要修正",
                "<a href=\"#comment-1\">退回修正時，請至少填寫一則審查意見。</a>", "id=\"comment-1-error\"",
                "govuk-textarea--error", "aria-describedby=\"comment-1-error\"",
                "value=\"RETURNED\" checked=\"checked\"", "name=\"_csrf\" value=\"" + PageBrowser.CSRF + "\"");
        assertThat(status(task)).isEqualTo("OPEN");

        PageBrowser.Page undecided = reviewer.post("/reviews/" + task + "/decision", Map.of("comments[m-sop]", "草稿意見"));
        assertThat(undecided.status()).isEqualTo(400);
        assertThat(undecided.html()).contains("<a href=\"#decision\">請選擇審查決定：審查通過或退回修正。</a>",
                "id=\"decision-error\"", ">草稿意見</textarea>");
        assertThat(status(task)).isEqualTo("OPEN");
    }

    @Test
    void onlyTheAssigneeDecidesAnotherReviewerFindsNothingAndAnAdminReads() {
        String task = submitted(title, Instant.now());
        PageBrowser colleague = new PageBrowser(port, TestTokens.reviewer("colleague", "kcg-rdec", null));
        assertThat(new PageBrowser(port, REVIEWER2).get("/reviews/" + task).status())
                .as("a reviewer who works at the agency (conflict of interest) does not find it").isEqualTo(404);
        assertThat(colleague.get("/reviews/" + task).html()).as("the body's reviewers read its tasks")
                .contains(title, "僅供檢視").doesNotContain("type=\"radio\"");
        assertThat(colleague.post("/reviews/" + task + "/decision", Map.of("decision", "APPROVED")).status())
                .isEqualTo(403);
        PageBrowser other = new PageBrowser(port, TestTokens.reviewer("tpe-reviewer", "tpe-rdec", null));

        PageBrowser.Page notFound = other.get("/reviews/" + task);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.html()).contains("找不到這個項目", "<main id=\"main-content\"").doesNotContain(title);
        assertThat(other.post("/reviews/" + task + "/decision", Map.of("decision", "APPROVED")).status())
                .isEqualTo(404);

        PageBrowser admin = new PageBrowser(port, ADMIN);
        PageBrowser.Page read = admin.get("/reviews/" + task);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.html()).contains(title, "僅供檢視", "1. 訂定標準作業流程(SOP)", "審查委員")
                .as("an admin may reassign or cancel, but never decides").contains("id=\"reassign-reason\"")
                .doesNotContain("name=\"comments[", "type=\"radio\"");
        assertThat(admin.get("/reviews").html()).contains(">所有審查案件</h1>", "/reviews/" + task);
        assertThat(admin.post("/reviews/" + task + "/decision", Map.of("decision", "APPROVED")).status())
                .isEqualTo(403);
        assertThat(status(task)).isEqualTo("OPEN");
    }

    @Test
    void aTaskNobodyMayTakeWaitsInTheGroupAndAnAdminGivesItAway() {
        // A body whose two reviewers both work in the agency's parent: nobody may review the district office.
        String run = UUID.randomUUID().toString().substring(0, 8);
        String body = "lone-body-" + run;
        reviewers.addIfMissing(new tw.uplift.review.reviewers.Reviewer(body + "-lead", "周組長", body, "parent-" + run,
                true, true, java.util.Set.of(), tw.uplift.review.reviewers.Availability.ALWAYS));
        reviewers.addIfMissing(tw.uplift.review.reviewers.Reviewer.of(body + "-ann", "林審查", body, "parent-" + run));
        // ... and the one who could is away, with no delegate: the rule skips them, the lead may still choose them.
        LocalDate today = tw.uplift.contracts.values.TaipeiTime.today(clock);
        reviewers.addIfMissing(new tw.uplift.review.reviewers.Reviewer(body + "-guest", "外聘委員", body, null, false,
                true, java.util.Set.of(), new tw.uplift.review.reviewers.Availability(today.minusDays(1),
                today.plusDays(10), null)));
        EventEnvelope<PlanSubmitted> event = KafkaProbe.envelope(new PlanSubmitted("plan-" + UUID.randomUUID(),
                "office-" + run, "某區公所", "parent-" + run, body, 115, title, 1, 0, "clerk", Instant.now(), null), 1);
        KafkaProbe.send(topics.of(Topic.PLAN), event);
        String taskId = DerivedId.of(event.id(), "plan-approval");
        await().atMost(WAIT).until(() -> new TestHttp(port).get("/api/review-tasks/" + taskId, ADMIN).status() == 200);

        // The lead works in the agency's parent too: a conflict of interest, so the task does not exist for them.
        PageBrowser lead = new PageBrowser(port, TestTokens.reviewer(body + "-lead", body, null));
        assertThat(lead.get("/reviews/" + taskId).status()).isEqualTo(404);
        assertThat(lead.get("/reviews?scope=GROUP").html()).doesNotContain("/reviews/" + taskId);
        PageBrowser admin = new PageBrowser(port, ADMIN);
        assertThat(admin.get("/reviews?scope=GROUP").html()).contains(title, "/reviews/" + taskId, "待認領");
        PageBrowser.Page task = admin.get("/reviews/" + taskId);
        assertThat(task.html()).as("an admin claims nothing but may give it away")
                .contains("id=\"reassign-reason\"", "外聘委員").doesNotContain("id=\"claim\"");
        PageBrowser.Page given = admin.post("/reviews/" + taskId + "/reassign", Map.of("assignee", body + "-guest",
                "reason", "委員提前銷假，改由其審查。"));
        assertThat(given.status()).isEqualTo(303);
        assertThat(admin.get("/reviews?scope=GROUP").html()).doesNotContain("/reviews/" + taskId);
    }

    @Test
    void aResubmittedPlanShowsWhatChangedAndWhichCommentsWentUnanswered() {
        String planId = "plan-" + UUID.randomUUID();
        String first = submission(planId, 1, "6月30日前", LocalDate.of(2026, 6, 30));
        PageBrowser reviewer = new PageBrowser(port, REVIEWER);
        assertThat(reviewer.get("/reviews/" + first).html()).as("a first submission has nothing to compare")
                .doesNotContain("修正對照");
        assertThat(new TestHttp(port).get("/api/review-tasks/" + first + "/changes", REVIEWER).status())
                .isEqualTo(404);
        PageBrowser.Page returned = reviewer.post("/reviews/" + first + "/decision", Map.of("decision", "RETURNED",
                "comments[m-sop]", "完成期限過於寬鬆，請提前。", "comments[m-publicity]", "請說明公開的項目。"));
        assertThat(returned.status()).isEqualTo(303);

        String second = submission(planId, 2, "3月31日前", LocalDate.of(2026, 3, 31));
        PageBrowser.Page page = reviewer.get("/reviews/" + second);
        assertThat(page.html()).contains("修正對照（第 1 版 → 第 2 版）", "修改 1 項、新增 0 項、刪除 0 項；上一輪意見未回應 1 項。",
                "完成期限：", "<del><span class=\"govuk-visually-hidden\">原為</span><span>6月30日前</span></del>",
                "改為</span><span>3月31日前</span></ins>",
                "完成期限過於寬鬆，請提前。", "未修正（意見未回應）", "請說明公開的項目。");
        var changes = new TestHttp(port).get("/api/review-tasks/" + second + "/changes", REVIEWER).body();
        assertThat(changes.get("previousRevision").asInt()).isEqualTo(1);
        assertThat(changes.at("/measures/0/kind").asString()).isEqualTo("CHANGED");
        assertThat(changes.at("/measures/0/fields/0/field").asString()).isEqualTo("deadline");
        assertThat(changes.at("/measures/1/kind").asString()).isEqualTo("UNCHANGED");
        assertThat(new TestHttp(port).get("/api/review-tasks/" + second + "/changes",
                TestTokens.reviewer("tpe-reviewer", "tpe-rdec", null)).status()).isEqualTo(404);
    }

    // ---- helpers ----

    /** Revision {@code revision} of a plan of 民政局 whose SOP measure is due as given; returns its task once assigned. */
    private String submission(String planId, int revision, String deadline, LocalDate due) {
        PlanContentSnapshot content = new PlanContentSnapshot(List.of(new PlanContentSnapshot.Dimension("一",
                "完備基礎服務項目", List.of(new PlanContentSnapshot.FocusArea("(一)", "建立業務標準作業流程", List.of(
                        new PlanContentSnapshot.Measure("m-sop", "1", "訂定標準作業流程(SOP)", "訂定申辦案件SOP",
                                List.of("戶籍行政科"), deadline, due, null, null),
                        new PlanContentSnapshot.Measure("m-publicity", "2", "服務資訊公開透明", null,
                                List.of("各科室"), "持續辦理", null, "QUARTERLY", "民眾查詢更便利")))))));
        EventEnvelope<PlanSubmitted> event = KafkaProbe.envelope(new PlanSubmitted(planId, "kcg-civil-affairs",
                "高雄市政府民政局", null, "kcg-rdec", 115, title, revision, 2, "clerk", Instant.now(), content),
                revision);
        KafkaProbe.send(topics.of(Topic.PLAN), event);
        String taskId = DerivedId.of(event.id(), "plan-approval");
        await().atMost(WAIT).until(() -> new TestHttp(port).get("/api/review-tasks/" + taskId, REVIEWER).status() == 200);
        return taskId;
    }

    /** A plan of 民政局 submitted at {@code at}, as plan-service publishes it; returns its task once assigned. */
    private String submitted(String planTitle, Instant at) {
        PlanContentSnapshot content = new PlanContentSnapshot(List.of(new PlanContentSnapshot.Dimension("一",
                "完備基礎服務項目", List.of(new PlanContentSnapshot.FocusArea("(一)", "建立業務標準作業流程", List.of(
                        new PlanContentSnapshot.Measure("m-sop", "1", "訂定標準作業流程(SOP)", "訂定申辦案件SOP",
                                List.of("戶籍行政科"), "3月31日前", LocalDate.of(2026, 3, 31), null, null),
                        new PlanContentSnapshot.Measure("m-publicity", "2", "服務資訊公開透明", null,
                                List.of("各科室"), "持續辦理", null, "QUARTERLY", "民眾查詢更便利")))))));
        EventEnvelope<PlanSubmitted> event = KafkaProbe.envelope(new PlanSubmitted("plan-" + UUID.randomUUID(),
                "kcg-civil-affairs", "高雄市政府民政局", null, "kcg-rdec", 115, planTitle, 1, 2, "clerk", at, content), 1);
        KafkaProbe.send(topics.of(Topic.PLAN), event);
        String taskId = DerivedId.of(event.id(), "plan-approval");
        await().atMost(WAIT).until(() -> new TestHttp(port).get("/api/review-tasks/" + taskId, REVIEWER).status() == 200);
        return taskId;
    }

    private String status(String taskId) {
        return new TestHttp(port).get("/api/review-tasks/" + taskId, ADMIN).body().get("status").asString();
    }

    private PlanReviewDecided decidedEvent(String taskId) {
        return await().atMost(EVENT_WAIT).until(() -> KafkaProbe.readAll(topics.of(Topic.REVIEW), Duration.ofSeconds(2))
                .stream().filter(r -> taskId.equals(header(r.headers().lastHeader("ce_subject"))))
                .map(r -> KafkaProbe.decode(r).payload()).filter(PlanReviewDecided.class::isInstance)
                .map(PlanReviewDecided.class::cast).findFirst().orElse(null), e -> e != null);
    }

    private static String header(Header h) {
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
