package tw.uplift.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.uplift.survey.FormAnswers.scoring;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.survey.SurveyClosed;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.time.MovableClock;
import tw.uplift.survey.closing.DueClosings;

/**
 * Surveys close themselves at their closing time, once: closing passes that run at the same moment (as two
 * instances' workers would) or again later publish SurveyClosed and SurveyResultsPublished one time, and a survey
 * not due yet stays open. The passes are run by the test after moving the clock, so nothing waits a minute; the
 * application's own worker may run one too, which is just one more pass. The same properties as
 * {@link SurveyFlowIT}, so they share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=survey-service",
        "uplift.survey.public.rate-limit.burst=100000",
        "uplift.survey.public.rate-limit.per-window=100000"})
@WithUpliftInfrastructure
class SelfClosingIT {

    private static final String CLOSED = "tw.uplift.survey.SurveyClosed.v1";
    private static final String PUBLISHED = "tw.uplift.survey.SurveyResultsPublished.v1";

    @Value("${local.server.port}")
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    DueClosings closings;

    @Autowired
    TopicNames topics;

    private final String clerk = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");

    @Test
    void aSurveyPastItsClosingTimeClosesOnceWithItsResultsHoweverManyPassesRun() throws Exception {
        String due = opened(clock.instant().plus(Duration.ofHours(1)));
        String later = opened(clock.instant().plus(Duration.ofDays(3)));
        String untilClosedByHand = opened(null);
        answer(due, scoring(5));
        answer(due, scoring(4));
        answer(due, scoring(2));
        clock.advance(Duration.ofHours(2));

        int closedByTheseRuns = 0;
        CountDownLatch start = new CountDownLatch(1);
        try (var instances = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> passes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                passes.add(instances.submit(() -> {
                    start.await();
                    return closings.closeDue();
                }));
            }
            start.countDown();
            for (Future<Integer> pass : passes) {
                closedByTheseRuns += pass.get();
            }
        }
        closedByTheseRuns += closings.closeDue();
        assertThat(closedByTheseRuns).as("the application's own worker may have been first").isLessThanOrEqualTo(1);

        TestHttp.Reply survey = http().get("/api/surveys/" + due, clerk);
        assertThat(survey.body().get("status").asString()).isEqualTo("CLOSED");
        assertThat(survey.body().get("responses").asLong()).isEqualTo(3);
        SurveyClosed closed = (SurveyClosed) awaitOnly(due, CLOSED);
        assertThat(closed.responses()).isEqualTo(3);
        SurveyResultsPublished published = (SurveyResultsPublished) awaitOnly(due, PUBLISHED);
        assertThat(published.satisfactionRate()).as("2 satisfied of 3").isEqualTo(2.0 / 3);
        assertThat(answer(due, scoring(5)).status()).as("no answer after closing").isEqualTo(409);

        assertThat(http().get("/api/surveys/" + later, clerk).body().get("status").asString()).isEqualTo("OPEN");
        assertThat(http().get("/api/surveys/" + untilClosedByHand, clerk).body().get("status").asString()).isEqualTo("OPEN");
    }

    // --- helpers ---

    private String opened(Instant closesAt) {
        String survey = """
                {"title": {"zh": "臨櫃服務滿意度調查"}, "planId": "plan-115", "measureId": "m-1-1",
                 "questions": [
                   {"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？"}, "kind": "LIKERT_5"},
                   {"id": "q2", "text": {"zh": "您如何辦理？"}, "kind": "CHOICE",
                    "options": [{"id": "counter", "text": {"zh": "臨櫃"}}, {"id": "online", "text": {"zh": "線上"}}]}
                 ]%s}""".formatted(closesAt == null ? "" : ", \"closesAt\": \"" + closesAt + "\"");
        TestHttp.Reply created = http().post("/api/surveys", clerk, survey);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(http().post("/api/surveys/" + id + "/open", clerk, null).status()).isEqualTo(200);
        return id;
    }

    private TestHttp.Reply answer(String id, FormAnswers answers) {
        return http().send("POST", "/public/surveys/" + id + "/responses", null, answers.json(), Map.of());
    }

    /** The one event of this type about the survey, once the relay has sent it; a second would fail the test. */
    private tw.uplift.contracts.DomainEvent awaitOnly(String id, String type) {
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsOf(id, type), r -> !r.isEmpty());
        List<ConsumerRecord<byte[], byte[]>> records = recordsOf(id, type);
        assertThat(records).hasSize(1);
        return KafkaProbe.decode(records.get(0)).payload();
    }

    private List<ConsumerRecord<byte[], byte[]>> recordsOf(String surveyId, String type) {
        return KafkaProbe.readAll(topics.of(Topic.SURVEY), Duration.ofSeconds(1)).stream()
                .filter(r -> surveyId.equals(header(r, "ce_subject")) && type.equals(header(r, "ce_type")))
                .toList();
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
