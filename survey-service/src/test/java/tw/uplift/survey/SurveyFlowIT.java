package tw.uplift.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static tw.uplift.survey.FormAnswers.scoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.survey.SurveyClosed;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.survey.design.Survey;

/**
 * A survey's life against the real broker and store, one behaviour per test, each on a survey of its own: staff
 * create and open it, citizens answer it anonymously (retries counted once, bad answers refused without touching
 * the counts), another agency cannot see it, closing publishes the results, a closed survey refuses answers.
 * The public POST's guards have {@link PublicPostLimitsIT}; here the budget is large enough never to matter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=survey-service",
        "uplift.survey.public.rate-limit.burst=100000",
        "uplift.survey.public.rate-limit.per-window=100000"})
@WithUpliftInfrastructure
class SurveyFlowIT {

    private static final String AGENCY = "kcg-civil-affairs";
    private static final String OPENED = "tw.uplift.survey.SurveyOpened.v1";
    private static final String CLOSED = "tw.uplift.survey.SurveyClosed.v1";
    private static final String PUBLISHED = "tw.uplift.survey.SurveyResultsPublished.v1";

    /** Linked to measure m-1-1 of plan-115; q1 a Likert score, q2 counter or online, q3 an optional comment. */
    private static final String COUNTER_SERVICE_SURVEY = """
            {"title": {"zh": "臨櫃服務滿意度調查", "en": "Counter service satisfaction"},
             "planId": "plan-115", "measureId": "m-1-1",
             "questions": [
               {"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？", "en": "Overall, were you satisfied?"}, "kind": "LIKERT_5"},
               {"id": "q2", "text": {"zh": "您如何辦理？"}, "kind": "CHOICE",
                "options": [{"id": "counter", "text": {"zh": "臨櫃"}}, {"id": "online", "text": {"zh": "線上"}}]},
               {"id": "q3", "text": {"zh": "其他建議"}, "kind": "TEXT"}
             ]}""";

    @Value("${local.server.port}")
    int port;

    @Autowired
    TopicNames topics;

    @Autowired
    MeterRegistry meters;

    @Autowired
    AggregateStore store;

    private final String clerk = TestTokens.agencyStaff("clerk", AGENCY);
    private final String otherAgencyClerk = TestTokens.agencyStaff("clerk2", "kcg-household-xinxing");

    // --- designing and opening ---

    @Test
    void aNewSurveyIsADraftHeldToTheDefaultThreshold() {
        TestHttp.Reply created = http().post("/api/surveys", clerk, COUNTER_SERVICE_SURVEY);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.body().get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.body().get("satisfactionThreshold").asDouble()).isEqualTo(0.8);
        assertThat(created.body().get("measureId").asString()).isEqualTo("m-1-1");
    }

    @Test
    void aDraftDoesNotExistForThePublic() {
        String id = draft();
        assertThat(http().get("/public/surveys/" + id, null).status()).isEqualTo(404);
        assertThat(answer(id, null, scoring(5)).status()).isEqualTo(404);
    }

    @Test
    void aSurveyThatBreaksARuleIsRefusedNamingTheField() {
        TestHttp.Reply oneOption = http().post("/api/surveys", clerk, """
                {"title": {"zh": "滿意度"}, "questions": [{"id": "q1", "text": {"zh": "方式"}, "kind": "CHOICE",
                 "options": [{"id": "counter", "text": {"zh": "臨櫃"}}]}]}""");
        assertThat(fieldsOf(oneOption)).containsExactly("questions[0].options");
        TestHttp.Reply emptyOption = http().post("/api/surveys", clerk, """
                {"title": {"zh": "滿意度"}, "questions": [{"id": "q1", "text": {"zh": "方式"}, "kind": "CHOICE",
                 "options": [{"id": "counter", "text": {"zh": "臨櫃"}}, null]}]}""");
        assertThat(fieldsOf(emptyOption)).singleElement().asString().startsWith("questions[0].options[1]");
    }

    @Test
    void openingPublishesSurveyOpenedAsACloudEvent() {
        String id = opened();
        ConsumerRecord<byte[], byte[]> record = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsOf(id, OPENED), r -> !r.isEmpty()).get(0);
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(id);
        assertThat(headers(record)).containsKeys("ce_id", "ce_time", "ce_sequence")
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_source", "/uplift/survey-service")
                .containsEntry("ce_subject", id)
                .containsEntry("content-type", "application/json");
        SurveyOpened event = (SurveyOpened) KafkaProbe.decode(record).payload();
        assertThat(event.agencyId()).isEqualTo(AGENCY);
        assertThat(event.measureId()).isEqualTo("m-1-1");
    }

    @Test
    void openingAnOpenSurveyAgainWritesAndSendsNothing() {
        String id = opened();
        long version = versionOnceRelayed(id);
        TestHttp.Reply again = http().post("/api/surveys/" + id + "/open", clerk, null);
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.body().get("status").asString()).isEqualTo("OPEN");
        assertThat(store.findById(id, Survey.class).orElseThrow().getVersion()).as("not saved again").isEqualTo(version);
        close(id); // its events follow any second SurveyOpened on the same partition
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsOf(id, CLOSED), r -> !r.isEmpty());
        assertThat(recordsOf(id, OPENED)).hasSize(1);
    }

    @Test
    void aClosedSurveyDoesNotOpenAgain() {
        String id = opened();
        close(id);
        assertThat(problemOf(http().post("/api/surveys/" + id + "/open", clerk, null), 409).get("code").asString())
                .isEqualTo("survey-not-draft");
        assertThat(survey(id).get("status").asString()).isEqualTo("CLOSED");
    }

    // --- answering ---

    @Test
    void thePublicFormShowsAnOpenSurveysQuestions() {
        String id = opened();
        TestHttp.Reply form = http().get("/public/surveys/" + id, null);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body().get("questions")).hasSize(3);
    }

    @Test
    void theResultsCountEveryAnswer() {
        String id = opened();
        double countedBefore = responsesCounted();
        answerTenCitizens(id);
        JsonNode results = results(id);
        assertThat(results.get("n").asLong()).isEqualTo(10);
        assertThat(results.get("csat").asDouble()).as("7 satisfied of 10").isEqualTo(0.7);
        JsonNode q1 = results.get("questions").get(0);
        assertThat(q1.get("questionId").asString()).isEqualTo("q1");
        assertThat(q1.get("counts").get("5").asLong()).isEqualTo(4);
        assertThat(q1.get("counts").get("4").asLong()).isEqualTo(3);
        assertThat(q1.get("mean").asDouble()).isEqualTo(38.0 / 10);
        assertThat(q1.get("topTwoBox").asDouble()).isEqualTo(0.7);
        // 1.96 × √(0.7 × 0.3 / 10) = 0.2840
        assertThat(q1.get("topTwoBoxMarginOfError").asDouble()).isCloseTo(0.2840, within(0.00005));
        // Σs = 38, Σs² = 162: variance (162 − 38²/10)/9 = 17.6/9, SD 1.39841
        assertThat(q1.get("standardDeviation").asDouble()).isCloseTo(1.39841, within(0.000005));
        assertThat(results.get("reliability").isNull()).as("one Likert question is no scale").isTrue();
        JsonNode q2 = results.get("questions").get(1);
        assertThat(q2.get("counts").get("counter").asLong()).isEqualTo(5);
        assertThat(q2.get("counts").get("online").asLong()).isEqualTo(5);
        assertThat(results.get("questions").get(2).get("answered").asLong()).isEqualTo(1);
        assertThat(responsesCounted() - countedBefore).isEqualTo(10);
    }

    @Test
    void citizensAnsweringAtTheSameMomentAreAllCounted() throws Exception {
        // No running aggregate yet: the first answers race to create it. The in-JVM store applies writes one at a
        // time, so the race is real only against MongoDB (SurveyFlowContainerIT); TallyStoreTest forces it.
        String id = opened();
        try (var citizens = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<TestHttp.Reply>> replies = IntStream.range(0, 20)
                    .mapToObj(i -> citizens.submit(() -> answer(id, null, scoring(5)))).toList();
            for (Future<TestHttp.Reply> reply : replies) {
                assertThat(reply.get().status()).as(reply.get().text()).isEqualTo(202);
            }
        }
        assertThat(results(id).get("n").asLong()).isEqualTo(20);
    }

    @Test
    void aRetriedResponseIsCountedOnce() {
        String id = opened();
        double countedBefore = responsesCounted();
        TestHttp.Reply first = answer(id, "retry-me-1", scoring(5).saying("謝謝"));
        TestHttp.Reply retried = answer(id, "retry-me-1", scoring(5).saying("謝謝"));
        assertThat(first.status()).as(first.text()).isEqualTo(202);
        assertThat(first.body().get("replayed").asBoolean()).isFalse();
        assertThat(retried.status()).as(retried.text()).isEqualTo(202);
        assertThat(retried.body().get("replayed").asBoolean()).isTrue();
        assertThat(retried.body().get("receiptId")).isEqualTo(first.body().get("receiptId"));
        assertThat(results(id).get("n").asLong()).isEqualTo(1);
        assertThat(responsesCounted() - countedBefore).isEqualTo(1);
    }

    @Test
    void theSameKeyForOtherAnswersIsRefused() {
        String id = opened();
        answer(id, "retry-me-1", scoring(5));
        TestHttp.Reply reused = answer(id, "retry-me-1", scoring(1));
        assertThat(problemOf(reused, 409).get("code").asString()).isEqualTo("idempotency-key-reused");
        assertThat(results(id).get("n").asLong()).isEqualTo(1);
    }

    static Stream<Arguments> badAnswers() {
        return Stream.of(
                Arguments.of("an unknown question", """
                        {"answers": [{"questionId": "q9", "score": 5}, {"questionId": "q1", "score": 5}, {"questionId": "q2", "choice": "counter"}]}""",
                        "answers[0].questionId"),
                Arguments.of("a score out of 1..5", """
                        {"answers": [{"questionId": "q1", "score": 6}, {"questionId": "q2", "choice": "counter"}]}""",
                        "answers[0].score"),
                Arguments.of("a required question left out", """
                        {"answers": [{"questionId": "q2", "choice": "counter"}]}""",
                        "answers[questionId=q1]"),
                Arguments.of("an option the question does not have", """
                        {"answers": [{"questionId": "q1", "score": 4}, {"questionId": "q2", "choice": "fax"}]}""",
                        "answers[1].choice"),
                Arguments.of("a comment over 500 characters", "{\"answers\": [{\"questionId\": \"q1\", \"score\": 4},"
                        + " {\"questionId\": \"q2\", \"choice\": \"counter\"}, {\"questionId\": \"q3\", \"text\": \""
                        + "字".repeat(501) + "\"}]}", "answers[2].text"),
                Arguments.of("no answers", "{\"answers\": []}", "answers"),
                Arguments.of("a bad Idempotency-Key", null, "Idempotency-Key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswers")
    void aBadResponseIsRefusedNamingTheFieldAndCountsNothing(String what, String body, String field) {
        String id = opened();
        answer(id, null, scoring(5));
        TestHttp.Reply refused = body == null ? answer(id, "bad key", scoring(4))
                : http().send("POST", "/public/surveys/" + id + "/responses", null, body, Map.of());
        assertThat(fieldsOf(refused)).contains(field);
        assertThat(results(id).get("n").asLong()).isEqualTo(1);
    }

    // --- another agency ---

    @Test
    void anotherAgencyFindsNoSuchSurvey() {
        String id = opened();
        assertThat(http().get("/api/surveys/" + id, otherAgencyClerk).status()).isEqualTo(404);
        assertThat(http().get("/api/surveys/" + id + "/results", otherAgencyClerk).status()).isEqualTo(404);
        assertThat(http().post("/api/surveys/" + id + "/open", otherAgencyClerk, null).status()).isEqualTo(404);
        assertThat(http().post("/api/surveys/" + id + "/close", otherAgencyClerk, null).status()).isEqualTo(404);
        assertThat(idsIn(http().get("/api/surveys", otherAgencyClerk).body())).doesNotContain(id);
        assertThat(idsIn(http().get("/api/surveys", clerk).body())).contains(id);
        assertThat(survey(id).get("status").asString()).as("untouched").isEqualTo("OPEN");
    }

    // --- closing ---

    @Test
    void closingPublishesTheResultsForTheMeasure() {
        String id = opened();
        answerTenCitizens(id);
        JsonNode closed = close(id);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("n").asLong()).isEqualTo(10);
        SurveyClosed closedEvent = (SurveyClosed) awaitOne(id, CLOSED);
        assertThat(closedEvent.responses()).isEqualTo(10);
        SurveyResultsPublished published = (SurveyResultsPublished) awaitOne(id, PUBLISHED);
        assertThat(published.responses()).isEqualTo(10);
        assertThat(published.satisfactionRate()).isEqualTo(0.7);
        assertThat(published.threshold()).isEqualTo(0.8);
        assertThat(published.measureId()).isEqualTo("m-1-1");
    }

    @Test
    void aClosedSurveyTakesNoMoreAnswers() {
        String id = opened();
        answer(id, null, scoring(5));
        close(id);
        assertThat(problemOf(answer(id, null, scoring(5)), 409).get("code").asString()).isEqualTo("survey-closed");
        assertThat(http().get("/public/surveys/" + id, null).status()).isEqualTo(409);
        assertThat(results(id).get("n").asLong()).isEqualTo(1);
    }

    @Test
    void closingAgainWritesAndSendsNothing() {
        String id = opened();
        answer(id, null, scoring(5));
        close(id);
        awaitOne(id, PUBLISHED);
        long version = versionOnceRelayed(id);
        answer(id, null, scoring(1)); // refused: the final numbers stay as they were
        JsonNode again = close(id);
        assertThat(again.get("status").asString()).isEqualTo("CLOSED");
        assertThat(again.get("n").asLong()).isEqualTo(1);
        assertThat(store.findById(id, Survey.class).orElseThrow().getVersion()).as("not saved again").isEqualTo(version);
        assertThat(recordsOf(id, CLOSED)).hasSize(1);
        assertThat(recordsOf(id, PUBLISHED)).hasSize(1);
    }

    @Test
    void aDraftDoesNotCloseAndStillCountsOnceOpened() {
        String id = draft();
        assertThat(problemOf(http().post("/api/surveys/" + id + "/close", clerk, null), 409).get("code").asString())
                .isEqualTo("survey-not-open");
        http().post("/api/surveys/" + id + "/open", clerk, null);
        assertThat(answer(id, null, scoring(5)).status()).isEqualTo(202);
        assertThat(results(id).get("n").asLong()).isEqualTo(1);
    }

    @Test
    void theApiIsDocumented() {
        TestHttp.Reply apiDocs = http().get("/v3/api-docs", null);
        assertThat(apiDocs.status()).isEqualTo(200);
        assertThat(apiDocs.text()).contains("/public/surveys/{id}/responses", "/api/surveys/{id}/results");
    }

    // --- helpers ---

    private String draft() {
        TestHttp.Reply created = http().post("/api/surveys", clerk, COUNTER_SERVICE_SURVEY);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private String opened() {
        String id = draft();
        TestHttp.Reply opened = http().post("/api/surveys/" + id + "/open", clerk, null);
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        assertThat(opened.body().get("status").asString()).isEqualTo("OPEN");
        return id;
    }

    /** Ten citizens: scores 5 5 4 4 5 4 5 2 3 1 (7 satisfied), half at the counter, one comment. */
    private void answerTenCitizens(String id) {
        int[] scores = {5, 5, 4, 4, 5, 4, 5, 2, 3, 1};
        for (int i = 0; i < scores.length; i++) {
            FormAnswers answers = scoring(scores[i]).via(i % 2 == 0 ? "counter" : "online");
            TestHttp.Reply r = answer(id, null, i == 0 ? answers.saying("謝謝") : answers);
            assertThat(r.status()).as(r.text()).isEqualTo(202);
            assertThat(r.body().get("receiptId").asString()).isNotBlank();
        }
    }

    private JsonNode close(String id) {
        TestHttp.Reply closed = http().post("/api/surveys/" + id + "/close", clerk, null);
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        return closed.body();
    }

    private JsonNode survey(String id) {
        TestHttp.Reply r = http().get("/api/surveys/" + id, clerk);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.body();
    }

    private JsonNode results(String id) {
        TestHttp.Reply r = http().get("/api/surveys/" + id + "/results", clerk);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.body();
    }

    private TestHttp.Reply answer(String id, String idempotencyKey, FormAnswers answers) {
        return http().send("POST", "/public/surveys/" + id + "/responses", null, answers.json(),
                idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey));
    }

    private TestHttp http() {
        return new TestHttp(port);
    }

    /** The survey's version once the relay has taken its events out (which bumps the version too). */
    private long versionOnceRelayed(String id) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> store.findById(id, Survey.class).orElseThrow(),
                s -> !s.hasPendingEvents()).getVersion();
    }

    private double responsesCounted() {
        Counter counter = meters.find("uplift.survey.responses").tag("agency", AGENCY).counter();
        return counter == null ? 0 : counter.count();
    }

    private static JsonNode problemOf(TestHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
        return reply.body();
    }

    private static List<String> fieldsOf(TestHttp.Reply reply) {
        List<String> fields = new ArrayList<>();
        problemOf(reply, 400).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static List<String> idsIn(JsonNode surveys) {
        List<String> ids = new ArrayList<>();
        surveys.forEach(s -> ids.add(s.get("id").asString()));
        return ids;
    }

    private DomainEvent awaitOne(String id, String type) {
        List<ConsumerRecord<byte[], byte[]>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsOf(id, type), r -> !r.isEmpty());
        assertThat(records).hasSize(1);
        return KafkaProbe.decode(records.get(0)).payload();
    }

    private List<ConsumerRecord<byte[], byte[]>> recordsOf(String surveyId, String type) {
        return KafkaProbe.readAll(topics.of(Topic.SURVEY), Duration.ofSeconds(1)).stream()
                .filter(r -> surveyId.equals(headers(r).get("ce_subject")) && type.equals(headers(r).get("ce_type")))
                .toList();
    }

    private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return headers;
    }
}
