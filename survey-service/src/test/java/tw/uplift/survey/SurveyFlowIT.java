package tw.uplift.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.survey.SurveyClosed;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * The whole life of a survey against the real broker and store: staff create and open it, citizens answer it
 * anonymously (retries counted once, bad answers refused without touching the counts), another agency cannot see
 * it, closing publishes the results, a closed survey refuses answers, and the public POST is rate limited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=survey-service",
        "uplift.survey.public.rate-limit.burst=" + SurveyFlowIT.BURST,
        "uplift.survey.public.rate-limit.refill-per-minute=1",
        "uplift.survey.public.max-body-bytes=4096"})
@WithUpliftInfrastructure
class SurveyFlowIT {

    static final int BURST = 25;

    @Value("${local.server.port}")
    int port;

    @Autowired
    TopicNames topics;

    @Autowired
    MeterRegistry meters;

    private final String clerk = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");
    private final String clerk2 = TestTokens.agencyStaff("clerk2", "kcg-household-xinxing");
    private int publicPosts;

    @Test
    void surveyLifeFromDraftToPublishedResults() throws Exception {
        // --- staff create and open ---
        TestHttp.Reply created = send("POST", "/api/surveys", clerk, null, """
                {"title": {"zh": "臨櫃服務滿意度調查", "en": "Counter service satisfaction"},
                 "planId": "plan-115", "measureId": "m-1-1",
                 "questions": [
                   {"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？", "en": "Overall, were you satisfied?"}, "kind": "LIKERT_5"},
                   {"id": "q2", "text": {"zh": "您如何辦理？"}, "kind": "CHOICE",
                    "options": [{"id": "counter", "text": {"zh": "臨櫃"}}, {"id": "online", "text": {"zh": "線上"}}]},
                   {"id": "q3", "text": {"zh": "其他建議"}, "kind": "TEXT"}
                 ]}""");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode survey = created.body();
        String id = survey.get("id").asString();
        assertThat(survey.get("status").asString()).isEqualTo("DRAFT");
        assertThat(survey.get("satisfactionThreshold").asDouble()).isEqualTo(0.8);

        assertThat(send("GET", "/public/surveys/" + id, null, null, null).status())
                .as("a draft is not public").isEqualTo(404);

        TestHttp.Reply opened = send("POST", "/api/surveys/" + id + "/open", clerk, null, null);
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        assertThat(opened.body().get("status").asString()).isEqualTo("OPEN");

        ConsumerRecord<byte[], byte[]> openedRecord = await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsOf(id, "tw.uplift.survey.SurveyOpened.v1"), r -> !r.isEmpty()).get(0);
        assertThat(new String(openedRecord.key(), StandardCharsets.UTF_8)).isEqualTo(id);
        Map<String, String> headers = headers(openedRecord);
        assertThat(headers).containsKeys("ce_id", "ce_time", "ce_sequence")
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_source", "/uplift/survey-service")
                .containsEntry("ce_subject", id)
                .containsEntry("content-type", "application/json");
        SurveyOpened openedEvent = (SurveyOpened) KafkaProbe.decode(openedRecord).payload();
        assertThat(openedEvent.agencyId()).isEqualTo("kcg-civil-affairs");
        assertThat(openedEvent.measureId()).isEqualTo("m-1-1");

