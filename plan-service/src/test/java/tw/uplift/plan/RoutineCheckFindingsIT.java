package tw.uplift.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.review.CorrectiveActionRequired;
import tw.uplift.contracts.review.CorrectiveActionResponded;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.TrackingVerdict;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * What routine checks find, over the real broker into the real store: a reviewer's verdict on a measure (解除列管 /
 * 持續列管) and the corrective actions (改善事項) it raises reach the measure, its light, its page and the plan's page;
 * redelivered and reordered events change nothing. The plan is ProgressFlowIT's, of this year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=plan-service")
@WithUpliftInfrastructure
class RoutineCheckFindingsIT {

    static final String CLERK = ProgressFlowIT.CLERK;
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Instant FIRST_CHECK = Instant.now().minus(Duration.ofDays(20));
    static final Instant SECOND_CHECK = Instant.now().minus(Duration.ofDays(2));
    static final LocalDate CORRECT_BY = ProgressFlowIT.TODAY.plusDays(14);

    @LocalServerPort
    int port;
    @Autowired
    TopicNames topics;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aKeptVerdictShowsWithItsCorrectiveActionAndALaterReleaseWinsOverAnOlderVerdictArrivingLate() {
        String planId = publishedPlan();
        String sop = measureId(planId, 0);
        String actionId = "action-" + UUID.randomUUID();
        String firstCheck = "check-" + UUID.randomUUID();
        String secondCheck = "check-" + UUID.randomUUID();

        send(verdict(firstCheck, planId, sop, TrackingVerdict.KEPT_TRACKED, "SOP 尚未公告", FIRST_CHECK, actionId), 1);
        await().atMost(WAIT).until(() -> "KEPT_TRACKED".equals(text(measure(planId, 0), "/tracking/verdict")));
        JsonNode kept = measure(planId, 0);
        assertThat(text(kept, "/tracking/reason")).isEqualTo("SOP 尚未公告");
        assertThat(kept.at("/tracking/reviewerId").asString()).isEqualTo("reviewer");
        assertThat(kept.at("/correctiveActions/0/what").asString()).isEqualTo("於網站公告 SOP");
        assertThat(kept.at("/correctiveActions/0/dueDate").asString()).isEqualTo(CORRECT_BY.toString());
        assertThat(kept.at("/light/light").asString()).isIn("YELLOW", "RED");

        send(verdict(secondCheck, planId, sop, TrackingVerdict.RELEASED, "SOP 已公告並辦理教育訓練", SECOND_CHECK, null), 1);
        await().atMost(WAIT).until(() -> "RELEASED".equals(text(measure(planId, 0), "/tracking/verdict")));
        assertThat(measure(planId, 0).at("/light/light").asString()).as("released, but the action is open")
                .isEqualTo("YELLOW");
        assertThat(measure(planId, 0).at("/light/reasons").asString()).contains("改善事項待回復", "審查委員已解除列管");
        assertThat(measure(planId, 0).get("outstanding")).as("a released measure owes no report").isEmpty();
        Object version = planVersion(planId);

        // Redelivered, and the first check's verdict revised within it but delivered only now: both older.
        send(verdict(secondCheck, planId, sop, TrackingVerdict.RELEASED, "SOP 已公告並辦理教育訓練", SECOND_CHECK, null), 1);
        send(verdict(firstCheck, planId, sop, TrackingVerdict.KEPT_TRACKED, "SOP 仍未公告",
                FIRST_CHECK.plus(Duration.ofHours(1)), null), 2);
        witnessBehind(firstCheck, secondCheck);

        assertThat(text(measure(planId, 0), "/tracking/reason")).isEqualTo("SOP 已公告並辦理教育訓練");
        assertThat(planVersion(planId)).as("not written again").isEqualTo(version);
    }

