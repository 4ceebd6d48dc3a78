package tw.uplift.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.time.MovableClock;

/**
 * The guards of the anonymous POST, as configured, in front of the real service: a small budget per client and
 * a small body cap, both answered with problem documents (a page, for a browser's form) before the request reaches
 * a controller (so the survey need not even exist).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=survey-service",
        "uplift.survey.public.rate-limit.burst=" + PublicPostLimitsIT.BURST,
        "uplift.survey.public.rate-limit.refill-per-minute=1",
        "uplift.survey.public.max-body-bytes=" + PublicPostLimitsIT.MAX_BODY})
@WithUpliftInfrastructure
class PublicPostLimitsIT {

    static final int BURST = 3;
    static final int MAX_BODY = 256;
    private static final String ANSWERS = "/public/surveys/no-such-survey/responses";

    @Value("${local.server.port}")
    int port;

    @Autowired
    MovableClock clock;

    @BeforeEach
    void everyTestStartsWithAFullBucket() {
        clock.advance(Duration.ofMinutes(BURST + 1));
    }

    @Test
    void answersBeyondTheBurstAreRefusedUntilTheBucketRefills() {
        for (int i = 0; i < BURST; i++) {
            assertThat(post(FormAnswers.scoring(5).json()).status()).as("answer %d of the burst", i + 1).isEqualTo(404);
        }
        TestHttp.Reply limited = post(FormAnswers.scoring(5).json());
        assertProblem(limited, 429, "rate-limited");
        clock.advance(Duration.ofMinutes(1));
        assertThat(post(FormAnswers.scoring(5).json()).status()).as("one more a minute later").isEqualTo(404);
    }

    @Test
    void aBodyOverTheCapIsRefused() {
        assertProblem(post("{\"answers\":[{\"questionId\":\"q3\",\"text\":\"" + "x".repeat(MAX_BODY) + "\"}]}"),
                413, "too-large");
    }

    @Test
    void aStreamedBodyOverTheCapIsRefusedToo() throws Exception {
        // No Content-Length (chunked): the guard reads at most the cap plus one byte and refuses.
        byte[] body = ("{\"answers\":[{\"questionId\":\"q3\",\"text\":\"" + "x".repeat(MAX_BODY) + "\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + ANSWERS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(new TestHttp.Reply(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body()), 413, "too-large");
    }

    @Test
    void aBrowsersFormBeyondTheBurstGetsAPageSayingToWait() throws Exception {
        String form = "/public/surveys/no-such-survey/answers";
        for (int i = 0; i < BURST; i++) {
            assertThat(postForm(form, "answer-q1=5").statusCode()).isEqualTo(404);
        }
        HttpResponse<String> limited = postForm(form + "?lang=en", "answer-q1=5");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(limited.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(limited.body()).contains("Please wait before sending", "have not been sent");
    }

    @Test
    void aBrowsersFormOverTheCapGetsAPageSayingItIsTooLong() throws Exception {
        HttpResponse<String> refused = postForm("/public/surveys/no-such-survey/answers",
                "answer-q3=" + "x".repeat(MAX_BODY));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("回答太長，無法送出", "您的回答尚未送出");
    }

    @Test
    void theRefusalPageIsNoPageOfItsOwn() throws Exception {
        HttpResponse<String> direct = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/public/answer-refused"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> postForm(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private TestHttp.Reply post(String json) {
        return new TestHttp(port).post(ANSWERS, null, json);
    }

    private static void assertProblem(TestHttp.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
        JsonNode problem = JsonMapper.builder().build().readTree(reply.text());
        assertThat(problem.get("type").asString()).isEqualTo("https://uplift.tw/problems/" + type);
    }
}