        // --- citizens answer anonymously ---
        TestHttp.Reply form = send("GET", "/public/surveys/" + id, null, null, null);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body().get("questions")).hasSize(3);

        int[] scores = {5, 5, 4, 4, 5, 4, 5, 2, 3, 1}; // 7 satisfied of 10
        for (int i = 0; i < scores.length; i++) {
            String key = i == 0 ? "retry-me-1" : null;
            TestHttp.Reply r = answer(id, key, answers(scores[i], i % 2 == 0 ? "counter" : "online",
                    i == 0 ? "謝謝" : null));
            assertThat(r.status()).as(r.text()).isEqualTo(202);
            assertThat(r.body().get("receiptId").asString()).isNotBlank();
        }
        TestHttp.Reply retried = answer(id, "retry-me-1", answers(5, "counter", "謝謝"));
        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.body().get("replayed").asBoolean()).isTrue();
        assertThat(answer(id, "retry-me-1", answers(1, "counter", null)).status())
                .as("same key, other answers").isEqualTo(409);

        assertResults(id, 10, 0.7);
        assertThat(meters.get("uplift.survey.responses").tag("agency", "kcg-civil-affairs").counter().count())
                .as("counted once per response, retries not").isEqualTo(10);

        // --- bad answers are refused, naming the field, and change nothing ---
        assertBadAnswer(id, """
                {"answers": [{"questionId": "q9", "score": 5}, {"questionId": "q1", "score": 5}, {"questionId": "q2", "choice": "counter"}]}""",
                "answers[0].questionId");
        assertBadAnswer(id, """
                {"answers": [{"questionId": "q1", "score": 6}, {"questionId": "q2", "choice": "counter"}]}""",
                "answers[0].score");
        assertBadAnswer(id, """
                {"answers": [{"questionId": "q2", "choice": "counter"}]}""",
                "answers[questionId=q1]");
        assertBadAnswer(id, """
                {"answers": [{"questionId": "q1", "score": 4}, {"questionId": "q2", "choice": "fax"}]}""",
                "answers[1].choice");
        TestHttp.Reply tooBig = answer(id, null, "{\"answers\":[{\"questionId\":\"q3\",\"text\":\"" + "x".repeat(5000) + "\"}]}");
        assertThat(tooBig.status()).isEqualTo(413);
        assertResults(id, 10, 0.7);

        // --- another agency: the survey does not exist ---
        assertThat(send("GET", "/api/surveys/" + id, clerk2, null, null).status()).isEqualTo(404);
        assertThat(send("GET", "/api/surveys/" + id + "/results", clerk2, null, null).status()).isEqualTo(404);
        assertThat(send("POST", "/api/surveys/" + id + "/close", clerk2, null, null).status()).isEqualTo(404);
        assertThat(send("GET", "/api/surveys", clerk2, null, null).body()).isEmpty();
        assertThat(send("GET", "/api/surveys", clerk, null, null).body()).hasSize(1);

        // --- close publishes the results ---
        TestHttp.Reply closed = send("POST", "/api/surveys/" + id + "/close", clerk, null, null);
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        SurveyClosed closedEvent = (SurveyClosed) await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsOf(id, "tw.uplift.survey.SurveyClosed.v1"), r -> !r.isEmpty())
                .stream().map(r -> KafkaProbe.decode(r).payload()).findFirst().orElseThrow();
        assertThat(closedEvent.responses()).isEqualTo(10);
        SurveyResultsPublished published = (SurveyResultsPublished) await().atMost(Duration.ofSeconds(20))
                .until(() -> recordsOf(id, "tw.uplift.survey.SurveyResultsPublished.v1"), r -> !r.isEmpty())
                .stream().map(r -> KafkaProbe.decode(r).payload()).findFirst().orElseThrow();
        assertThat(published.responses()).isEqualTo(10);
        assertThat(published.satisfactionRate()).isEqualTo(0.7);
        assertThat(published.threshold()).isEqualTo(0.8);
        assertThat(published.measureId()).isEqualTo("m-1-1");

        TestHttp.Reply late = answer(id, null, answers(5, "counter", null));
        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(send("GET", "/public/surveys/" + id, null, null, null).status()).isEqualTo(409);
        assertResults(id, 10, 0.7);

        TestHttp.Reply apiDocs = send("GET", "/v3/api-docs", null, null, null);
        assertThat(apiDocs.status()).isEqualTo(200);
        assertThat(apiDocs.text()).contains("/public/surveys/{id}/responses", "/api/surveys/{id}/results");

        // --- the public POST is rate limited per client ---
        int beforeLimit = publicPosts;
        int status = 0;
        while (publicPosts < BURST + 5 && (status = answer(id, null, answers(5, "counter", null)).status()) != 429) {
            assertThat(status).isEqualTo(409);
        }
        assertThat(status).isEqualTo(429);
        assertThat(publicPosts).as("429 once the burst is used (one token may have refilled)")
                .isBetween(BURST + 1, BURST + 2);
        assertThat(beforeLimit).isLessThan(BURST);
    }

    private void assertResults(String id, long n, double csat) throws Exception {
        TestHttp.Reply r = send("GET", "/api/surveys/" + id + "/results", clerk, null, null);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode results = r.body();
        assertThat(results.get("n").asLong()).isEqualTo(n);
        assertThat(results.get("csat").asDouble()).isEqualTo(csat);
        JsonNode q1 = results.get("questions").get(0);
        assertThat(q1.get("questionId").asString()).isEqualTo("q1");
        assertThat(q1.get("counts").get("5").asLong()).isEqualTo(4);
        assertThat(q1.get("counts").get("4").asLong()).isEqualTo(3);
        assertThat(q1.get("mean").asDouble()).isEqualTo(38.0 / 10);
        assertThat(q1.get("topTwoBox").asDouble()).isEqualTo(0.7);
        JsonNode q2 = results.get("questions").get(1);
        assertThat(q2.get("counts").get("counter").asLong()).isEqualTo(5);
        assertThat(q2.get("counts").get("online").asLong()).isEqualTo(5);
        assertThat(results.get("questions").get(2).get("answered").asLong()).isEqualTo(1);
    }

    private void assertBadAnswer(String id, String body, String field) throws Exception {
        TestHttp.Reply r = answer(id, null, body);
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        r.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains(field);
    }

    private static String answers(int score, String channel, String comment) {
        return "{\"answers\":[{\"questionId\":\"q1\",\"score\":" + score + "},{\"questionId\":\"q2\",\"choice\":\""
                + channel + "\"}" + (comment == null ? "" : ",{\"questionId\":\"q3\",\"text\":\"" + comment + "\"}") + "]}";
    }

    private TestHttp.Reply answer(String id, String idempotencyKey, String body) {
        publicPosts++;
        return send("POST", "/public/surveys/" + id + "/responses", null, idempotencyKey, body);
    }

    private TestHttp.Reply send(String method, String path, String token, String idempotencyKey, String body) {
        return new TestHttp(port).send(method, path, token, body,
                idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey));
    }

    private List<ConsumerRecord<byte[], byte[]>> recordsOf(String surveyId, String type) {
        return KafkaProbe.readAll(topics.of(Topic.SURVEY), Duration.ofSeconds(1)).stream()
                .filter(r -> surveyId.equals(headers(r).get("ce_subject")) && type.equals(headers(r).get("ce_type")))
                .toList();
    }

    private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new java.util.HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return headers;
    }

    @SuppressWarnings("unused")
    private static Map<String, Long> typesOf(List<EventEnvelope<DomainEvent>> events) {
        return events.stream().collect(Collectors.groupingBy(EventEnvelope::type, Collectors.counting()));
    }
}
