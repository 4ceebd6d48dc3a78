package tw.uplift.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.planimport.examples.ExamplePlan;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanReturned;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.plan.metrics.PlanYearMetrics;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * plan-service against the real broker and store: a clerk writes and submits a plan, the supervising
 * body's decision arrives as an event, and the plan moves on exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=plan-service")
@WithUpliftInfrastructure
class PlanFlowIT {

    static final String CLERK = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");
    static final String HEAD = TestTokens.agencyHead("head", "kcg-civil-affairs");
    static final String OTHER_AGENCY = TestTokens.agencyStaff("clerk2", "kcg-household-xinxing");
    static final String REVIEWER = TestTokens.reviewer("reviewer", "kcg-rdec", null);
    static final String REVIEWER_OF_ANOTHER_BODY = TestTokens.reviewer("tpe-reviewer", "tpe-rdec", null);

    static final String PLAN = """
            {"rocYear": 115, "title": "高雄市政府民政局115年度提升服務執行計畫",
             "dimensions": [{"code": "一", "title": "完備基礎服務項目，注重服務特性差異化",
               "focusAreas": [{"code": "(一)", "title": "建立業務標準作業流程",
                 "measures": [
                   {"code": "1", "title": "訂定標準作業流程(SOP)", "text": "訂定申辦案件SOP", "units": ["宗教禮俗科", "戶籍行政科"], "deadline": "3月31日前"},
                   {"code": "2", "title": "服務資訊公開透明", "units": ["各科室"], "deadline": "12月31日前"},
                   {"code": "3", "title": "檢覈服務行為友善性", "units": ["秘書室"], "deadline": "持續辦理"}]}]}]}
            """;

    @LocalServerPort
    int port;
    @Autowired
    TopicNames topics;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;

    @Autowired
    PlanYearMetrics yearMetrics;

