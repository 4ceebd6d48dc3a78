package tw.uplift.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * A plan's past and next year through the API, against the real broker and store: the change view between two
 * revisions with the review comments each change answers, and next year's draft copied from a plan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=plan-service")
@WithUpliftInfrastructure
class PlanHistoryIT {

    static final String CLERK = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");
    static final String HEAD = TestTokens.agencyHead("head", "kcg-civil-affairs");
    static final String OTHER_AGENCY = TestTokens.agencyStaff("clerk2", "kcg-household-xinxing");
    static final String REVIEWER = TestTokens.reviewer("reviewer", "kcg-rdec", null);

    @LocalServerPort
    int port;
    @Autowired
    TopicNames topics;

    @Test
    void theChangesBetweenTwoRevisionsSayWhatChangedAndWhichCommentEachAnswers() {
        TestHttp http = new TestHttp(port);
        String planId = http.post("/api/plans", CLERK, PlanPagesIT.PLAN).body().get("id").asString();
        assertThat(http.post("/api/plans/" + planId + "/submit", HEAD, null).status()).isEqualTo(200);
        JsonNode measures = http.get("/api/plans/" + planId, CLERK).body().at("/dimensions/0/focusAreas/0/measures");
        String sop = measures.get(0).get("id").asString();
        String publicity = measures.get(1).get("id").asString();
        String kindness = measures.get(2).get("id").asString();
        decide(planId, 1, ReviewDecision.RETURNED, List.of(new ItemComment(publicity, "請說明公開的資訊項目"),
                new ItemComment(sop, "請提前完成")));
        await().atMost(Duration.ofSeconds(20)).until(() -> "RETURNED".equals(status(http, planId)));

        // The clerk answers the comment on 服務資訊公開透明, drops 檢覈服務行為友善性, adds a measure; the SOP stays.
        String revised = PlanPagesIT.PLAN
                .replace("{\"code\": \"2\", \"title\": \"服務資訊公開透明\",", "{\"id\": \"" + publicity
                        + "\", \"code\": \"2\", \"title\": \"服務資訊公開透明\", \"text\": \"公開服務項目、流程及收費\",")
                .replace("{\"code\": \"1\", \"title\": \"訂定標準作業流程(SOP)\",", "{\"id\": \"" + sop
                        + "\", \"code\": \"1\", \"title\": \"訂定標準作業流程(SOP)\",")
                .replace("{\"code\": \"3\", \"title\": \"檢覈服務行為友善性\", \"units\": [\"秘書室\"], \"deadline\": \"持續辦理\"}",
                        "{\"code\": \"3\", \"title\": \"建置線上申辦\", \"units\": [\"資訊室\"], \"deadline\": \"9月30日前\"}");
        TestHttp.Reply put = http.put("/api/plans/" + planId, CLERK, revised);
        assertThat(put.status()).as(put.text()).isEqualTo(200);

        TestHttp.Reply current = http.get("/api/plans/" + planId + "/changes?from=1", REVIEWER);
        assertThat(current.status()).as("the reviewer of the body reads it: " + current.text()).isEqualTo(200);
        JsonNode view = current.body();
        assertThat(view.get("to").asInt()).as("the text as it stands").isZero();
        assertThat(kinds(view.at("/changes/measures"))).containsExactly("CHANGED", "ADDED", "REMOVED");
        assertThat(view.at("/changes/measures/0/measureId").asString()).isEqualTo(publicity);
        assertThat(view.at("/changes/measures/0/fields/0/field").asString()).isEqualTo("text");
        assertThat(view.at("/changes/measures/0/fields/0/after").asString()).isEqualTo("公開服務項目、流程及收費");
        assertThat(view.at("/changes/measures/2/measureId").asString()).isEqualTo(kindness);
        assertThat(view.at("/comments/0/comment/comment").asString()).isEqualTo("請說明公開的資訊項目");
        assertThat(view.at("/comments/0/changes/0/measureId").asString()).isEqualTo(publicity);
        assertThat(view.at("/comments/1/changes").size()).as("the SOP comment is not answered").isZero();
        assertThat(view.get("summary").asString()).contains("新增 1 項", "刪除 1 項", "修改 1 項");

        assertThat(http.post("/api/plans/" + planId + "/submit", HEAD, null).body().get("revision").asInt()).isEqualTo(2);
        JsonNode between = http.get("/api/plans/" + planId + "/changes?from=1&to=2", CLERK).body();
        assertThat(kinds(between.at("/changes/measures"))).containsExactly("CHANGED", "ADDED", "REMOVED");
        assertThat(http.get("/api/plans/" + planId + "/revisions", CLERK).body().size()).isEqualTo(2);

        // A revision that does not exist, or the wrong way round, is a problem naming the parameter.
        TestHttp.Reply none = http.get("/api/plans/" + planId + "/changes?from=5", CLERK);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body().get("errors").findValuesAsString("field")).containsExactly("from");
        TestHttp.Reply backwards = http.get("/api/plans/" + planId + "/changes?from=2&to=1", CLERK);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().get("errors").findValuesAsString("field")).containsExactly("to");
        assertThat(http.get("/api/plans/" + planId + "/changes?from=one", CLERK).status()).isEqualTo(400);
        assertThat(http.get("/api/plans/" + planId + "/changes?from=1", OTHER_AGENCY).status()).isEqualTo(404);
    }

    @Test
    void nextYearsDraftCarriesTheUnfinishedMeasuresOverWithDeadlinesOfTheNewYearOnce() {
        TestHttp http = new TestHttp(port);
        String planId = publishedPlan(http);
        JsonNode measures = http.get("/api/plans/" + planId, CLERK).body().at("/dimensions/0/focusAreas/0/measures");
        String sop = measures.get(0).get("id").asString();
        assertThat(http.post("/api/plans/" + planId + "/measures/" + sop + "/complete", CLERK, null).status())
                .isEqualTo(200);
        int plansBefore = http.get("/api/plans", CLERK).body().size();

        TestHttp.Reply copied = http.post("/api/plans/" + planId + "/next-year", CLERK, null);

        assertThat(copied.status()).as(copied.text()).isEqualTo(201);
        JsonNode next = copied.body();
        String nextId = next.get("id").asString();
        assertThat(next.get("rocYear").asInt()).isEqualTo(116);
        assertThat(next.get("status").asString()).isEqualTo("DRAFT");
        assertThat(next.get("revision").asInt()).isZero();
        assertThat(next.get("title").asString()).isEqualTo("高雄市政府民政局116年度提升服務執行計畫");
        assertThat(next.get("copiedFromPlanId").asString()).isEqualTo(planId);
        JsonNode copiedMeasures = next.at("/dimensions/0/focusAreas/0/measures");
        assertThat(copiedMeasures.size()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(copiedMeasures.get(i).get("previousId").asString()).isEqualTo(measures.get(i).get("id").asString());
            assertThat(copiedMeasures.get(i).get("id").asString()).isNotEqualTo(measures.get(i).get("id").asString());
            assertThat(copiedMeasures.get(i).get("completedAt").isNull()).as("a new year starts undone").isTrue();
        }
        assertThat(copiedMeasures.get(0).get("carriedOver").asBoolean()).as("completed last year").isFalse();
        assertThat(copiedMeasures.get(1).get("carriedOver").asBoolean()).isTrue();
        assertThat(copiedMeasures.get(2).get("carriedOver").asBoolean()).isTrue();
        assertThat(copiedMeasures.get(0).get("dueDate").asString()).as("3月31日前, read for 116").isEqualTo("2027-03-31");
        assertThat(copiedMeasures.get(1).get("dueDate").asString()).isEqualTo("2027-12-31");
        assertThat(copiedMeasures.get(2).get("cadence").asString()).isEqualTo("QUARTERLY");

        TestHttp.Reply again = http.post("/api/plans/" + planId + "/next-year", CLERK, null);
        assertThat(again.body().get("id").asString()).as("one draft per plan").isEqualTo(nextId);
        assertThat(http.get("/api/plans", CLERK).body().size()).isEqualTo(plansBefore + 1);

        // Revising the draft keeps what each measure was copied from.
        TestHttp.Reply revised = http.put("/api/plans/" + nextId, CLERK, PlanPagesIT.PLAN.replace("115", "116")
                .replace("{\"code\": \"2\",", "{\"id\": \"" + copiedMeasures.get(1).get("id").asString() + "\", \"code\": \"2\","));
        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
        JsonNode kept = revised.body().at("/dimensions/0/focusAreas/0/measures/1");
        assertThat(kept.get("previousId").asString()).isEqualTo(measures.get(1).get("id").asString());
        assertThat(kept.get("carriedOver").asBoolean()).isTrue();

        assertThat(http.post("/api/plans/" + planId + "/next-year", OTHER_AGENCY, null).status()).isEqualTo(404);
        assertThat(http.post("/api/plans/" + planId + "/next-year", REVIEWER, null).status()).isEqualTo(403);
    }

    private String publishedPlan(TestHttp http) {
        String planId = http.post("/api/plans", CLERK, PlanPagesIT.PLAN).body().get("id").asString();
        assertThat(http.post("/api/plans/" + planId + "/submit", HEAD, null).status()).isEqualTo(200);
        decide(planId, 1, ReviewDecision.APPROVED, List.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> "PUBLISHED".equals(status(http, planId)));
        return planId;
    }

    private void decide(String planId, int revision, ReviewDecision decision, List<ItemComment> comments) {
        KafkaProbe.send(topics.of(Topic.REVIEW), KafkaProbe.envelope(new PlanReviewDecided(planId,
                "task-" + planId + "-" + revision, "kcg-civil-affairs", revision, decision, "reviewer", comments,
                Instant.now()), 1));
    }

    private static String status(TestHttp http, String planId) {
        return http.get("/api/plans/" + planId, CLERK).body().get("status").asString();
    }

    private static List<String> kinds(JsonNode changes) {
        List<String> kinds = new ArrayList<>();
        changes.forEach(c -> kinds.add(c.get("kind").asString()));
        return kinds;
    }
}