    @Test
    void anAnsweredActionTurnsAReleasedMeasureGreenAndAnAnswerOvertakingItsActionLeavesItAnswered() {
        String planId = publishedPlan();
        String sop = measureId(planId, 0);
        String publicity = measureId(planId, 1);
        String actionId = "action-" + UUID.randomUUID();
        send(verdict("check-" + UUID.randomUUID(), planId, sop, TrackingVerdict.RELEASED, "已公告", SECOND_CHECK,
                null), 1);
        send(required(actionId, planId, sop), 1);
        await().atMost(WAIT).until(() -> "YELLOW".equals(measure(planId, 0).at("/light/light").asString()));

        send(answered(actionId, planId), 2);
        send(answered(actionId, planId), 2);

        await().atMost(WAIT).until(() -> "GREEN".equals(measure(planId, 0).at("/light/light").asString()));
        assertThat(measure(planId, 0).at("/correctiveActions/0/respondedAt").isNull()).isFalse();

        String overtaken = "action-" + UUID.randomUUID();
        send(answered(overtaken, planId), 2);
        send(required(overtaken, planId, publicity), 1);
        await().atMost(WAIT).until(() -> text(measure(planId, 1), "/correctiveActions/0/what") != null);
        JsonNode action = measure(planId, 1).at("/correctiveActions/0");
        assertThat(action.get("what").asString()).isEqualTo("線上申辦服務未提供英文版說明");
        assertThat(action.get("respondedAt").isNull()).as("answered before it arrived, answered still").isFalse();
    }

    @Test
    void thePlanPageShowsTheVerdictBesideItsMeasureAndTheMeasurePageTheAction() {
        String planId = publishedPlan();
        String sop = measureId(planId, 0);
        send(verdict("check-" + UUID.randomUUID(), planId, sop, TrackingVerdict.KEPT_TRACKED, "SOP 尚未公告",
                FIRST_CHECK, "action-" + UUID.randomUUID()), 1);
        await().atMost(WAIT).until(() -> "KEPT_TRACKED".equals(text(measure(planId, 0), "/tracking/verdict")));

        Element row = page("/plans/" + planId).getElementById("dimensions-0-focusAreas-0-measures-0").closest("tr");
        Element verdict = row.selectFirst(".uplift-measure-verdict");
        assertThat(verdict.selectFirst(".govuk-tag").text()).isEqualTo("持續列管");
        assertThat(verdict.text()).contains("SOP 尚未公告", "審查委員 reviewer");
        assertThat(page("/plans/" + planId + "?lang=en").selectFirst(".uplift-measure-verdict .govuk-tag").text())
                .isEqualTo("Kept tracked");

        Document measurePage = page(ProgressPagesIT.progressPage(planId, sop));
        assertThat(measurePage.getElementById("measure-tracking").text()).contains("持續列管", "SOP 尚未公告");
        Element actions = measurePage.getElementById("corrective-actions").nextElementSibling();
        assertThat(actions.text()).contains("待回復", "於網站公告 SOP", "改善期限");
        assertThat(actions.selectFirst("time").attr("datetime")).isEqualTo(CORRECT_BY.toString());
    }