    @Test
    void thePlanYearIsCountedForTheDashboards() {
        TestHttp http = new TestHttp(port);
        String planId = http.post("/api/plans", CLERK, PLAN).body().get("id").asString();
        http.post("/api/plans/" + planId + "/submit", HEAD, null);
        http.upload("/api/plans/import", CLERK, "empty.txt", new byte[0]);

        yearMetrics.wake();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(http.get("/actuator/prometheus", null).text())
                .containsPattern("uplift_plans\\{[^}]*status=\"SUBMITTED\"[^}]*year=\"115\"[^}]*\\} [1-9]")
                .containsPattern("uplift_plan_measures\\{[^}]*light=\"GREEN\"")
                .containsPattern("uplift_progress_reports\\{[^}]*state=\"due\"")
                .containsPattern("uplift_plan_imports_total\\{[^}]*outcome=\"EMPTY_FILE\"[^}]*\\} [1-9]"));
    }

    @Test
    void planIsWrittenSubmittedApprovedOnceAndPublished() {
        TestHttp http = new TestHttp(port);
        TestHttp.Reply created = http.post("/api/plans", CLERK, PLAN);
        assertThat(created.status()).isEqualTo(201);
        String planId = created.body().get("id").asString();
        JsonNode measures = created.body().at("/dimensions/0/focusAreas/0/measures");
        assertThat(measures.get(0).get("dueDate").asString()).isEqualTo("2026-03-31");
        assertThat(measures.get(2).get("cadence").asString()).isEqualTo("QUARTERLY");

        // Another agency cannot see, change or submit it: for them it does not exist.
        assertThat(http.get("/api/plans/" + planId, OTHER_AGENCY).status()).isEqualTo(404);
        assertThat(http.put("/api/plans/" + planId, OTHER_AGENCY, PLAN).status()).isEqualTo(404);
        assertThat(http.post("/api/plans/" + planId + "/submit", OTHER_AGENCY, null).status()).isEqualTo(404);
        assertThat(http.get("/api/plans", OTHER_AGENCY).body()).isEmpty();
        assertThat(http.get("/api/plans/" + planId, null).status()).isEqualTo(401);

        // The clerk asks the head to confirm (陳核); nothing leaves the agency until the head submits it (送審).
        TestHttp.Reply requested = http.post("/api/plans/" + planId + "/submit", CLERK, null);
        assertThat(requested.status()).isEqualTo(200);
        assertThat(requested.body().get("status").asString()).isEqualTo("AWAITING_HEAD");
        TestHttp.Reply twice = http.post("/api/plans/" + planId + "/submit", CLERK, null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("detail").asString()).contains("AWAITING_HEAD");
        TestHttp.Reply submitted = http.post("/api/plans/" + planId + "/submit", HEAD, null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().get("status").asString()).isEqualTo("SUBMITTED");
        // Submitting again while under review breaks a rule: 409 naming the state, not a second event.
        TestHttp.Reply again = http.post("/api/plans/" + planId + "/submit", HEAD, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").asString()).contains("SUBMITTED");

        List<EventEnvelope<DomainEvent>> planEvents = eventsFor(planId, 1);
        PlanSubmitted event = (PlanSubmitted) planEvents.getFirst().payload();
        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.supervisingBodyId()).isEqualTo("kcg-rdec");
        assertThat(event.measureCount()).isEqualTo(3);
        assertThat(planEvents.getFirst().source()).isEqualTo("/uplift/plan-service");
        // It carries what was submitted, so the reviewer reviews exactly this revision.
        List<PlanContentSnapshot.Measure> submittedMeasures = event.content().dimensions().getFirst().focusAreas()
                .getFirst().measures();
        assertThat(submittedMeasures).extracting(PlanContentSnapshot.Measure::id)
                .containsExactly(measures.get(0).get("id").asString(), measures.get(1).get("id").asString(),
                        measures.get(2).get("id").asString());
        assertThat(submittedMeasures.getFirst().units()).containsExactly("宗教禮俗科", "戶籍行政科");
        assertThat(submittedMeasures.getFirst().text()).isEqualTo("訂定申辦案件SOP");
        assertThat(submittedMeasures.getFirst().dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(submittedMeasures.getLast().cadence()).isEqualTo("QUARTERLY");

        // The reviewer approves; the decision is delivered twice (redelivery).
        EventEnvelope<PlanReviewDecided> decision = KafkaProbe.envelope(new PlanReviewDecided(planId, "task-1",
                "kcg-civil-affairs", 1, ReviewDecision.APPROVED, "reviewer", List.of(), Instant.now()), 1);
        KafkaProbe.send(topics.of(Topic.REVIEW), decision);
        KafkaProbe.send(topics.of(Topic.REVIEW), decision);

        await().atMost(Duration.ofSeconds(20)).until(
                () -> "PUBLISHED".equals(http.get("/api/plans/" + planId, CLERK).body().get("status").asString()));
        List<EventEnvelope<DomainEvent>> after = eventsFor(planId, 3);
        assertThat(after).extracting(e -> e.payload().getClass().getSimpleName())
                .containsExactly("PlanSubmitted", "PlanApproved", "PlanPublished");
        assertThat(after).extracting(EventEnvelope::sequence).containsExactly(1L, 2L, 3L);
        PlanApproved approved = (PlanApproved) after.get(1).payload();
        assertThat(approved.measures()).extracting(m -> m.dueDate())
                .containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 12, 31), null);
        assertThat(http.get("/public/plans/" + planId, null).status()).isEqualTo(200);
        yearMetrics.wake();
        await().atMost(Duration.ofSeconds(20)).until(() -> meters.find("uplift.plans").tag("status", "PUBLISHED")
                .tag("year", "115").gauge() != null);
        assertThat(meters.get("uplift.plans").tag("status", "PUBLISHED").gauge().value()).isGreaterThanOrEqualTo(1);
        // Approved plans are no longer editable.
        assertThat(http.put("/api/plans/" + planId, CLERK, PLAN).status()).isEqualTo(409);
    }

    @Test
    void returnedPlanCanBeRevisedAndResubmittedAsANewRevisionAndStaleDecisionsAreIgnored() {
        TestHttp http = new TestHttp(port);
        String planId = http.post("/api/plans", CLERK, PLAN).body().get("id").asString();
        http.post("/api/plans/" + planId + "/submit", HEAD, null);
        KafkaProbe.send(topics.of(Topic.REVIEW), KafkaProbe.envelope(new PlanReviewDecided(planId, "task-a",
                "kcg-civil-affairs", 1, ReviewDecision.RETURNED, "reviewer",
                List.of(new ItemComment("plan", "請補充預期效益")), Instant.now()), 1));
        await().atMost(Duration.ofSeconds(20)).until(
                () -> "RETURNED".equals(http.get("/api/plans/" + planId, CLERK).body().get("status").asString()));
        assertThat(http.get("/api/plans/" + planId, CLERK).body().at("/reviewComments/0/comment").asString())
                .isEqualTo("請補充預期效益");

        assertThat(http.put("/api/plans/" + planId, CLERK, PLAN.replace("115年度", "115年度(修正)")).status())
                .isEqualTo(200);
        assertThat(http.post("/api/plans/" + planId + "/submit", HEAD, null).body().get("revision").asInt())
                .isEqualTo(2);
        // A late approval of revision 1 must not approve revision 2.
        KafkaProbe.send(topics.of(Topic.REVIEW), KafkaProbe.envelope(new PlanReviewDecided(planId, "task-a",
                "kcg-civil-affairs", 1, ReviewDecision.APPROVED, "reviewer", List.of(), Instant.now()), 2));
        List<EventEnvelope<DomainEvent>> events = eventsFor(planId, 3);
        assertThat(events).extracting(e -> e.payload().getClass().getSimpleName())
                .containsExactly("PlanSubmitted", "PlanReturned", "PlanSubmitted");
        assertThat(((PlanReturned) events.get(1).payload()).comments()).hasSize(1);
        assertThat(http.get("/api/plans/" + planId, CLERK).body().get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        TestHttp http = new TestHttp(port);
        String planId = http.post("/api/plans", CLERK, PLAN).body().get("id").asString();
        Map<String, Object> before = mongo.findById(planId, Map.class, "plans");

        TestHttp.Reply missingTitle = http.put("/api/plans/" + planId, CLERK, PLAN.replace(
                "\"title\": \"高雄市政府民政局115年度提升服務執行計畫\"", "\"title\": \"\""));
        assertThat(missingTitle.status()).isEqualTo(400);
        assertThat(missingTitle.contentType()).startsWith("application/problem+json");
        assertThat(missingTitle.body().get("errors").findValuesAsString("field")).contains("title");

        TestHttp.Reply badYear = http.post("/api/plans", CLERK, PLAN.replace("\"rocYear\": 115", "\"rocYear\": \"next\""));
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.body().get("errors").findValuesAsString("field")).contains("rocYear");

        TestHttp.Reply nestedBlank = http.put("/api/plans/" + planId, CLERK,
                PLAN.replace("\"title\": \"服務資訊公開透明\"", "\"title\": \" \""));
        assertThat(nestedBlank.status()).isEqualTo(400);
        assertThat(nestedBlank.body().get("errors").findValuesAsString("field"))
                .contains("dimensions[0].focusAreas[0].measures[1].title");

        assertThat(http.post("/api/plans", CLERK, "{not json").status()).isEqualTo(400);
        assertThat(http.post("/api/plans", CLERK, "").status()).isEqualTo(400);
        assertThat(http.post("/api/plans/" + planId + "/measures/nope/complete", CLERK, null).status()).isEqualTo(409);
        assertThat(http.get("/api/plans/does-not-exist", CLERK).status()).isEqualTo(404);
        // A reviewer is not agency staff and cannot create plans.
        assertThat(http.post("/api/plans", TestTokens.reviewer("reviewer", "kcg-rdec", null), PLAN).status())
                .isEqualTo(403);

        Map<String, Object> after = mongo.findById(planId, Map.class, "plans");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void seedDocumentIsPreviewedThenSavedAsADraftOfTheCallersAgency() throws Exception {
        TestHttp http = new TestHttp(port);
        byte[] seed = ExamplePlan.KCG_CIVIL_AFFAIRS_111.bytes();
        int plansBefore = http.get("/api/plans", CLERK).body().size();
        TestHttp.Reply preview = http.upload("/api/plans/import", CLERK, "000.txt", seed);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body().get("rocYear").asInt()).isEqualTo(111);
        int dimensions = preview.body().get("dimensions").size();
        assertThat(dimensions).isGreaterThan(1);
        assertThat(http.get("/api/plans", CLERK).body().size()).as("a preview saves nothing").isEqualTo(plansBefore);

        TestHttp.Reply saved = http.upload("/api/plans/import?confirm=true", CLERK, "000.txt", seed);
        assertThat(saved.status()).isEqualTo(201);
        String planId = saved.body().get("planId").asString();
        JsonNode plan = http.get("/api/plans/" + planId, CLERK).body();
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        assertThat(plan.get("agencyId").asString()).isEqualTo("kcg-civil-affairs");
        assertThat(plan.get("dimensions").size()).isEqualTo(dimensions);
        assertThat(http.get("/api/plans/" + planId, OTHER_AGENCY).status()).isEqualTo(404);

        TestHttp.Reply garbage = http.upload("/api/plans/import?confirm=true", CLERK, "x.docx", new byte[] {1, 2, 3, 0, 9});
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.contentType()).startsWith("application/problem+json");
        assertThat(garbage.body().get("errors").findValuesAsString("field")).contains("file");
        TestHttp.Reply empty = http.upload("/api/plans/import", CLERK, "empty.txt", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void onlyTheAgencysOwnStaffChangeItsPlanWhateverIdsATokenCarries() {
        TestHttp http = new TestHttp(port);
        String planId = http.post("/api/plans", CLERK, PLAN).body().get("id").asString();
        String reviewerAtTheAgency = TestTokens.reviewer("reviewer2", "kcg-rdec", "kcg-civil-affairs");
        for (String token : List.of(TestTokens.admin(), reviewerAtTheAgency)) {
            assertThat(http.put("/api/plans/" + planId, token, PLAN).status()).isEqualTo(403);
            assertThat(http.post("/api/plans/" + planId + "/submit", token, null).status()).isEqualTo(403);
        }
        assertThat(http.get("/api/plans/" + planId, TestTokens.admin()).status()).as("operators may read")
                .isEqualTo(200);
        assertThat(http.get("/api/plans/" + planId, CLERK).body().get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void aReviewerOfTheSupervisingBodyReadsThePlansSubmittedToItAndChangesNone() {
        TestHttp http = new TestHttp(port);
        String draft = http.post("/api/plans", CLERK, PLAN).body().get("id").asString();
        String submitted = http.post("/api/plans", CLERK, PLAN).body().get("id").asString();
        assertThat(http.post("/api/plans/" + submitted + "/submit", HEAD, null).status()).isEqualTo(200);
        String published = publishedPlan(http);

        for (String planId : List.of(submitted, published)) {
            TestHttp.Reply read = http.get("/api/plans/" + planId, REVIEWER);
            assertThat(read.status()).as(read.text()).isEqualTo(200);
            assertThat(read.body().at("/dimensions/0/focusAreas/0/measures").size()).isEqualTo(3);
        }
        assertThat(http.get("/api/plans/" + draft, REVIEWER).status()).as("a draft never submitted").isEqualTo(404);
        assertThat(http.get("/api/plans/" + submitted, REVIEWER_OF_ANOTHER_BODY).status()).as("another body's plan")
                .isEqualTo(404);
        assertThat(ids(http.get("/api/plans", REVIEWER).body())).contains(submitted, published).doesNotContain(draft);
        assertThat(ids(http.get("/api/plans", REVIEWER_OF_ANOTHER_BODY).body()))
                .doesNotContain(draft, submitted, published);

        // Where a reviewer works grants nothing: the agency's draft is not theirs to read.
        String reviewerAtTheAgency = TestTokens.reviewer("reviewer2", "kcg-rdec", "kcg-civil-affairs");
        assertThat(http.get("/api/plans/" + draft, reviewerAtTheAgency).status()).isEqualTo(404);
        assertThat(http.get("/api/plans/" + submitted, reviewerAtTheAgency).status()).isEqualTo(200);

        // Read only: a reviewer changes, submits and completes nothing.
        Map<String, Object> before = mongo.findById(draft, Map.class, "plans");
        assertThat(http.put("/api/plans/" + submitted, REVIEWER, PLAN).status()).isEqualTo(403);
        assertThat(http.put("/api/plans/" + draft, REVIEWER, PLAN).status()).isEqualTo(403);
        assertThat(http.post("/api/plans/" + draft + "/submit", REVIEWER, null).status()).isEqualTo(403);
        String measureId = http.get("/api/plans/" + published, REVIEWER).body()
                .at("/dimensions/0/focusAreas/0/measures/0/id").asString();
        assertThat(http.post("/api/plans/" + published + "/measures/" + measureId + "/complete", REVIEWER, null)
                .status()).isEqualTo(403);
        assertThat(mongo.findById(draft, Map.class, "plans")).isEqualTo(before);
        JsonNode stillSubmitted = http.get("/api/plans/" + submitted, CLERK).body();
        assertThat(stillSubmitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(stillSubmitted.get("revision").asInt()).isEqualTo(1);

        // Agency users are unchanged: their own agency's plans, drafts included, and nobody else's.
        assertThat(ids(http.get("/api/plans", CLERK).body())).contains(draft, submitted, published);
        assertThat(ids(http.get("/api/plans", OTHER_AGENCY).body())).doesNotContain(draft, submitted, published);
        assertThat(http.get("/api/plans/" + submitted, OTHER_AGENCY).status()).isEqualTo(404);
    }

    @Test
    void anOverdueNoticeMarksTheMeasureOnceAndALateOneForACompletedMeasureIsIgnored() {
        TestHttp http = new TestHttp(port);
        String planId = publishedPlan(http);
        JsonNode measures = http.get("/api/plans/" + planId, CLERK).body().at("/dimensions/0/focusAreas/0/measures");
        String sop = measures.get(0).get("id").asString();
        String publicity = measures.get(1).get("id").asString();
        String kindness = measures.get(2).get("id").asString();

        // Redelivered: the same notice twice marks the measure once (PlanTest shows the second one writes nothing).
        EventEnvelope<ItemOverdue> overdue = KafkaProbe.envelope(overdue(planId, sop, "d-sop"), 3);
        KafkaProbe.send(topics.of(Topic.DEADLINE), overdue);
        await().atMost(Duration.ofSeconds(20)).until(() -> !measure(http, planId, 0).get("overdueSince").isNull());
        KafkaProbe.send(topics.of(Topic.DEADLINE), overdue);

        // Reordered: the second measure is completed, then a notice about it that was overtaken arrives.
        assertThat(http.post("/api/plans/" + planId + "/measures/" + publicity + "/complete", CLERK, null).status())
                .isEqualTo(200);
        String late = "d-late-" + planId;
        KafkaProbe.send(topics.of(Topic.DEADLINE), KafkaProbe.envelope(overdue(planId, publicity, late), 2));
        // Behind it on the same key (same partition): once this one shows, the late notice was consumed too.
        KafkaProbe.send(topics.of(Topic.DEADLINE), KafkaProbe.envelope(overdue(planId, kindness, late), 3));
        await().atMost(Duration.ofSeconds(20)).until(() -> !measure(http, planId, 2).get("overdueSince").isNull());

        JsonNode plan = http.get("/api/plans/" + planId, CLERK).body();
        assertThat(plan.at("/dimensions/0/focusAreas/0/measures/1/overdueSince").isNull()).isTrue();
        assertThat(plan.at("/dimensions/0/focusAreas/0/measures/1/completedAt").isNull()).isFalse();
        assertThat(plan.at("/dimensions/0/focusAreas/0/measures/0/overdueSince").asString()).isEqualTo("2026-04-01");
    }

    @Test
    void anImportRepeatedWithItsIdempotencyKeySavesOneDraft() {
        TestHttp http = new TestHttp(port);
        byte[] seed = ExamplePlan.KCG_SANMIN_106.bytes();
        Map<String, String> key = Map.of("Idempotency-Key", "demo-plan/sanmin/" + System.nanoTime());
        int plansBefore = http.get("/api/plans", CLERK).body().size();

        TestHttp.Reply first = http.upload("/api/plans/import?confirm=true", CLERK, "sanmin.txt", seed, key);
        TestHttp.Reply again = http.upload("/api/plans/import?confirm=true", CLERK, "sanmin.txt", seed, key);

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("planId").asString()).isEqualTo(first.body().get("planId").asString());
        assertThat(http.get("/api/plans", CLERK).body().size()).isEqualTo(plansBefore + 1);
        assertThat(http.upload("/api/plans/import?confirm=true", CLERK, "sanmin.txt", seed,
                Map.of("Idempotency-Key", "x".repeat(201))).status()).isEqualTo(400);
    }

    @Test
    void everyExamplePlanImportsAsADraft() {
        TestHttp http = new TestHttp(port);
        for (ExamplePlan example : ExamplePlan.values()) {
            TestHttp.Reply saved = http.upload("/api/plans/import?confirm=true", CLERK, example.fileName(), example.bytes());
            assertThat(saved.status()).as(example + ": " + saved.text()).isEqualTo(201);
        }
    }

    @Test
    void anImportWithAYearThatIsNoPlanYearIsABadRequestNamingIt() {
        TestHttp http = new TestHttp(port);
        byte[] seed = ExamplePlan.KCG_CIVIL_AFFAIRS_111.bytes();
        TestHttp.Reply reply = http.upload("/api/plans/import?confirm=true&rocYear=2026", CLERK, "000.txt", seed);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").findValuesAsString("field")).containsExactly("rocYear");
    }

    @Test
    void importedContentMeetsTheSizeLimitsOfTypedContent() {
        TestHttp http = new TestHttp(port);
        int plansBefore = http.get("/api/plans", CLERK).body().size();
        String text = ExamplePlan.KCG_CIVIL_AFFAIRS_111.text();
        String sop = "訂定申辦案件(臨櫃、網路、行動)SOP，包括流程、說明、檢具文件、查閱、追蹤方式等。";
        assertThat(text).contains(sop);
        String huge = text.replace(sop, "很長的說明".repeat(2_100)); // 10,500 characters: typed text allows 10,000
        TestHttp.Reply reply = http.upload("/api/plans/import?confirm=true", CLERK, "huge.txt",
                huge.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.body().get("errors").findValuesAsString("field"))
                .anySatisfy(field -> assertThat(field).startsWith("dimensions[").endsWith(".text"));
        assertThat(http.get("/api/plans", CLERK).body().size()).as("nothing saved").isEqualTo(plansBefore);
    }

    private String publishedPlan(TestHttp http) {
        String planId = http.post("/api/plans", CLERK, PLAN).body().get("id").asString();
        http.post("/api/plans/" + planId + "/submit", HEAD, null);
        KafkaProbe.send(topics.of(Topic.REVIEW), KafkaProbe.envelope(new PlanReviewDecided(planId, "task-" + planId,
                "kcg-civil-affairs", 1, ReviewDecision.APPROVED, "reviewer", List.of(), Instant.now()), 1));
        await().atMost(Duration.ofSeconds(20)).until(
                () -> "PUBLISHED".equals(http.get("/api/plans/" + planId, CLERK).body().get("status").asString()));
        return planId;
    }

    private static ItemOverdue overdue(String planId, String measureId, String deadlineId) {
        return new ItemOverdue(deadlineId, TrackedItemKind.MEASURE, measureId, planId, "kcg-civil-affairs",
                "訂定標準作業流程(SOP)", LocalDate.of(2026, 3, 31), Instant.now());
    }

    private static List<String> ids(JsonNode plans) {
        List<String> ids = new ArrayList<>();
        plans.forEach(p -> ids.add(p.get("id").asString()));
        return ids;
    }

    private static JsonNode measure(TestHttp http, String planId, int index) {
        return http.get("/api/plans/" + planId, CLERK).body().at("/dimensions/0/focusAreas/0/measures/" + index);
    }

    private List<EventEnvelope<DomainEvent>> eventsFor(String planId, int atLeast) {
        List<EventEnvelope<DomainEvent>>[] holder = new List[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<ConsumerRecord<byte[], byte[]>> records = KafkaProbe.readAll(topics.of(Topic.PLAN), Duration.ofMillis(500));
            holder[0] = records.stream()
                    .filter(r -> planId.equals(new String(r.key(), StandardCharsets.UTF_8)))
                    .map(KafkaProbe::decode).toList();
            return holder[0].size() >= atLeast;
        });
        return holder[0];
    }
}
