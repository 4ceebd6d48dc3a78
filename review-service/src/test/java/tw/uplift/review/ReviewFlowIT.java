package tw.uplift.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.EscalationLevel;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.contracts.survey.CourtesyTestScored;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * review-service against the real broker and store: plan submissions become assigned tasks exactly once,
 * reviewers decide over HTTP, bad input and poison messages are refused without harm, and low survey
 * results open follow-ups. One Spring context for all scenarios.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = {"spring.config.name=review-service",
        "uplift.review.satisfaction-thresholds.kcg-rdec=0.9", "uplift.review.courtesy-bars.kcg-rdec=85"})
@WithUpliftInfrastructure
class ReviewFlowIT {

    private static final String REVIEWER = TestTokens.reviewer("reviewer", "kcg-rdec", null);
    private static final String REVIEWER2 = TestTokens.reviewer("reviewer2", "kcg-rdec", "kcg-civil-affairs");
    /** A reviewer of the body free of any conflict of interest, holding nothing. */
    private static final String COLLEAGUE = TestTokens.reviewer("colleague", "kcg-rdec", null);
    /** A reviewer of another body (臺北市): none of kcg-rdec's tasks exist for them. */
    private static final String OTHER_BODY = TestTokens.reviewer("tpe-reviewer", "tpe-rdec", null);
    private static final String ADMIN = TestTokens.admin();
    private static final String CLERK = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");
    /** Friday 6 March 2026, 10:00 in Taipei. */
    private static final Instant FRIDAY_MORNING = Instant.parse("2026-03-06T02:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Each read joins a fresh consumer group, which alone can take seconds on a busy 2-core box. */
    private static final Duration EVENT_WAIT = Duration.ofSeconds(60);


    @LocalServerPort
    int port;

    @Autowired
    TopicNames topics;

    @Autowired
    Clock clock;

    @Autowired
    BindingsLifecycleController bindings;

    // ---- scenarios ----

    @Test
    void assignsASubmittedPlanOnceToAReviewerOutsideTheAgencyEvenWhenRedelivered() {
        String planId = "plan-" + UUID.randomUUID();
        EventEnvelope<PlanSubmitted> first = KafkaProbe.envelope(civilAffairsPlan(planId, 1), 1);
        KafkaProbe.send(topics.of(Topic.PLAN), first);
        String taskId = DerivedId.of(first.id(), "plan-approval");

        JsonNode task = awaitTask(taskId, REVIEWER);
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        // The reviewer reviews exactly what was submitted: the task carries revision 1's content.
        assertThat(measureTitles(task)).containsExactly("訂定標準作業流程(SOP) 1", "服務資訊公開透明 1");
        assertThat(task.at("/content/dimensions/0/focusAreas/0/measures/0/id").asString()).isEqualTo("m-sop");
        assertThat(task.at("/content/dimensions/0/focusAreas/0/measures/0/units/0").asString()).isEqualTo("戶籍行政科");
        assertThat(task.at("/content/dimensions/0/focusAreas/0/measures/0/dueDate").asString()).isEqualTo("2026-03-31");
        assertThat(task.at("/content/dimensions/0/focusAreas/0/measures/1/cadence").asString()).isEqualTo("QUARTERLY");
        assertThat(get("/api/review-tasks/" + taskId, ADMIN).body().has("content")).isTrue();
        assertThat(stream(get("/api/review-tasks", REVIEWER).body()).filter(t -> taskId.equals(t.get("id").asString())))
                .singleElement().satisfies(t -> assertThat(t.has("content")).as("lists leave the content out").isFalse());
        assertThat(task.get("assigneeId").asString()).isEqualTo("reviewer"); // reviewer2 works at kcg-civil-affairs
        assertThat(task.get("kind").asString()).isEqualTo("PLAN_APPROVAL");
        assertThat(task.get("dueDate").asString()).isEqualTo("2026-03-13"); // Friday + 5 working days
        assertThat(get("/api/review-tasks/" + taskId, COLLEAGUE).status()).as("the body's reviewers see its tasks")
                .isEqualTo(200);
        assertThat(get("/api/review-tasks/" + taskId, REVIEWER2).status())
                .as("but not one who works at the agency (conflict of interest)").isEqualTo(404);
        assertThat(get("/api/review-tasks/" + taskId, OTHER_BODY).status()).isEqualTo(404);
        assertThat(ids(get("/api/review-tasks?scope=BODY", OTHER_BODY).body())).doesNotContain(taskId);
        assertThat(get("/api/review-tasks/" + taskId, ADMIN).status()).isEqualTo(200);
        assertThat(ids(get("/api/review-tasks", REVIEWER).body())).contains(taskId);
        assertThat(ids(get("/api/review-tasks", REVIEWER2).body())).doesNotContain(taskId);

        ConsumerRecord<byte[], byte[]> assigned = awaitReviewEvent(ReviewTaskAssigned.class, taskId);
        assertThat(header(assigned, "ce_type")).isEqualTo("tw.uplift.review.ReviewTaskAssigned.v1");
        assertThat(header(assigned, "ce_source")).isEqualTo("/uplift/review-service");
        assertThat(header(assigned, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(assigned, "ce_subject")).isEqualTo(taskId);
        assertThat(header(assigned, "ce_id")).isNotBlank();
        assertThat(header(assigned, "ce_time")).isNotBlank();
        assertThat(header(assigned, "ce_sequence")).isEqualTo("1");
        assertThat(header(assigned, "content-type")).isEqualTo("application/json");
        assertThat(new String(assigned.key(), StandardCharsets.UTF_8)).isEqualTo(taskId);
        ReviewTaskAssigned payload = (ReviewTaskAssigned) KafkaProbe.decode(assigned).payload();
        assertThat(payload.reviewerId()).isEqualTo("reviewer");
        assertThat(payload.subjectId()).isEqualTo(planId);
        assertThat(payload.dueDate()).hasToString("2026-03-13");

        // The same event again, then the resubmission (revision 2) behind it on the same partition (same key):
        // once revision 2 has its task, the redelivery has surely been consumed.
        KafkaProbe.send(topics.of(Topic.PLAN), first);
        EventEnvelope<PlanSubmitted> second = KafkaProbe.envelope(civilAffairsPlan(planId, 2), 2);
        KafkaProbe.send(topics.of(Topic.PLAN), second);
        String secondTaskId = DerivedId.of(second.id(), "plan-approval");
        JsonNode secondTask = awaitTask(secondTaskId, ADMIN);
        assertThat(secondTask.get("revision").asInt()).isEqualTo(2);
        assertThat(measureTitles(secondTask)).containsExactly("訂定標準作業流程(SOP) 2", "服務資訊公開透明 2");
        assertThat(measureTitles(get("/api/review-tasks/" + taskId, REVIEWER).body()))
                .as("the redelivery changed nothing").containsExactly("訂定標準作業流程(SOP) 1", "服務資訊公開透明 1");

        List<JsonNode> tasksOfPlan = stream(get("/api/review-tasks", ADMIN).body())
                .filter(t -> planId.equals(t.get("subjectId").asString())).toList();
        assertThat(tasksOfPlan).extracting(t -> t.get("id").asString())
                .containsExactlyInAnyOrder(taskId, secondTaskId);
        List<ReviewTaskAssigned> assignments = reviewEvents(ReviewTaskAssigned.class).stream()
                .filter(e -> planId.equals(e.subjectId())).toList();
        assertThat(assignments).extracting(ReviewTaskAssigned::taskId).containsExactlyInAnyOrder(taskId, secondTaskId);
    }

    @Test
    void theAssigneeDecidesOnceAndBadInputChangesNothing() {
        String planId = "plan-" + UUID.randomUUID();
        EventEnvelope<PlanSubmitted> submitted = KafkaProbe.envelope(civilAffairsPlan(planId, 1), 1);
        KafkaProbe.send(topics.of(Topic.PLAN), submitted);
        String taskId = DerivedId.of(submitted.id(), "plan-approval");
        awaitTask(taskId, REVIEWER);
        String decision = "/api/review-tasks/" + taskId + "/decision";

        assertBadRequest(post(decision, REVIEWER, "{}"), "decision");
        assertBadRequest(post(decision, REVIEWER, "{\"comments\":[]}"), "decision");
        assertBadRequest(post(decision, REVIEWER, "{\"decision\":\"MAYBE\"}"), "decision");
        assertBadRequest(post(decision, REVIEWER, "{\"decision\":\"RETURNED\"}"), "comments");
        assertBadRequest(post(decision, REVIEWER, "{\"decision\":\"RETURNED\",\"comments\":[]}"), "comments");
        assertBadRequest(post(decision, REVIEWER,
                "{\"decision\":\"RETURNED\",\"comments\":[{\"itemRef\":\"plan\",\"comment\":\" \"}]}"),
                "comments[0].comment");
        assertBadRequest(post(decision, REVIEWER, "{\"decision\": \"APPROVED\", "), "body");
        assertThat(get("/api/review-tasks/" + taskId, REVIEWER).body().get("status").asString()).isEqualTo("OPEN");

        assertThat(post(decision, COLLEAGUE, "{\"decision\":\"APPROVED\"}").status()).isEqualTo(403);
        assertThat(post(decision, REVIEWER2, "{\"decision\":\"APPROVED\"}").status()).isEqualTo(404);
        assertThat(post(decision, OTHER_BODY, "{\"decision\":\"APPROVED\"}").status()).isEqualTo(404);
        assertThat(post(decision, ADMIN, "{\"decision\":\"APPROVED\"}").status()).isEqualTo(403);
        assertThat(post(decision, CLERK, "{\"decision\":\"APPROVED\"}").status()).isEqualTo(404);
        assertThat(post(decision, null, "{\"decision\":\"APPROVED\"}").status()).isEqualTo(401);
        assertThat(get("/api/review-tasks/" + taskId, REVIEWER).body().get("status").asString()).isEqualTo("OPEN");

        TestHttp.Reply decided = post(decision, REVIEWER, """
                {"decision":"RETURNED","comments":[{"itemRef":"plan","comment":"請補充各執行重點之預期效益"},
                                                   {"itemRef":"m-1-2","comment":"完成期限請具體化"}]}""");
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.body().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(decided.body().get("decision").asString()).isEqualTo("RETURNED");

        TestHttp.Reply again = post(decision, REVIEWER, "{\"decision\":\"APPROVED\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asString()).isEqualTo("already-decided");
        assertThat(get("/api/review-tasks/" + taskId, REVIEWER).body().get("decision").asString())
                .isEqualTo("RETURNED");

        PlanReviewDecided event = (PlanReviewDecided) KafkaProbe
                .decode(awaitReviewEvent(PlanReviewDecided.class, taskId)).payload();
        assertThat(event.planId()).isEqualTo(planId);
        assertThat(event.decision()).isEqualTo(ReviewDecision.RETURNED);
        assertThat(event.reviewerId()).isEqualTo("reviewer");
        assertThat(event.comments()).extracting(c -> c.itemRef()).containsExactly("plan", "m-1-2");
        awaitReviewEvent(ReviewTaskCompleted.class, taskId);

        // The loads are counted from the tasks: open tasks of reviewer == their undecided tasks.
        long stillOpen = stream(get("/api/review-tasks", REVIEWER).body())
                .filter(t -> "OPEN".equals(t.get("status").asString())).count();
        JsonNode pool = get("/api/reviewers", REVIEWER).body();
        assertThat(stream(pool).filter(r -> "reviewer".equals(r.get("id").asString())).findFirst().orElseThrow()
                .get("openTasks").asLong()).isEqualTo(stillOpen);
        assertThat(stream(pool).map(r -> r.get("id").asString())).containsExactly("lead", "reviewer", "reviewer2");
        assertThat(get("/api/reviewers", CLERK).status()).isEqualTo(403);
    }

    @Test
    void poisonMessagesAreDeadLetteredAndTheConsumerGoesOn() {
        String planTopic = topics.of(Topic.PLAN);
        String garbageId = "garbage-" + UUID.randomUUID();
        String unknownId = "unknown-" + UUID.randomUUID();
        KafkaProbe.sendRaw(planTopic, "poison", Map.of("ce_id", garbageId, "ce_type", "tw.uplift.plan.PlanSubmitted.v1",
                "ce_specversion", "1.0", "ce_source", "/test"), new byte[] {0x00, (byte) 0xff, 0x13, '{', 0x7f});
        KafkaProbe.sendRaw(planTopic, "poison", Map.of("ce_id", unknownId, "ce_type", "tw.uplift.plan.Nonsense.v9",
                "ce_specversion", "1.0", "ce_source", "/test"), "{}".getBytes(StandardCharsets.UTF_8));
        EventEnvelope<PlanSubmitted> good = KafkaProbe.envelope(civilAffairsPlan("plan-" + UUID.randomUUID(), 1), 1);
        KafkaProbe.send(planTopic, good);

        awaitTask(DerivedId.of(good.id(), "plan-approval"), REVIEWER);
        await().atMost(WAIT).untilAsserted(() -> {
            List<JsonNode> letters = stream(get("/admin/dead-letters", ADMIN).body()).toList();
            assertThat(letters).anySatisfy(l -> {
                assertThat(l.get("eventId").asString()).isEqualTo(garbageId);
                assertThat(l.get("originalTopic").asString()).isEqualTo(planTopic);
                assertThat(l.get("reason").asString()).contains("not valid JSON");
            });
            assertThat(letters).anySatisfy(l -> {
                assertThat(l.get("eventId").asString()).isEqualTo(unknownId);
                assertThat(l.get("reason").asString()).contains("unknown ce_type");
            });
        });
        assertThat(get("/admin/dead-letters", REVIEWER).status()).isEqualTo(403);

        // Replay sends the record back to its topic, through the consumer again: still poison, so it is
        // dead-lettered a second time (a new record, a new letter) and the first one says when it was replayed.
        String letterId = stream(get("/admin/dead-letters", ADMIN).body())
                .filter(l -> unknownId.equals(l.get("eventId").asString())).findFirst().orElseThrow().get("id").asString();
        TestHttp.Reply replayed = post("/admin/dead-letters/" + letterId + "/replay", ADMIN, "");
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body().get("replayedAt").isNull()).isFalse();
        await().atMost(WAIT).untilAsserted(() -> assertThat(stream(get("/admin/dead-letters", ADMIN).body())
                .filter(l -> unknownId.equals(l.get("eventId").asString()))).hasSize(2));
        assertThat(post("/admin/dead-letters/no-such-letter/replay", ADMIN, "").status()).isEqualTo(404);
    }

    /**
     * Consumer lag per group and topic is a real metric (issue #15; the dashboards and {@code UpliftConsumerLagHigh}
     * read it): with the consumer of plan-events stopped, submissions wait and the exported lag counts them; started
     * again, it takes them and the lag falls back to 0.
     */
    @Test
    void theConsumerLagOfAStoppedConsumerCountsWhatWaitsAndFallsToZeroWhenItResumes() {
        String topic = topics.of(Topic.PLAN);
        String lag = "spring_cloud_stream_binder_kafka_offset\\{[^}]*group=\"review-service\"[^}]*topic=\""
                + java.util.regex.Pattern.quote(topic) + "\"[^}]*\\} ";
        bindings.changeState("planEvents-in-0", BindingsLifecycleController.State.STOPPED);
        List<String> waiting = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                EventEnvelope<PlanSubmitted> submitted = KafkaProbe.envelope(civilAffairsPlan("plan-" + UUID.randomUUID(), 1), 1);
                KafkaProbe.send(topic, submitted);
                waiting.add(DerivedId.of(submitted.id(), "plan-approval"));
            }
            await().atMost(WAIT).untilAsserted(() -> assertThat(exported(lag)).as("lag while stopped").isGreaterThanOrEqualTo(5));
        } finally {
            bindings.changeState("planEvents-in-0", BindingsLifecycleController.State.STARTED);
        }
        waiting.forEach(taskId -> awaitTask(taskId, REVIEWER));
        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(exported(lag)).as("lag once resumed").isZero());
    }

    /** The value of the one series of {@code /actuator/prometheus} that {@code series} (a pattern up to the value) matches. */
    private double exported(String series) {
        java.util.regex.Matcher sample = java.util.regex.Pattern.compile("(?m)^" + series + "(\\S+)$")
                .matcher(get("/actuator/prometheus", null).text());
        assertThat(sample.find()).as("a sample matching " + series).isTrue();
        return Double.parseDouble(sample.group(1));
    }

    @Test
    void lowSurveyResultsOpenAFollowUpAndUnassignableTasksAreKept() {
        // The agency is known from its plan: a district office under kcg-civil-affairs, where reviewer2 works.
        EventEnvelope<PlanSubmitted> plan = KafkaProbe.envelope(new PlanSubmitted("plan-" + UUID.randomUUID(),
                "kcg-household-xinxing", "高雄市新興區戶政事務所", "kcg-civil-affairs", "kcg-rdec", 115, "提升服務執行計畫",
                1, 8, "clerk2", FRIDAY_MORNING), 1);
        KafkaProbe.send(topics.of(Topic.PLAN), plan);
        awaitTask(DerivedId.of(plan.id(), "plan-approval"), REVIEWER);

        String surveyId = "survey-" + UUID.randomUUID();
        EventEnvelope<SurveyResultsPublished> fine = KafkaProbe.envelope(new SurveyResultsPublished(surveyId,
                "kcg-household-xinxing", null, null, 120, 0.91, 0.8, FRIDAY_MORNING), 1);
        EventEnvelope<SurveyResultsPublished> low = KafkaProbe.envelope(new SurveyResultsPublished(surveyId,
                "kcg-household-xinxing", null, null, 150, 0.62, 0.8, FRIDAY_MORNING), 2);
        KafkaProbe.send(topics.of(Topic.SURVEY), fine);
        KafkaProbe.send(topics.of(Topic.SURVEY), low);
        JsonNode followUp = awaitTask(DerivedId.of(low.id(), "follow-up"), REVIEWER);
        assertThat(followUp.get("kind").asString()).isEqualTo("FOLLOW_UP");
        // Never reviewer2 (the office's parent agency); the demo lead covers the district offices, so either of the
        // other two, by load and turn.
        assertThat(followUp.get("assigneeId").asString()).isIn("reviewer", "lead");
        assertThat(followUp.get("supervisingBodyId").asString()).isEqualTo("kcg-rdec");
        assertThat(followUp.get("reason").asString()).contains("62.0%");
        assertThat(get("/api/review-tasks/" + DerivedId.of(fine.id(), "follow-up"), ADMIN).status())
                .isEqualTo(404);

        // Unknown agency: kept, unassigned. A body with no reviewers: kept, unassigned. Both counted.
        EventEnvelope<SurveyResultsPublished> unknown = KafkaProbe.envelope(new SurveyResultsPublished(
                "survey-" + UUID.randomUUID(), "kcg-nobody-knows", null, null, 40, 0.5, 0.8, FRIDAY_MORNING), 1);
        KafkaProbe.send(topics.of(Topic.SURVEY), unknown);
        EventEnvelope<PlanSubmitted> elsewhere = KafkaProbe.envelope(new PlanSubmitted("plan-" + UUID.randomUUID(),
                "tpe-civil-affairs", "臺北市政府民政局", null, "tpe-rdec", 115, "提升服務執行計畫", 1, 8, "someone",
                FRIDAY_MORNING), 1);
        KafkaProbe.send(topics.of(Topic.PLAN), elsewhere);
        for (String id : List.of(DerivedId.of(unknown.id(), "follow-up"),
                DerivedId.of(elsewhere.id(), "plan-approval"))) {
            JsonNode kept = awaitTask(id, ADMIN);
            assertThat(kept.get("status").asString()).isEqualTo("OPEN");
            assertThat(kept.get("inCandidateGroup").asBoolean()).isTrue();
            assertThat(kept.get("assigneeId").isNull()).isTrue();
        }
        String metrics = get("/actuator/prometheus", null).text();
        assertThat(metrics).containsPattern("uplift_review_assignments_total\\{[^}]*kind=\"FOLLOW_UP\"[^}]*outcome=\"unassigned\"");
        assertThat(metrics).containsPattern("uplift_review_assignments_total\\{[^}]*kind=\"PLAN_APPROVAL\"[^}]*outcome=\"assigned\"");
        assertThat(metrics).containsPattern("uplift_review_tasks_open\\{[^}]*\\} [1-9]");
        // One timer per Kafka send, the observation's (with its topic), not a second one Prometheus refuses.
        assertThat(metrics).containsPattern("spring_kafka_template_seconds_count\\{[^}]*messaging_destination_name=");

        TestHttp.Reply apiDocs = get("/v3/api-docs", null);
        assertThat(apiDocs.status()).isEqualTo(200);
        assertThat(apiDocs.text()).contains("/api/review-tasks/{id}/decision", "/api/reviewers");
    }

    @Test
    void anOlderSubmissionReplayedAfterANewerOneOpensNothingNew() {
        // Revision 2 can only exist once revision 1 was reviewed, so a revision-1 event seen after revision 2 is a
        // replay (say, of a dead letter) of one already handled: its derived task id is taken, and nothing is opened
        // or assigned again.
        String planId = "plan-" + UUID.randomUUID();
        EventEnvelope<PlanSubmitted> first = KafkaProbe.envelope(civilAffairsPlan(planId, 1), 1);
        EventEnvelope<PlanSubmitted> second = KafkaProbe.envelope(civilAffairsPlan(planId, 2), 2);
        KafkaProbe.send(topics.of(Topic.PLAN), first);
        awaitTask(DerivedId.of(first.id(), "plan-approval"), ADMIN);
        KafkaProbe.send(topics.of(Topic.PLAN), second);
        awaitTask(DerivedId.of(second.id(), "plan-approval"), ADMIN);

        KafkaProbe.send(topics.of(Topic.PLAN), first); // overtaken by revision 2, then replayed
        EventEnvelope<PlanSubmitted> marker = KafkaProbe.envelope(civilAffairsPlan(planId, 3), 3);
        KafkaProbe.send(topics.of(Topic.PLAN), marker); // same key, same partition: consumed after the replay
        awaitTask(DerivedId.of(marker.id(), "plan-approval"), ADMIN);

        assertThat(stream(get("/api/review-tasks", ADMIN).body()).filter(t -> planId.equals(t.get("subjectId").asString()))
                .map(t -> t.get("revision").asInt())).containsExactlyInAnyOrder(1, 2, 3);
        // Each task keeps the content of its own revision; the replayed revision 1 overwrote nothing.
        assertThat(measureTitles(get("/api/review-tasks/" + DerivedId.of(first.id(), "plan-approval"), ADMIN).body()))
                .containsExactly("訂定標準作業流程(SOP) 1", "服務資訊公開透明 1");
        assertThat(measureTitles(get("/api/review-tasks/" + DerivedId.of(second.id(), "plan-approval"), ADMIN).body()))
                .containsExactly("訂定標準作業流程(SOP) 2", "服務資訊公開透明 2");
        assertThat(reviewEvents(ReviewTaskAssigned.class).stream().filter(e -> planId.equals(e.subjectId())))
                .hasSize(3);
    }

    @Test
    void surveyResultsOpenTheirFollowUpsWhateverTheOrderAndOnlyOnce() {
        // Each publication of results stands on its own (no effect depends on their order): reversed and redelivered,
        // the same follow-ups are opened, once each.
        String surveyId = "survey-" + UUID.randomUUID();
        EventEnvelope<SurveyResultsPublished> earlier = KafkaProbe.envelope(new SurveyResultsPublished(surveyId,
                "kcg-civil-affairs", null, null, 100, 0.70, 0.8, FRIDAY_MORNING), 1);
        EventEnvelope<SurveyResultsPublished> later = KafkaProbe.envelope(new SurveyResultsPublished(surveyId,
                "kcg-civil-affairs", null, null, 200, 0.75, 0.8, FRIDAY_MORNING.plusSeconds(3600)), 2);
        KafkaProbe.send(topics.of(Topic.PLAN), KafkaProbe.envelope(civilAffairsPlan("plan-" + UUID.randomUUID(), 1), 1));
        KafkaProbe.send(topics.of(Topic.SURVEY), later);
        KafkaProbe.send(topics.of(Topic.SURVEY), earlier);
        KafkaProbe.send(topics.of(Topic.SURVEY), later);
        String earlierTask = DerivedId.of(earlier.id(), "follow-up");
        String laterTask = DerivedId.of(later.id(), "follow-up");
        awaitTask(earlierTask, ADMIN);
        awaitTask(laterTask, ADMIN);

        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(reviewEvents(ReviewTaskAssigned.class).stream()
                .filter(e -> surveyId.equals(e.subjectId())).map(ReviewTaskAssigned::taskId))
                .containsExactlyInAnyOrder(earlierTask, laterTask));
    }

    @Test
    void theSupervisingBodysThresholdDecidesNotTheOneTheAgencySetForItself() {
        // kcg-rdec asks for 90 %; the agency set 50 % for itself: 85 % is below the body's bar.
        KafkaProbe.send(topics.of(Topic.PLAN), KafkaProbe.envelope(civilAffairsPlan("plan-" + UUID.randomUUID(), 1), 1));
        EventEnvelope<SurveyResultsPublished> lenient = KafkaProbe.envelope(new SurveyResultsPublished(
                "survey-" + UUID.randomUUID(), "kcg-civil-affairs", null, null, 200, 0.85, 0.5, FRIDAY_MORNING), 1);
        KafkaProbe.send(topics.of(Topic.SURVEY), lenient);
        JsonNode followUp = awaitTask(DerivedId.of(lenient.id(), "follow-up"), ADMIN);
        assertThat(followUp.get("reason").asString()).contains("85.0%", "90.0%");
    }

    @Test
    void aCourtesyTestUnderTheBodysBarOpensAFollowUpOnceEvenWhenRedelivered() {
        // kcg-rdec's bar is 85 (the default 80 would let 82 pass); 90 clears it and opens nothing.
        KafkaProbe.send(topics.of(Topic.PLAN), KafkaProbe.envelope(civilAffairsPlan("plan-" + UUID.randomUUID(), 1), 1));
        EventEnvelope<CourtesyTestScored> good = KafkaProbe.envelope(courtesyTest("courtesy-" + UUID.randomUUID(),
                CourtesyTestKind.VISIT, 90), 1);
        String lowTest = "courtesy-" + UUID.randomUUID();
        EventEnvelope<CourtesyTestScored> low = KafkaProbe.envelope(courtesyTest(lowTest, CourtesyTestKind.PHONE, 82), 1);
        KafkaProbe.send(topics.of(Topic.SURVEY), good);
        KafkaProbe.send(topics.of(Topic.SURVEY), low);
        KafkaProbe.send(topics.of(Topic.SURVEY), low);

        String followUp = DerivedId.of(low.id(), "follow-up");
        JsonNode task = awaitTask(followUp, ADMIN);
        assertThat(task.get("kind").asString()).isEqualTo("FOLLOW_UP");
        assertThat(task.get("subjectId").asString()).isEqualTo(lowTest);
        assertThat(task.get("supervisingBodyId").asString()).isEqualTo("kcg-rdec");
        assertThat(task.get("assigneeId").asString()).as("never reviewer2, who works at the agency")
                .isNotEqualTo("reviewer2");
        assertThat(task.get("reason").asString()).contains("電話禮貌測試", "戶籍登記課", "82/100", "85 分");
        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(reviewEvents(ReviewTaskAssigned.class).stream()
                .filter(e -> lowTest.equals(e.subjectId()))).as("opened and assigned once").hasSize(1));
        assertThat(get("/api/review-tasks/" + DerivedId.of(good.id(), "follow-up"), ADMIN).status()).isEqualTo(404);
    }

    @Test
    void anEscalatedOverdueItemOpensAFollowUpOnceAndAReviewTasksOwnEscalationNone() {
        String measureId = "m-" + UUID.randomUUID();
        EventEnvelope<OverdueEscalated> measure = KafkaProbe.envelope(new OverdueEscalated("deadline-" + measureId,
                TrackedItemKind.MEASURE, measureId, "kcg-civil-affairs", "kcg-rdec", "訂定標準作業流程(SOP)",
                LocalDate.of(2026, 3, 31), 14, FRIDAY_MORNING), 1);
        String taskOfTask = "task-" + UUID.randomUUID();
        EventEnvelope<OverdueEscalated> reviewTask = KafkaProbe.envelope(new OverdueEscalated("deadline-" + taskOfTask,
                TrackedItemKind.REVIEW_TASK, taskOfTask, "kcg-civil-affairs", "kcg-rdec", "計畫審查",
                LocalDate.of(2026, 3, 13), 14, FRIDAY_MORNING), 1);
        // the same measure told to the agency head first (3 working days): the agency's business, no task
        EventEnvelope<OverdueEscalated> toHead = KafkaProbe.envelope(new OverdueEscalated("deadline-" + measureId,
                TrackedItemKind.MEASURE, measureId, "kcg-civil-affairs", "kcg-rdec", "訂定標準作業流程(SOP)",
                LocalDate.of(2026, 3, 31), 3, FRIDAY_MORNING, EscalationLevel.AGENCY_HEAD), 1);
        KafkaProbe.send(topics.of(Topic.DEADLINE), toHead);
        KafkaProbe.send(topics.of(Topic.DEADLINE), reviewTask);
        KafkaProbe.send(topics.of(Topic.DEADLINE), measure);
        KafkaProbe.send(topics.of(Topic.DEADLINE), measure);

        String followUp = DerivedId.of(measure.id(), "follow-up");
        JsonNode task = awaitTask(followUp, ADMIN);
        assertThat(task.get("kind").asString()).isEqualTo("FOLLOW_UP");
        assertThat(task.get("subjectId").asString()).isEqualTo(measureId);
        assertThat(task.get("assigneeId").asString()).as("never reviewer2, who works at the agency")
                .isNotEqualTo("reviewer2");
        assertThat(task.get("reason").asString()).contains("逾期陳報", "訂定標準作業流程(SOP)", "14");
        assertThat(task.get("dueDate").asString()).as("速件: Friday + 3 working days").isEqualTo("2026-03-11");
        assertThat(task.get("priority").asString()).isEqualTo("URGENT");
        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(reviewEvents(ReviewTaskAssigned.class).stream()
                .filter(e -> measureId.equals(e.subjectId()) || taskOfTask.equals(e.subjectId()))
                .map(ReviewTaskAssigned::taskId)).containsExactly(followUp));
        assertThat(get("/api/review-tasks/" + DerivedId.of(toHead.id(), "follow-up"), ADMIN).status())
                .as("the head's escalation opens nothing").isEqualTo(404);
    }

    @Test
    void aTaskOpenedFromASubmissionWithoutContentHasNone() {
        String planId = "plan-" + UUID.randomUUID();
        EventEnvelope<PlanSubmitted> older = KafkaProbe.envelope(new PlanSubmitted(planId, "kcg-civil-affairs",
                "高雄市政府民政局", null, "kcg-rdec", 115, "高雄市政府民政局115年提升服務執行計畫", 1, 12, "clerk",
                FRIDAY_MORNING), 1);
        KafkaProbe.send(topics.of(Topic.PLAN), older);

        JsonNode task = awaitTask(DerivedId.of(older.id(), "plan-approval"), REVIEWER);
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        assertThat(task.get("subjectId").asString()).isEqualTo(planId);
        assertThat(task.has("content")).isFalse();
    }

    @Test
    void theReviewersDeskListsOpenTasksByDueDateOverdueFirstThenDecidedOnesNewestFirst() {
        Instant now = clock.instant();
        LocalDate today = TaipeiTime.today(clock);
        String planId = "plan-" + UUID.randomUUID();
        EventEnvelope<PlanSubmitted> late = KafkaProbe.envelope(civilAffairsPlan(planId + "-late", 1,
                now.minus(Duration.ofDays(30))), 1);
        EventEnvelope<PlanSubmitted> soon = KafkaProbe.envelope(civilAffairsPlan(planId + "-soon", 1, now), 1);
        EventEnvelope<PlanSubmitted> later = KafkaProbe.envelope(civilAffairsPlan(planId + "-later", 1,
                now.plus(Duration.ofDays(20))), 1);
        EventEnvelope<PlanSubmitted> decided = KafkaProbe.envelope(civilAffairsPlan(planId + "-decided", 1,
                now.minus(Duration.ofDays(60))), 1);
        for (EventEnvelope<PlanSubmitted> e : List.of(later, decided, soon, late)) {
            KafkaProbe.send(topics.of(Topic.PLAN), e);
        }
        String lateTask = DerivedId.of(late.id(), "plan-approval");
        String soonTask = DerivedId.of(soon.id(), "plan-approval");
        String laterTask = DerivedId.of(later.id(), "plan-approval");
        String decidedTask = DerivedId.of(decided.id(), "plan-approval");
        for (String id : List.of(lateTask, soonTask, laterTask, decidedTask)) {
            awaitTask(id, REVIEWER);
        }
        assertThat(post("/api/review-tasks/" + decidedTask + "/decision", REVIEWER, "{\"decision\":\"APPROVED\"}")
                .status()).isEqualTo(200);

        List<JsonNode> desk = stream(get("/api/review-tasks", REVIEWER).body()).toList();
        List<String> mine = desk.stream().map(t -> t.get("id").asString())
                .filter(List.of(lateTask, soonTask, laterTask, decidedTask)::contains).toList();
        assertThat(mine).containsExactly(lateTask, soonTask, laterTask, decidedTask);
        JsonNode overdue = byId(desk, lateTask);
        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        assertThat(LocalDate.parse(overdue.get("dueDate").asString())).isBefore(today);
        assertThat(byId(desk, soonTask).get("overdue").asBoolean()).isFalse();
        assertThat(byId(desk, laterTask).get("overdue").asBoolean()).isFalse();
        assertThat(byId(desk, decidedTask).get("overdue").asBoolean()).as("decided, however late").isFalse();
        assertThat(get("/api/review-tasks/" + lateTask, REVIEWER).body().get("overdue").asBoolean()).isTrue();

        // Whatever else the reviewer has on the desk (other scenarios share it), the order holds throughout.
        int firstDecided = (int) desk.stream().takeWhile(t -> !"COMPLETED".equals(t.get("status").asString())).count();
        List<JsonNode> open = desk.subList(0, firstDecided);
        List<JsonNode> done = desk.subList(firstDecided, desk.size());
        assertThat(done).allSatisfy(t -> assertThat(t.get("status").asString()).isEqualTo("COMPLETED"));
        assertThat(open.stream().map(t -> LocalDate.parse(t.get("dueDate").asString())).toList()).isSorted();
        assertThat(open).allSatisfy(t -> assertThat(t.get("overdue").asBoolean())
                .isEqualTo(LocalDate.parse(t.get("dueDate").asString()).isBefore(today)));
        assertThat(done.stream().map(t -> Instant.parse(t.get("decidedAt").asString())).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    // ---- fixtures and helpers ----

    private static PlanSubmitted civilAffairsPlan(String planId, int revision) {
        return civilAffairsPlan(planId, revision, FRIDAY_MORNING);
    }

    /** Revision {@code revision} of a plan of 民政局, its measures' titles ending in the revision number. */
    private static PlanSubmitted civilAffairsPlan(String planId, int revision, Instant submittedAt) {
        PlanContentSnapshot content = new PlanContentSnapshot(List.of(new PlanContentSnapshot.Dimension("一",
                "完備基礎服務項目", List.of(new PlanContentSnapshot.FocusArea("(一)", "建立業務標準作業流程", List.of(
                        new PlanContentSnapshot.Measure("m-sop", "1", "訂定標準作業流程(SOP) " + revision,
                                "訂定申辦案件SOP", List.of("戶籍行政科"), "3月31日前", LocalDate.of(2026, 3, 31), null,
                                null),
                        new PlanContentSnapshot.Measure("m-publicity", "2", "服務資訊公開透明 " + revision, null,
                                List.of("各科室"), "持續辦理", null, "QUARTERLY", "民眾查詢更便利")))))));
        return new PlanSubmitted(planId, "kcg-civil-affairs", "高雄市政府民政局", null, "kcg-rdec", 115,
                "高雄市政府民政局115年提升服務執行計畫", revision, 2, "clerk", submittedAt, content);
    }

    /** A courtesy test of 民政局's 戶籍登記課, scored {@code score} of 100. */
    private static CourtesyTestScored courtesyTest(String testId, CourtesyTestKind kind, int score) {
        return new CourtesyTestScored(testId, "kcg-civil-affairs", null, null, kind, "戶籍登記課", score, 100,
                FRIDAY_MORNING);
    }

    private static List<String> measureTitles(JsonNode task) {
        return stream(task.at("/content/dimensions/0/focusAreas/0/measures")).map(m -> m.get("title").asString())
                .toList();
    }

    private static JsonNode byId(List<JsonNode> tasks, String id) {
        return tasks.stream().filter(t -> id.equals(t.get("id").asString())).findFirst().orElseThrow();
    }

    private JsonNode awaitTask(String taskId, String token) {
        return await().atMost(WAIT).until(() -> get("/api/review-tasks/" + taskId, token), r -> r.status() == 200)
                .body();
    }

    private ConsumerRecord<byte[], byte[]> awaitReviewEvent(Class<? extends DomainEvent> type, String taskId) {
        return await().atMost(EVENT_WAIT).until(() -> KafkaProbe.readAll(topics.of(Topic.REVIEW), Duration.ofSeconds(2))
                .stream().filter(r -> taskId.equals(header(r, "ce_subject")))
                .filter(r -> type.isInstance(KafkaProbe.decode(r).payload())).findFirst().orElse(null),
                r -> r != null);
    }

    private <E> List<E> reviewEvents(Class<E> type) {
        List<E> events = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : KafkaProbe.readAll(topics.of(Topic.REVIEW), Duration.ofSeconds(2))) {
            DomainEvent payload = KafkaProbe.decode(r).payload();
            if (type.isInstance(payload)) {
                events.add(type.cast(payload));
            }
        }
        return events;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void assertBadRequest(TestHttp.Reply response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(stream(response.body().get("errors")).map(e -> e.get("field").asString())).as(response.text())
                .contains(field);
    }

    private static List<String> ids(JsonNode tasks) {
        return stream(tasks).map(t -> t.get("id").asString()).toList();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private TestHttp.Reply get(String path, String token) {
        return new TestHttp(port).get(path, token);
    }

    private TestHttp.Reply post(String path, String token, String json) {
        return new TestHttp(port).post(path, token, json);
    }
}