    @Test
    void aMeasureReleasedFromTrackingIsNoLongerMarkedOverdueOnThePlanPage() {
        String planId = publishedPlan();
        String sop = measureId(planId, 0);
        KafkaProbe.send(topics.of(Topic.DEADLINE), KafkaProbe.envelope(new ItemOverdue("deadline-" + planId,
                TrackedItemKind.MEASURE, sop, planId, "kcg-civil-affairs", "1. 訂定標準作業流程(SOP)",
                ProgressFlowIT.TODAY.minusDays(3), Instant.now()), 1));
        await().atMost(WAIT).until(() -> overdueTag(planId) != null);

        send(verdict("check-" + UUID.randomUUID(), planId, sop, TrackingVerdict.RELEASED, "SOP 已公告", SECOND_CHECK,
                null), 1);

        await().atMost(WAIT).until(() -> "RELEASED".equals(text(measure(planId, 0), "/tracking/verdict")));
        assertThat(overdueTag(planId)).isNull();
        assertThat(firstRow(planId).selectFirst(".uplift-measure-verdict .govuk-tag").text()).isEqualTo("解除列管");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private Element firstRow(String planId) {
        return page("/plans/" + planId).getElementById("dimensions-0-focusAreas-0-measures-0").closest("tr");
    }

    /** The red 逾期 tag in the first measure's row, or null. */
    private Element overdueTag(String planId) {
        return firstRow(planId).select(".govuk-tag--red").stream().filter(t -> t.text().equals("逾期")).findFirst()
                .orElse(null);
    }

    private static MeasureTrackingDecided verdict(String checkId, String planId, String measureId,
            TrackingVerdict verdict, String reason, Instant at, String actionId) {
        return new MeasureTrackingDecided(checkId, planId, "kcg-civil-affairs", measureId, verdict, reason, "reviewer",
                at, actionId, actionId == null ? null : "於網站公告 SOP", actionId == null ? null : CORRECT_BY);
    }

    private static CorrectiveActionRequired required(String actionId, String planId, String measureId) {
        return new CorrectiveActionRequired(actionId, "check-1", "kcg-civil-affairs", planId, "線上申辦服務未提供英文版說明",
                CORRECT_BY, Instant.now(), measureId, "kcg-rdec");
    }

    private static CorrectiveActionResponded answered(String actionId, String planId) {
        return new CorrectiveActionResponded(actionId, "kcg-civil-affairs", planId, "已增設英文版說明", "clerk",
                Instant.now());
    }

    private void send(DomainEvent event, long sequence) {
        KafkaProbe.send(topics.of(Topic.REVIEW), KafkaProbe.envelope(event, sequence));
    }

    /**
     * Behind the events just sent, on the same keys (so the same partitions), a verdict of each check about a measure
     * of another plan: once those show, the events before them were read too.
     */
    private void witnessBehind(String firstCheck, String secondCheck) {
        String witness = api().post("/api/plans", CLERK, ProgressFlowIT.PLAN).body().get("id").asString();
        send(verdict(firstCheck, witness, measureId(witness, 1), TrackingVerdict.KEPT_TRACKED, "見證", SECOND_CHECK,
                null), 9);
        send(verdict(secondCheck, witness, measureId(witness, 2), TrackingVerdict.KEPT_TRACKED, "見證", SECOND_CHECK,
                null), 9);
        await().atMost(WAIT).until(() -> "KEPT_TRACKED".equals(text(measure(witness, 1), "/tracking/verdict"))
                && "KEPT_TRACKED".equals(text(measure(witness, 2), "/tracking/verdict")));
    }

    /** The text at a JSON pointer, or null where there is none (a measure without a verdict has no tracking). */
    private static String text(JsonNode node, String pointer) {
        JsonNode at = node.at(pointer);
        return at.isMissingNode() || at.isNull() ? null : at.asString();
    }

    private Object planVersion(String planId) {
        return mongo.findById(planId, Map.class, "plans").get("version");
    }

    private JsonNode measure(String planId, int index) {
        TestHttp.Reply reply = api().get("/api/plans/" + planId + "/progress", CLERK);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.body().get("measures").get(index);
    }

    private Document page(String path) {
        PageBrowser.Page reply = new PageBrowser(port, CLERK).get(path);
        assertThat(reply.status()).as(path + "\n" + reply.html()).isEqualTo(200);
        assertThat(reply.html()).as("every text has its message").doesNotContain("??");
        return Jsoup.parse(reply.html());
    }

    private String measureId(String planId, int index) {
        return api().get("/api/plans/" + planId, CLERK).body().at("/dimensions/0/focusAreas/0/measures/" + index + "/id")
                .asString();
    }

    private String publishedPlan() {
        String planId = api().post("/api/plans", CLERK, ProgressFlowIT.PLAN).body().get("id").asString();
        assertThat(api().post("/api/plans/" + planId + "/submit", ProgressFlowIT.HEAD, null).status()).isEqualTo(200);
        send(new PlanReviewDecided(planId, "task-" + planId, "kcg-civil-affairs", 1, ReviewDecision.APPROVED,
                "reviewer", List.of(), Instant.now()), 1);
        await().atMost(WAIT).until(
                () -> "PUBLISHED".equals(api().get("/api/plans/" + planId, CLERK).body().get("status").asString()));
        return planId;
    }

    private TestHttp api() {
        return new TestHttp(port);
    }
}
