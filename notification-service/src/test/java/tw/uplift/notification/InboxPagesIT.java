package tw.uplift.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.NoticeCause;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.time.MovableClock;

/**
 * The inbox page and the unread count, with notices brought by review events over the broker: what a reviewer
 * and a clerk see, marking a notice read through the page's form, and the count the gateway shows in the header.
 * Each test has its own reviewer and agency, so counts do not mix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=notification-service")
@WithUpliftInfrastructure
class InboxPagesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    TopicNames topics;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    String reviewer;
    String reviewerToken;
    String agency;
    String clerkToken;
    String taskId;
    String planId;

    @BeforeEach
    void people() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        reviewer = "reviewer-" + suffix;
        reviewerToken = TestTokens.reviewer(reviewer, "kcg-rdec", null);
        agency = "agency-" + suffix;
        clerkToken = TestTokens.agencyStaff("clerk-" + suffix, agency);
        taskId = "task-" + suffix;
        planId = "plan-" + suffix;
    }

    private EventEnvelope<ReviewTaskAssigned> assignment() {
        return KafkaProbe.envelope(new ReviewTaskAssigned(taskId, ReviewTaskKind.PLAN_APPROVAL, planId, "提升服務執行計畫",
                agency, "高雄市政府民政局", "kcg-rdec", reviewer, "審查委員", LocalDate.of(2026, 12, 31), Instant.now()), 1);
    }

    private EventEnvelope<PlanReviewDecided> returned() {
        return KafkaProbe.envelope(new PlanReviewDecided(planId, taskId, agency, 1, ReviewDecision.RETURNED, reviewer,
                List.of(new ItemComment("m-1", "請補充推行作法")), Instant.now()), 2);
    }

    private void send(EventEnvelope<?> event) {
        KafkaProbe.send(topics.of(Topic.REVIEW), event);
    }

    private int unread(String token) {
        TestHttp.Reply reply = new TestHttp(port).get("/api/inbox/unread-count", token);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.body().get("unread").asInt();
    }

    /** The reviewer's notice of their new task, delivered. */
    private String assigned() {
        EventEnvelope<ReviewTaskAssigned> assignment = assignment();
        send(assignment);
        await().atMost(WAIT).until(() -> unread(reviewerToken) == 1);
        return InboxItem.idFor(NoticeCause.event(assignment.id()), "user:" + reviewer);
    }

    @Test
    void theReviewerSeesTheirNewTaskUnreadWithALinkToItInTraditionalChinese() {
        String id = assigned();

        PageBrowser.Page page = new PageBrowser(port, reviewerToken).get("/inbox");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("lang=\"zh-Hant-TW\"", "<h1 class=\"govuk-heading-l\">通知</h1>",
                "您有 1 則未讀通知。", ">未讀<", "新審查任務：計畫審查", "受審機關 高雄市政府民政局：「提升服務執行計畫」",
                "href=\"/reviews/" + taskId + "\"", "前往審查任務", "1 則未讀");
        assertThat(page.html()).as("delivered today, written as the ROC date")
                .contains(rocToday(), "<time datetime=\"");
        assertThat(page.html()).as("a form per unread notice, carrying the gateway's CSRF token")
                .contains("action=\"/inbox/" + id + "/read\"", "name=\"_csrf\" value=\"" + PageBrowser.CSRF + "\"",
                        "標示為已讀");
        assertThat(page.html()).containsOnlyOnce("<h1").contains("<main id=\"main-content\"");
    }

    @Test
    void theInboxIsInEnglishOnRequest() {
        assigned();

        PageBrowser.Page page = new PageBrowser(port, reviewerToken).get("/inbox?lang=en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("lang=\"en\"", ">Notices</h1>", "You have one unread notice.", ">Unread<",
                "New review task", "Go to the review task", "Mark as read");
        assertThat(page.html()).as("the notice's own words stay 繁體中文, and say so")
                .contains("<span lang=\"zh-Hant-TW\">新審查任務：計畫審查</span>");
    }

    @Test
    void markingANoticeReadGoesBackToTheInboxAndTheCountFollows() {
        String id = assigned();
        PageBrowser reviewerBrowser = new PageBrowser(port, reviewerToken);

        PageBrowser.Page done = reviewerBrowser.post("/inbox/" + id + "/read");

        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).endsWith("/inbox#notice-" + id);
        assertThat(unread(reviewerToken)).isZero();
        PageBrowser.Page inbox = reviewerBrowser.get("/inbox");
        assertThat(inbox.html()).contains("沒有未讀的通知。", ">已讀<").doesNotContain("/inbox/" + id + "/read", ">未讀<");

        assertThat(reviewerBrowser.post("/inbox/" + id + "/read").status()).as("a second click").isEqualTo(303);
        assertThat(unread(reviewerToken)).isZero();
    }

    @Test
    void aRedeliveredNoticeIsNotCountedAgainReadOrUnread() {
        EventEnvelope<ReviewTaskAssigned> assignment = assignment();
        send(assignment);
        send(assignment);
        send(returned()); // the same task's events share a partition: once this one is in, both copies were read
        await().atMost(WAIT).until(() -> unread(clerkToken) == 1);
        assertThat(unread(reviewerToken)).isEqualTo(1);

        String id = InboxItem.idFor(NoticeCause.event(assignment.id()), "user:" + reviewer);
        new PageBrowser(port, reviewerToken).post("/inbox/" + id + "/read");
        send(assignment);
        send(returned());
        await().atMost(WAIT).until(() -> unread(clerkToken) == 2);

        assertThat(unread(reviewerToken)).isZero();
    }

    @Test
    void theAgencysNoticeOfAReturnedPlanLinksToThePlan() {
        send(returned());
        await().atMost(WAIT).until(() -> unread(clerkToken) == 1);

        PageBrowser.Page page = new PageBrowser(port, clerkToken).get("/inbox");

        assertThat(page.html()).contains("計畫退回修正（第 1 版）", "href=\"/plans/" + planId + "\"", "查看計畫",
                "審查意見", "m-1：請補充推行作法").as("no link to a review task (the header's corrective actions aside)")
                .doesNotContainPattern("href=\"/reviews/[0-9a-f]{8}-");
    }

    @Test
    void anotherPersonsNoticeIsNotFoundAndStaysUnread() {
        String id = assigned();

        PageBrowser.Page page = new PageBrowser(port, clerkToken).post("/inbox/" + id + "/read");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).contains("找不到這個項目", "<main id=\"main-content\"");
        assertThat(unread(reviewerToken)).isEqualTo(1);
        assertThat(unread(clerkToken)).isZero();
    }

    private String rocToday() {
        LocalDate today = TaipeiTime.today(clock);
        return (today.getYear() - 1911) + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
    }
}
