package tw.uplift.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.plan.AnnualResultsSubmitted;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.TrackedMeasure;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.AnnualReviewScored;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.review.indicators.IndicatorFact;
import tw.uplift.review.tasks.ReviewTask;

/**
 * Annual reviews (年度查核) against the real broker and store: handed-in annual results open one review per event
 * (also when redelivered), reviewers of the body free to review the agency each hand in a score sheet, the assignee
 * finalises and AnnualReviewScored goes out; a reviewer bound to the agency may not score and another body's
 * reviewer finds nothing. The plan is a district office's (三民區公所), which the lead covers, so two reviewers of
 * the demo pool may score it and reviewer2 (who works at its parent bureau) may not.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "spring.config.name=review-service")
@WithUpliftInfrastructure
class AnnualReviewIT {

    private static final Map<String, String> TOKENS = Map.of(
            "reviewer", TestTokens.reviewer("reviewer", "kcg-rdec", null),
            "lead", TestTokens.reviewer("lead", "kcg-rdec", null));
    private static final String REVIEWER2 = TestTokens.reviewer("reviewer2", "kcg-rdec", "kcg-civil-affairs");
    private static final String OTHER_BODY = TestTokens.reviewer("tpe-reviewer", "tpe-rdec", null);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration EVENT_WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    TopicNames topics;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Test
    void handedInResultsOpenOneReviewThatSeveralReviewersScoreAndTheAssigneeFinalises() {
        String planId = approvedPlan();
        EventEnvelope<AnnualResultsSubmitted> results = KafkaProbe.envelope(new AnnualResultsSubmitted(planId,
                "kcg-sanmin-district", 115, Instant.now()), 2);
        KafkaProbe.send(topics.of(Topic.PLAN), results);
        KafkaProbe.send(topics.of(Topic.PLAN), results);
        String taskId = DerivedId.of(results.id(), "annual-review");
        JsonNode task = await().atMost(WAIT).until(() -> get("/api/review-tasks/" + taskId, TOKENS.get("lead")),
                r -> r.status() == 200).body();
        assertThat(task.get("kind").asString()).isEqualTo("ANNUAL_REVIEW");
        assertThat(task.get("rocYear").asInt()).isEqualTo(115);
        String assignee = task.get("assigneeId").asString();
        assertThat(assignee).isIn("reviewer", "lead");
        String other = assignee.equals("reviewer") ? "lead" : "reviewer";

        String scores = "/api/review-tasks/" + taskId + "/scores";
        JsonNode rubric = get(scores, TOKENS.get(other)).body();
        assertThat(rubric.at("/criteria/0/weight").asDouble()).isEqualTo(50.0);
        assertThat(rubric.at("/criteria/1/title").asString()).isEqualTo("優化服務流程");
        assertThat(get(scores, OTHER_BODY).status()).as("another body's review does not exist for them")
                .isEqualTo(404);
        assertThat(post(scores, OTHER_BODY, "{\"scores\": [80, 80]}").status()).isEqualTo(404);
        assertThat(post(scores, REVIEWER2, "{\"scores\": [80, 80]}").status())
                .as("reviewer2 works at the district's parent bureau: the review does not exist for them")
                .isEqualTo(404);
        TestHttp.Reply outOfRange = post(scores, TOKENS.get(other), "{\"scores\": [80, 120]}");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.text()).contains("scores[2]");
        assertThat(post("/api/review-tasks/" + taskId + "/finalise", TOKENS.get(assignee), "{}").status())
                .as("nothing to finalise yet").isEqualTo(400);

        post(scores, TOKENS.get(other), "{\"scores\": [70, 70], \"comment\": \"初評\"}");
        JsonNode two = post(scores, TOKENS.get(other), "{\"scores\": [90, 80], \"comment\": \"流程改善明確\"}")
                .body();
        assertThat(two.get("sheets")).hasSize(1);
        JsonNode both = post(scores, TOKENS.get(assignee), "{\"scores\": [80, 90]}").body();
        assertThat(both.get("sheets")).hasSize(2);
        assertThat(both.get("mean").asDouble()).isEqualTo(85.0);
        assertThat(post("/api/review-tasks/" + taskId + "/finalise", TOKENS.get(other), "{}").status())
                .as("only the assignee finalises").isEqualTo(403);

        JsonNode finalised = post("/api/review-tasks/" + taskId + "/finalise", TOKENS.get(assignee), "{}").body();
        assertThat(finalised.get("finalScore").asDouble()).isEqualTo(85.0);
        assertThat(finalised.get("grade").asString()).isEqualTo("甲等");
        assertThat(finalised.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(post(scores, TOKENS.get(other), "{\"scores\": [10, 10]}").status()).as("closed").isEqualTo(409);
        JsonNode done = get("/api/review-tasks/" + taskId, TOKENS.get("lead")).body();
        assertThat(done.get("outcome").asString()).isEqualTo("SCORED");
        assertThat(done.get("grade").asString()).isEqualTo("甲等");

        AnnualReviewScored scored = (AnnualReviewScored) KafkaProbe.decode(awaitScored(taskId)).payload();
        assertThat(scored.agencyId()).isEqualTo("kcg-sanmin-district");
        assertThat(scored.rocYear()).isEqualTo(115);
        assertThat(scored.score()).isEqualTo(85.0);
        assertThat(scored.grade()).isEqualTo("甲等");
        assertThat(meters.find("uplift.review.annual.score").tags("body", "kcg-rdec", "grade", "GOOD").summary())
                .isNotNull().satisfies(s -> assertThat(s.count()).isPositive());
        assertThat(mongo.count(Query.query(Criteria.where("subjectId").is(planId).and("kind").is("ANNUAL_REVIEW")),
                ReviewTask.class)).as("one review however often the results arrive").isEqualTo(1);

        JsonNode ranking = get("/api/annual-reviews/ranking?year=115", TOKENS.get("lead")).body();
        assertThat(taskIds(ranking)).contains(taskId);
        assertThat(taskIds(get("/api/annual-reviews/ranking?year=115", OTHER_BODY).body()))
                .doesNotContain(taskId);
        assertThat(get("/api/annual-reviews/ranking?year=5", TOKENS.get("lead")).text()).contains("year");
    }

    @Test
    void aReviewerOpensOneAnnualReviewPerPlanByHand() {
        String planId = approvedPlan();
        assertThat(post("/api/annual-reviews", OTHER_BODY, "{\"planId\": \"" + planId + "\"}").status())
                .isEqualTo(404);
        assertThat(post("/api/annual-reviews", REVIEWER2, "{\"planId\": \"" + planId + "\"}").status())
                .as("reviewer2 works at the plan's parent bureau: the plan does not exist for them").isEqualTo(404);
        TestHttp.Reply opened = post("/api/annual-reviews", TOKENS.get("reviewer"), "{\"planId\": \"" + planId + "\"}");
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.body().get("assigneeId").asString()).isIn("reviewer", "lead");
        TestHttp.Reply again = post("/api/annual-reviews", TOKENS.get("lead"), "{\"planId\": \"" + planId + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("review-open");
    }

    @Test
    void theFormIsPreFilledWithIndicatorsFromEventsRedeliveredAndOutOfOrder() {
        String planId = approvedPlan();
        String agency = "kcg-sanmin-district";
        Instant due = Instant.parse("2026-03-31T00:00:00Z");
        EventEnvelope<PlanApproved> approved = KafkaProbe.envelope(new PlanApproved(planId, agency, "kcg-rdec", 115,
                1, List.of(new TrackedMeasure("m-sop", "1", "訂定標準作業流程(SOP)", List.of("民政課"),
                        LocalDate.of(2026, 3, 31), null, "3月31日前"), new TrackedMeasure("m-online", "1", "線上申辦",
                        List.of("民政課"), LocalDate.of(2026, 4, 30), null, "4月30日前")), due), 3);
        EventEnvelope<MeasureCompleted> onTime = KafkaProbe.envelope(new MeasureCompleted("m-sop", planId, agency,
                Instant.parse("2026-03-20T02:00:00Z")), 4);
        EventEnvelope<MeasureCompleted> late = KafkaProbe.envelope(new MeasureCompleted("m-online", planId, agency,
                Instant.parse("2026-05-05T02:00:00Z")), 5);
        EventEnvelope<ItemOverdue> overdue = KafkaProbe.envelope(new ItemOverdue("deadline-" + planId,
                TrackedItemKind.MEASURE, "m-online", planId, agency, "線上申辦", LocalDate.of(2026, 4, 30),
                Instant.parse("2026-05-01T00:00:00Z")), 1);
        EventEnvelope<SurveyResultsPublished> survey = KafkaProbe.envelope(new SurveyResultsPublished(
                "survey-" + planId, agency, planId, null, 120, 0.85, 0, Instant.parse("2026-06-01T02:00:00Z")), 1);
        // completions before the approval, the overdue item twice, the survey twice
        KafkaProbe.send(topics.of(Topic.PLAN), late);
        KafkaProbe.send(topics.of(Topic.PLAN), onTime);
        KafkaProbe.send(topics.of(Topic.DEADLINE), overdue);
        KafkaProbe.send(topics.of(Topic.SURVEY), survey);
        KafkaProbe.send(topics.of(Topic.PLAN), approved);
        KafkaProbe.send(topics.of(Topic.DEADLINE), overdue);
        KafkaProbe.send(topics.of(Topic.SURVEY), survey);
        KafkaProbe.send(topics.of(Topic.PLAN), late);

        String taskId = post("/api/annual-reviews", TOKENS.get("lead"), "{\"planId\": \"" + planId + "\"}").body()
                .get("id").asString();
        String scores = "/api/review-tasks/" + taskId + "/scores";
        await().atMost(WAIT).until(() -> {
            JsonNode indicators = get(scores, TOKENS.get("lead")).body().get("indicators");
            return indicators.get("measuresCounted").asInt() == 2 && indicators.get("surveys").asInt() == 1
                    && indicators.get("overdueCount").asInt() == 1;
        });
        JsonNode indicators = get(scores, TOKENS.get("lead")).body().get("indicators");
        assertThat(indicators.get("onTimeShare").asDouble()).isEqualTo(0.5);
        assertThat(indicators.get("overdueDays").asLong()).isEqualTo(5);
        assertThat(indicators.get("satisfaction").asDouble()).isEqualTo(0.85);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(overdue.id())), IndicatorFact.class))
                .isEqualTo(1);
    }

    @Test
    void theScoringPageLinksEachErrorToItsBoxAndTheRankingListsTheFinalisedReview() {
        String planId = approvedPlan();
        PageBrowser lead = new PageBrowser(port, TOKENS.get("lead"));
        assertThat(lead.get("/reviews/annual/new").html()).contains("開立年度查核", planId);
        PageBrowser.Page noPlan = lead.post("/reviews/annual", Map.of("reason", "年度"));
        assertThat(noPlan.status()).isEqualTo(400);
        assertThat(noPlan.html()).contains("<a href=\"#plan-1\">請選擇要查核的計畫。</a>");
        PageBrowser.Page created = lead.post("/reviews/annual", Map.of("planId", planId));
        assertThat(created.status()).isEqualTo(303);
        assertThat(lead.get(created.location()).html()).contains("已開立年度查核");
        assertThat(lead.post("/reviews/annual", Map.of("planId", planId)).html())
                .contains("<a href=\"#plan-1\">這份計畫已有進行中的年度查核。</a>");
        String taskId = created.location().replaceAll("^.*/reviews/([^?]+)\\?.*$", "$1");
        String assignee = get("/api/review-tasks/" + taskId, TOKENS.get("lead")).body().get("assigneeId").asString();
        PageBrowser browser = new PageBrowser(port, TOKENS.get(assignee));

        PageBrowser.Page page = browser.get("/reviews/" + taskId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("for=\"score-1\"", "一、完備基礎服務項目（權重 50）", "name=\"score-2\"",
                "預填指標", "尚無委員評分。").doesNotContain("id=\"finalise\"");
        PageBrowser.Page bad = browser.post("/reviews/" + taskId + "/scores", Map.of("score-1", "88",
                "score-2", "abc", "comment", "流程改善明確"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html()).contains("<a href=\"#score-2\">請為「優化服務流程」輸入 0 到 100 的分數。</a>",
                "value=\"88\"", ">流程改善明確</textarea>", "aria-describedby=\"score-2-hint score-2-error\"");
        PageBrowser.Page tooHigh = browser.post("/reviews/" + taskId + "/scores", Map.of("score-1", "101",
                "score-2", "80"));
        assertThat(tooHigh.html()).contains("<a href=\"#score-1\">請為「完備基礎服務項目」輸入 0 到 100 的分數。</a>");
        assertThat(new PageBrowser(port, REVIEWER2).post("/reviews/" + taskId + "/scores", Map.of("score-1", "80",
                "score-2", "80")).status()).as("a conflict of interest: the review does not exist for them")
                .isEqualTo(404);

        PageBrowser.Page scored = browser.post("/reviews/" + taskId + "/scores", Map.of("score-1", "88",
                "score-2", "82", "comment", "流程改善明確"));
        assertThat(scored.status()).isEqualTo(303);
        assertThat(browser.get(scored.location()).html()).contains("已送出您的評分", "85.00", "id=\"finalise\"");
        PageBrowser.Page finalised = browser.post("/reviews/" + taskId + "/finalise", Map.of());
        assertThat(finalised.status()).isEqualTo(303);
        assertThat(browser.get(finalised.location()).html()).contains("已完成總評", "甲等", "總評 85.00 分")
                .doesNotContain("name=\"score-1\"");

        PageBrowser.Page ranking = browser.get("/reviews/annual/ranking?year=115");
        assertThat(ranking.status()).isEqualTo(200);
        assertThat(ranking.html()).contains("/reviews/" + taskId, "高雄市三民區公所");
        PageBrowser.Page badYear = browser.get("/reviews/annual/ranking?year=abc");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.html()).contains("<a href=\"#year\">");
        assertThat(new PageBrowser(port, OTHER_BODY).get("/reviews/" + taskId).status()).isEqualTo(404);
    }

    // ---- helpers ----

    /** A plan of 三民區公所 with two dimensions, submitted and approved; returns its id. */
    private String approvedPlan() {
        String planId = "plan-" + UUID.randomUUID();
        PlanContentSnapshot content = new PlanContentSnapshot(List.of(
                new PlanContentSnapshot.Dimension("一", "完備基礎服務項目", List.of(new PlanContentSnapshot.FocusArea(
                        "(一)", "建立業務標準作業流程", List.of(measure("m-sop", "1", "訂定標準作業流程(SOP)"))))),
                new PlanContentSnapshot.Dimension("二", "優化服務流程", List.of(new PlanContentSnapshot.FocusArea(
                        "(一)", "簡化流程", List.of(measure("m-online", "1", "線上申辦")))))));
        EventEnvelope<PlanSubmitted> event = KafkaProbe.envelope(new PlanSubmitted(planId, "kcg-sanmin-district",
                "高雄市三民區公所", "kcg-civil-affairs", "kcg-rdec", 115, "高雄市三民區公所115年度提升服務執行計畫", 1, 2,
                "clerk", Instant.now(), content), 1);
        KafkaProbe.send(topics.of(Topic.PLAN), event);
        String approvalId = DerivedId.of(event.id(), "plan-approval");
        JsonNode approval = await().atMost(WAIT).until(() -> get("/api/review-tasks/" + approvalId,
                TOKENS.get("lead")), r -> r.status() == 200).body();
        String decider = approval.get("assigneeId").asString();
        assertThat(post("/api/review-tasks/" + approvalId + "/decision", TOKENS.get(decider),
                "{\"decision\": \"APPROVED\", \"comments\": []}").status()).isEqualTo(200);
        return planId;
    }

    private static PlanContentSnapshot.Measure measure(String id, String code, String title) {
        return new PlanContentSnapshot.Measure(id, code, title, null, List.of("民政課"), "12月31日前",
                LocalDate.of(2026, 12, 31), null, null);
    }

    private ConsumerRecord<byte[], byte[]> awaitScored(String taskId) {
        return await().atMost(EVENT_WAIT).until(() -> KafkaProbe.readAll(topics.of(Topic.REVIEW),
                Duration.ofSeconds(2)).stream().filter(r -> taskId.equals(header(r)))
                .filter(r -> KafkaProbe.decode(r).payload() instanceof AnnualReviewScored).findFirst().orElse(null),
                r -> r != null);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record) {
        var header = record.headers().lastHeader("ce_subject");
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> taskIds(JsonNode ranking) {
        return java.util.stream.StreamSupport.stream(ranking.spliterator(), false).map(r -> r.get("taskId").asString())
                .toList();
    }

    private TestHttp.Reply get(String path, String token) {
        return new TestHttp(port).get(path, token);
    }

    private TestHttp.Reply post(String path, String token, String json) {
        return new TestHttp(port).post(path, token, json);
    }
}
