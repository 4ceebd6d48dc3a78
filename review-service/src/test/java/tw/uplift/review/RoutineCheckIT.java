package tw.uplift.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.CorrectiveActionRequired;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.contracts.review.TrackingVerdict;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.review.corrective.CorrectiveAction;

/**
 * Routine checks (平時查核) against the real broker and store: a check of an approved plan goes to a reviewer without
 * a conflict of interest, its sample is drawn again from its seed, its findings go out, and each corrective action
 * is opened once from them (also when the findings arrive twice or out of order) and published for the deadline
 * tracker. Another body's reviewer can neither see nor open anything.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "spring.config.name=review-service")
@WithUpliftInfrastructure
class RoutineCheckIT {

    private static final String REVIEWER = TestTokens.reviewer("reviewer", "kcg-rdec", null);
    private static final String REVIEWER2 = TestTokens.reviewer("reviewer2", "kcg-rdec", "kcg-civil-affairs");
    private static final String LEAD = TestTokens.reviewer("lead", "kcg-rdec", null);
    private static final String OTHER_BODY = TestTokens.reviewer("tpe-reviewer", "tpe-rdec", null);
    private static final String CLERK = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration EVENT_WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    TopicNames topics;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Clock clock;

    @Test
    void aCheckSamplesFromItsSeedRecordsFindingsAndRaisesEachCorrectiveActionOnce() {
        String planId = approvedPlan();
        assertThat(planIds(get("/api/routine-checks/plans", REVIEWER).body())).contains(planId);
        assertThat(planIds(get("/api/routine-checks/plans", REVIEWER2).body()))
                .as("reviewer2 works at the agency: its plans are not theirs to check").doesNotContain(planId);
        assertThat(planIds(get("/api/routine-checks/plans", OTHER_BODY).body())).doesNotContain(planId);

        assertThat(post("/api/routine-checks", OTHER_BODY, "{\"planId\": \"" + planId + "\"}").status())
                .as("another body's plan does not exist for them").isEqualTo(404);
        assertThat(post("/api/routine-checks", CLERK, "{\"planId\": \"" + planId + "\"}").status()).isEqualTo(403);
        TestHttp.Reply noPlan = post("/api/routine-checks", REVIEWER, "{\"reason\": \"例行\"}");
        assertThat(noPlan.status()).isEqualTo(400);
        assertThat(noPlan.text()).contains("planId");

        assertThat(post("/api/routine-checks", REVIEWER2, "{\"planId\": \"" + planId + "\"}").status())
                .as("reviewer2 works at the agency: the plan does not exist for them").isEqualTo(404);
        TestHttp.Reply opened = post("/api/routine-checks", REVIEWER,
                "{\"planId\": \"" + planId + "\", \"reason\": \"第一季平時查核\"}");
        assertThat(opened.status()).isEqualTo(201);
        String checkId = opened.body().get("id").asString();
        assertThat(opened.body().get("kind").asString()).isEqualTo("ROUTINE_CHECK");
        assertThat(opened.body().get("assigneeId").asString()).isEqualTo("reviewer");
        assertThat(opened.body().get("rocYear").asInt()).isEqualTo(115);
        TestHttp.Reply again = post("/api/routine-checks", REVIEWER, "{\"planId\": \"" + planId + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("check-open");
        assertThat(get("/api/review-tasks/" + checkId, OTHER_BODY).status()).isEqualTo(404);

        String sample = "/api/review-tasks/" + checkId + "/sample";
        assertThat(post(sample, REVIEWER2, "{\"method\": \"RANDOM\", \"size\": 2}").status()).isEqualTo(404);
        assertThat(post(sample, OTHER_BODY, "{\"method\": \"RANDOM\", \"size\": 2}").status()).isEqualTo(404);
        TestHttp.Reply unknown = post(sample, REVIEWER, "{\"method\": \"HAND_PICKED\", \"measureIds\": [\"nope\"]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("measureIds");
        JsonNode drawn = post(sample, REVIEWER, "{\"method\": \"RANDOM\", \"size\": 2}").body();
        long seed = drawn.at("/sample/seed").asLong();
        List<String> first = strings(drawn.at("/sample/measureIds"));
        assertThat(first).hasSize(2);
        post(sample, REVIEWER, "{\"method\": \"STRATIFIED\", \"size\": 1, \"seed\": 7}");
        JsonNode redrawn = post(sample, REVIEWER, "{\"method\": \"RANDOM\", \"size\": 2, \"seed\": " + seed + "}")
                .body();
        assertThat(strings(redrawn.at("/sample/measureIds"))).as("the same seed, the same sample")
                .isEqualTo(first);

        String findings = "/api/review-tasks/" + checkId + "/findings";
        LocalDate due = TaipeiTime.today(clock).plusDays(30);
        TestHttp.Reply noReason = post(findings, REVIEWER, """
                {"findings": [{"measureId": "%s", "verdict": "RELEASE"},
                              {"measureId": "%s", "verdict": "KEEP_TRACKED", "reason": "進度落後"}]}"""
                .formatted(first.get(0), first.get(1)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text()).contains("findings[" + first.get(0) + "].reason");
        JsonNode checked = post(findings, REVIEWER, """
                {"findings": [{"measureId": "%s", "verdict": "RELEASE", "reason": "已公告並抽查三件符合"},
                              {"measureId": "%s", "verdict": "CORRECTIVE_ACTION", "reason": "未見季檢覈紀錄",
                               "correctiveAction": "補齊第一季檢覈紀錄", "actionDueDate": "%s"}]}"""
                .formatted(first.get(0), first.get(1), due)).body();
        assertThat(checked.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(checked.get("outcome").asString()).isEqualTo("CHECKED");
        assertThat(post(findings, REVIEWER, "{\"findings\": []}").status()).as("recorded once").isEqualTo(409);

        String actionId = DerivedId.of(checkId, "corrective-action:" + first.get(1));
        CorrectiveActionRequired required = (CorrectiveActionRequired) KafkaProbe.decode(
                awaitEvent(CorrectiveActionRequired.class, actionId)).payload();
        assertThat(required.measureId()).isEqualTo(first.get(1));
        assertThat(required.supervisingBodyId()).isEqualTo("kcg-rdec");
        assertThat(required.dueDate()).isEqualTo(due);
        assertThat(required.finding()).isEqualTo("補齊第一季檢覈紀錄");
        MeasureTrackingDecided released = (MeasureTrackingDecided) KafkaProbe.decode(
                awaitEvent(MeasureTrackingDecided.class, checkId)).payload();
        assertThat(released.verdict()).isEqualTo(TrackingVerdict.RELEASED);
        assertThat(released.measureId()).isEqualTo(first.get(0));
        assertThat(actionsWithId(actionId)).isEqualTo(1);
    }

    @Test
    void twoReviewersOpeningACheckOfOnePlanAtOnceOpenOne() throws Exception {
        String planId = approvedPlan();
        String body = "{\"planId\": \"" + planId + "\"}";
        for (int attempt = 0; attempt < 3; attempt++) {
            var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> post("/api/routine-checks", REVIEWER, body));
            var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> post("/api/routine-checks", LEAD, body));
            List<Integer> statuses = java.util.stream.Stream.of(first.get(), second.get()).map(TestHttp.Reply::status)
                    .sorted().toList();
            assertThat(statuses).as("one opened, the other refused").containsExactly(201, 409);
            // Cancel it so the next attempt races again on a fresh id.
            String open = StreamSupport.stream(get("/api/routine-checks/plans", REVIEWER).body().spliterator(), false)
                    .filter(p -> planId.equals(p.get("planId").asString())).findFirst().orElseThrow()
                    .get("openCheckId").asString();
            assertThat(post("/api/review-tasks/" + open + "/cancel", TestTokens.admin(),
                    "{\"reason\": \"重複開立測試\"}").status()).isEqualTo(200);
        }
    }

    @Test
    void theAgencyAnswersAReviewerRejectsWithANewActionThenAcceptsTheNextAnswer() {
        String actionId = checkedWithACorrectiveAction();
        String other = TestTokens.agencyStaff("clerk-x", "kcg-xinxing");

        assertThat(ids(get("/api/corrective-actions", CLERK).body())).contains(actionId);
        assertThat(ids(get("/api/corrective-actions", other).body())).doesNotContain(actionId);
        assertThat(ids(get("/api/corrective-actions", OTHER_BODY).body())).doesNotContain(actionId);
        assertThat(get("/api/corrective-actions/" + actionId, other).status()).isEqualTo(404);
        assertThat(get("/api/corrective-actions/" + actionId, REVIEWER).body().get("status").asString())
                .isEqualTo("OPEN");
        String answer = "/api/corrective-actions/" + actionId + "/response";
        assertThat(post(answer, REVIEWER, "{\"response\": \"代答\"}").status()).as("a reviewer never answers")
                .isEqualTo(403);
        assertThat(post(answer, other, "{\"response\": \"他機關\"}").status()).isEqualTo(404);
        TestHttp.Reply empty = post(answer, CLERK, "{\"response\": \" \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("response");
        assertThat(post(answer, CLERK, "{\"response\": \"已補齊第一季檢覈紀錄\"}").body().get("status").asString())
                .isEqualTo("RESPONDED");
        assertThat(post(answer, CLERK, "{\"response\": \"再答\"}").status()).isEqualTo(409);

        String verification = awaitVerification(actionId);
        // The answer redelivered (the same record again): no second verification.
        ConsumerRecord<byte[], byte[]> answered = awaitEvent(tw.uplift.contracts.review.CorrectiveActionResponded.class,
                actionId);
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        answered.headers().forEach(h -> headers.put(h.key(), new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
        KafkaProbe.sendRaw(topics.of(Topic.REVIEW), actionId, headers, answered.value());
        JsonNode task = get("/api/review-tasks/" + verification, REVIEWER).body();
        assertThat(task.get("assigneeId").asString()).isEqualTo("reviewer");
        assertThat(task.at("/verification/response").asString()).isEqualTo("已補齊第一季檢覈紀錄");
        String verify = "/api/review-tasks/" + verification + "/verification";
        TestHttp.Reply noWhat = post(verify, REVIEWER, "{\"accepted\": false, \"reason\": \"紀錄不全\"}");
        assertThat(noWhat.status()).isEqualTo(400);
        assertThat(noWhat.text()).contains("verification.correctiveAction");
        LocalDate due = TaipeiTime.today(clock).plusDays(14);
        assertThat(post(verify, REVIEWER, """
                {"accepted": false, "reason": "紀錄不全", "correctiveAction": "補齊二月紀錄", "actionDueDate": "%s"}"""
                .formatted(due)).body().get("outcome").asString()).isEqualTo("REJECTED");

        String next = DerivedId.of(verification, "corrective-action:" + task.at("/verification/measureId").asString());
        await().atMost(WAIT).until(() -> get("/api/corrective-actions/" + next, CLERK).status() == 200);
        assertThat(get("/api/corrective-actions/" + next, CLERK).body().get("finding").asString())
                .isEqualTo("補齊二月紀錄");
        await().atMost(WAIT).until(() -> "REJECTED".equals(
                get("/api/corrective-actions/" + actionId, CLERK).body().get("status").asString()));

        post("/api/corrective-actions/" + next + "/response", CLERK, "{\"response\": \"已補齊二月紀錄\"}");
        String second = awaitVerification(next);
        assertThat(post("/api/review-tasks/" + second + "/verification", REVIEWER,
                "{\"accepted\": true, \"reason\": \"紀錄齊全\"}").body().get("outcome").asString()).isEqualTo("ACCEPTED");
        await().atMost(WAIT).until(() -> "CLOSED".equals(
                get("/api/corrective-actions/" + next, CLERK).body().get("status").asString()));
        assertThat(StreamSupport.stream(get("/api/review-tasks?scope=BODY&kind=CORRECTIVE_ACTION_VERIFICATION",
                REVIEWER).body().spliterator(), false).filter(t -> actionId.equals(t.get("subjectId").asString())))
                .as("the redelivered answer opened no second verification").hasSize(1);
    }

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    tw.uplift.review.tasks.TaskMetrics taskMetrics;

    @Test
    void theDeskIsCountedOpenByKindAndAgeUnassignedByBodyAndTheTimeToDecision() {
        approvedPlan();
        assertThat(meters.find("uplift.review.decision.time").tags("kind", "PLAN_APPROVAL", "outcome", "APPROVED")
                .timer()).isNotNull().satisfies(t -> assertThat(t.count()).isPositive());
        // A follow-up for an agency of a body nobody reviews for waits in the candidate group.
        KafkaProbe.send(topics.of(Topic.SURVEY), KafkaProbe.envelope(new tw.uplift.contracts.survey
                .SurveyResultsPublished("survey-" + UUID.randomUUID(), "nowhere-agency", null, null, 120, 0.5, 0.8,
                Instant.now()), 1));
        taskMetrics.wake();
        await().atMost(WAIT).until(() -> {
            taskMetrics.wake();
            var gauge = meters.find("uplift.review.tasks.unassigned").tags("body", "unknown").gauge();
            return gauge != null && gauge.value() >= 1;
        });
        assertThat(meters.find("uplift.review.tasks.waiting").tags("kind", "ROUTINE_CHECK", "age", "20+").gauge())
                .as("every kind and age is a row").isNotNull();
        assertThat(meters.find("uplift.review.tasks.overdue").tags("kind", "FOLLOW_UP").gauge()).isNotNull();
    }

    @Test
    void findingsRedeliveredOrOutOfOrderOpenEachCorrectiveActionOnce() {
        String checkId = "check-" + UUID.randomUUID();
        LocalDate due = TaipeiTime.today(clock).plusDays(20);
        MeasureTrackingDecided a = finding(checkId, "m-1", due);
        MeasureTrackingDecided b = finding(checkId, "m-2", due.plusDays(1));
        EventEnvelope<MeasureTrackingDecided> second = KafkaProbe.envelope(b, 2);
        EventEnvelope<MeasureTrackingDecided> first = KafkaProbe.envelope(a, 1);
        KafkaProbe.send(topics.of(Topic.REVIEW), second);
        KafkaProbe.send(topics.of(Topic.REVIEW), first);
        KafkaProbe.send(topics.of(Topic.REVIEW), first);

        await().atMost(WAIT).until(() -> actionsWithId(a.correctiveActionId()) == 1
                && actionsWithId(b.correctiveActionId()) == 1);
        KafkaProbe.send(topics.of(Topic.REVIEW), second);
        awaitEvent(CorrectiveActionRequired.class, a.correctiveActionId());
        awaitEvent(CorrectiveActionRequired.class, b.correctiveActionId());
        assertThat(mongo.findById(b.correctiveActionId(), CorrectiveAction.class).dueDate())
                .isEqualTo(due.plusDays(1));
        assertThat(KafkaProbe.readAll(topics.of(Topic.REVIEW), Duration.ofSeconds(2)).stream()
                .filter(r -> a.correctiveActionId().equals(header(r)))
                .filter(r -> KafkaProbe.decode(r).payload() instanceof CorrectiveActionRequired)).hasSize(1);
    }

    @Test
    void theCheckPagesOpenDrawAndRecordWithErrorsLinkedToTheirFields() {
        String planId = approvedPlan();
        PageBrowser lead = new PageBrowser(port, LEAD);
        PageBrowser.Page form = lead.get("/reviews/checks/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("開立平時查核", planId);
        PageBrowser.Page missing = lead.post("/reviews/checks", Map.of("reason", "例行"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.html()).contains("<a href=\"#plan-1\">請選擇要查核的計畫。</a>");
        PageBrowser.Page created = lead.post("/reviews/checks", Map.of("planId", planId));
        assertThat(created.status()).isEqualTo(303);
        PageBrowser.Page opened = lead.get(created.location());
        assertThat(opened.html()).contains("已開立平時查核", "尚未抽樣");
        String checkId = created.location().replaceAll("^.*/reviews/([^?]+)\\?.*$", "$1");

        PageBrowser reviewer = new PageBrowser(port, REVIEWER);
        PageBrowser.Page noSize = reviewer.post("/reviews/" + checkId + "/sample", Map.of("method", "RANDOM",
                "size", "x"));
        assertThat(noSize.status()).isEqualTo(400);
        assertThat(noSize.html()).contains("<a href=\"#size\">抽查件數請輸入 1 以上的整數。</a>");
        PageBrowser.Page seeded = reviewer.get(reviewer.post("/reviews/" + checkId + "/sample",
                Map.of("method", "RANDOM", "size", "1", "seed", "1234567")).location());
        assertThat(seeded.html()).as("the seed as typed, to type again (no digit grouping)")
                .contains("亂數種子 1234567，");
        PageBrowser.Page sampled = reviewer.get(reviewer.post("/reviews/" + checkId + "/sample",
                Map.of("method", "HAND_PICKED", "measureIds", "m-sop")).location());
        assertThat(sampled.html()).contains("已抽樣", "指定抽查 · 共 1 項", "name=\"verdict-1\"");
        PageBrowser.Page noAction = reviewer.post("/reviews/" + checkId + "/findings", Map.of(
                "verdict-1", "CORRECTIVE_ACTION", "reason-1", "未公告"));
        assertThat(noAction.status()).isEqualTo(400);
        assertThat(noAction.html()).contains("<a href=\"#action-1\">第 1 項：需改善時，請填寫應改善事項。</a>",
                ">未公告</textarea>");
        PageBrowser.Page done = reviewer.get(reviewer.post("/reviews/" + checkId + "/findings", Map.of(
                "verdict-1", "RELEASE", "reason-1", "SOP 已公告")).location());
        assertThat(done.html()).contains("已送出查核結果", "解除列管", "SOP 已公告").doesNotContain("name=\"verdict-1\"");
        assertThat(new PageBrowser(port, OTHER_BODY).get("/reviews/" + checkId).status()).isEqualTo(404);
    }

    @Test
    void theAgencyAnswersOnItsPageAndTheReviewerVerifiesOnTheTaskPage() {
        String actionId = checkedWithACorrectiveAction();
        PageBrowser clerk = new PageBrowser(port, CLERK);
        assertThat(clerk.get("/reviews/corrective-actions").html()).contains("改善事項", "補齊第一季檢覈紀錄", "待改善",
                "/reviews/corrective-actions/" + actionId);
        PageBrowser.Page empty = clerk.post("/reviews/corrective-actions/" + actionId + "/response",
                Map.of("response", "  "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.html()).contains("<a href=\"#response\">請說明已採取的改善作為（最多 2000 字）。</a>");
        PageBrowser.Page sent = clerk.post("/reviews/corrective-actions/" + actionId + "/response",
                Map.of("response", "已補齊第一季檢覈紀錄"));
        assertThat(clerk.get(sent.location()).html()).contains("已回復，督考機關將查證改善情形", "已回復，查證中")
                .doesNotContain("name=\"response\"");
        assertThat(new PageBrowser(port, TestTokens.agencyStaff("clerk-x", "kcg-xinxing"))
                .get("/reviews/corrective-actions/" + actionId).status()).isEqualTo(404);

        String verification = awaitVerification(actionId);
        PageBrowser reviewer = new PageBrowser(port, REVIEWER);
        assertThat(reviewer.get("/reviews/" + verification).html()).contains("改善事項查證", "已補齊第一季檢覈紀錄",
                "name=\"accepted\"");
        PageBrowser.Page noWhat = reviewer.post("/reviews/" + verification + "/verification",
                Map.of("accepted", "false", "reason", "紀錄不全"));
        assertThat(noWhat.status()).isEqualTo(400);
        assertThat(noWhat.html()).contains("<a href=\"#correctiveAction\">未完成改善時，請填寫尚待改善事項。</a>");
        PageBrowser.Page accepted = reviewer.post("/reviews/" + verification + "/verification",
                Map.of("accepted", "true", "reason", "紀錄齊全"));
        assertThat(reviewer.get(accepted.location()).html()).contains("已送出查證結果").doesNotContain("name=\"accepted\"");
        await().atMost(WAIT).until(() -> clerk.get("/reviews/corrective-actions/" + actionId).html()
                .contains("已完成改善"));
    }

    // ---- helpers ----

    /** A check of a new approved plan with one corrective action on m-sop; returns the action's id. */
    private String checkedWithACorrectiveAction() {
        String planId = approvedPlan();
        String checkId = post("/api/routine-checks", REVIEWER, "{\"planId\": \"" + planId + "\"}").body()
                .get("id").asString();
        post("/api/review-tasks/" + checkId + "/sample", REVIEWER,
                "{\"method\": \"HAND_PICKED\", \"measureIds\": [\"m-sop\"]}");
        post("/api/review-tasks/" + checkId + "/findings", REVIEWER, """
                {"findings": [{"measureId": "m-sop", "verdict": "CORRECTIVE_ACTION", "reason": "未見季檢覈紀錄",
                               "correctiveAction": "補齊第一季檢覈紀錄", "actionDueDate": "%s"}]}"""
                .formatted(TaipeiTime.today(clock).plusDays(30)));
        String actionId = DerivedId.of(checkId, "corrective-action:m-sop");
        await().atMost(WAIT).until(() -> get("/api/corrective-actions/" + actionId, CLERK).status() == 200);
        return actionId;
    }

    /** The verification task opened for the corrective action's answer. */
    private String awaitVerification(String actionId) {
        return await().atMost(WAIT).until(() -> StreamSupport.stream(get(
                "/api/review-tasks?scope=BODY&kind=CORRECTIVE_ACTION_VERIFICATION&state=OPEN", REVIEWER).body()
                .spliterator(), false).filter(t -> actionId.equals(t.get("subjectId").asString()))
                .map(t -> t.get("id").asString()).findFirst().orElse(null), id -> id != null);
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asString()).toList();
    }

    /** A plan of 民政局 submitted and approved by reviewer; returns its id. */
    private String approvedPlan() {
        String planId = "plan-" + UUID.randomUUID();
        PlanContentSnapshot content = new PlanContentSnapshot(List.of(new PlanContentSnapshot.Dimension("一",
                "完備基礎服務項目", List.of(new PlanContentSnapshot.FocusArea("(一)", "建立業務標準作業流程", List.of(
                        measure("m-sop", "1", "訂定標準作業流程(SOP)"), measure("m-publicity", "2", "服務資訊公開透明"),
                        measure("m-counter", "3", "櫃檯雙語服務")))))));
        EventEnvelope<PlanSubmitted> event = KafkaProbe.envelope(new PlanSubmitted(planId, "kcg-civil-affairs",
                "高雄市政府民政局", null, "kcg-rdec", 115, "高雄市政府民政局115年度提升服務執行計畫", 1, 3, "clerk",
                Instant.now(), content), 1);
        KafkaProbe.send(topics.of(Topic.PLAN), event);
        String taskId = DerivedId.of(event.id(), "plan-approval");
        await().atMost(WAIT).until(() -> get("/api/review-tasks/" + taskId, REVIEWER).status() == 200);
        assertThat(post("/api/review-tasks/" + taskId + "/decision", REVIEWER,
                "{\"decision\": \"APPROVED\", \"comments\": []}").status()).isEqualTo(200);
        return planId;
    }

    private static PlanContentSnapshot.Measure measure(String id, String code, String title) {
        return new PlanContentSnapshot.Measure(id, code, title, null, List.of("秘書室"), "12月31日前",
                LocalDate.of(2026, 12, 31), null, null);
    }

    private static MeasureTrackingDecided finding(String checkId, String measureId, LocalDate due) {
        return new MeasureTrackingDecided(checkId, "plan-x", "kcg-civil-affairs", measureId,
                TrackingVerdict.KEPT_TRACKED, "未改善", "reviewer", Instant.now(),
                DerivedId.of(checkId, "corrective-action:" + measureId), "補正 " + measureId, due);
    }

    private long actionsWithId(String id) {
        return mongo.count(Query.query(Criteria.where("_id").is(id)), CorrectiveAction.class);
    }

    private ConsumerRecord<byte[], byte[]> awaitEvent(Class<? extends DomainEvent> type, String subject) {
        return await().atMost(EVENT_WAIT).until(() -> KafkaProbe.readAll(topics.of(Topic.REVIEW),
                Duration.ofSeconds(2)).stream().filter(r -> subject.equals(header(r)))
                .filter(r -> type.isInstance(KafkaProbe.decode(r).payload())).findFirst().orElse(null), r -> r != null);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record) {
        var header = record.headers().lastHeader("ce_subject");
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> planIds(JsonNode plans) {
        return StreamSupport.stream(plans.spliterator(), false).map(p -> p.get("planId").asString()).toList();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private TestHttp.Reply get(String path, String token) {
        return new TestHttp(port).get(path, token);
    }

    private TestHttp.Reply post(String path, String token, String json) {
        return new TestHttp(port).post(path, token, json);
    }
}
