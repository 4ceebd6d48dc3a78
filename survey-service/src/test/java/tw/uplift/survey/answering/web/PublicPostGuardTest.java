package tw.uplift.survey.answering.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.survey.answering.ClientKeys;
import tw.uplift.survey.answering.DailySecret;
import tw.uplift.survey.answering.RefusedAnswers;
import tw.uplift.survey.answering.TokenBuckets;

class PublicPostGuardTest {

    private static final String ANSWERS = "/public/surveys/s1/responses";

    private final PublicPostGuard guard = guard(new TokenBuckets(2, 1, 100, Clock.systemUTC()), 64, "salt");

    @Test
    void theClientKeyIsAStableSaltedHashNeverTheAddress() {
        String key = guard.clientKey("203.0.113.7");
        assertThat(key).isEqualTo(guard.clientKey("203.0.113.7")).doesNotContain("203")
                .isNotEqualTo(guard.clientKey("203.0.113.8"));
        PublicPostGuard otherSalt = guard(new TokenBuckets(1, 1, 1, Clock.systemUTC()), 64, "pepper");
        assertThat(otherSalt.clientKey("203.0.113.7")).isNotEqualTo(key);
    }

    @Test
    void hashesRequestsOnManyThreadsAtOnceWithoutMixingThemUp() throws Exception {
        List<String> addresses = IntStream.range(0, 2_000).mapToObj(i -> "10.0." + i / 250 + "." + i % 250).toList();
        List<String> oneByOne = addresses.stream().map(guard::clientKey).toList();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> atOnce = addresses.stream().map(a -> threads.submit(() -> guard.clientKey(a))).toList();
            for (int i = 0; i < addresses.size(); i++) {
                assertThat(atOnce.get(i).get()).as(addresses.get(i)).isEqualTo(oneByOne.get(i));
            }
        }
    }

    @Test
    void passesASmallAnswerOnWithItsBodyReadableAgain() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = post(answer("{\"answers\":[]}"), chain);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest().getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8)
                .isEqualTo("{\"answers\":[]}");
    }

    @Test
    void passesAFormOnWithItsFieldsReadFromTheBodyItRead() throws Exception {
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/public/surveys/s1/answers");
        form.setQueryString("lang=en");
        form.setContentType("application/x-www-form-urlencoded");
        form.setContent("answer-q1=5&answer-q3=%E8%AC%9D%E8%AC%9D&_csrf=t".getBytes(StandardCharsets.UTF_8));
        MockFilterChain chain = new MockFilterChain();
        assertThat(post(form, chain).getStatus()).isEqualTo(200);
        var passed = chain.getRequest();
        assertThat(passed.getParameter("answer-q1")).isEqualTo("5");
        assertThat(passed.getParameter("answer-q3")).isEqualTo("謝謝");
        assertThat(passed.getParameter("lang")).as("the query's too").isEqualTo("en");
        assertThat(passed.getParameterMap()).containsOnlyKeys("lang", "answer-q1", "answer-q3", "_csrf");
    }

    @Test
    void aFormItCannotReadHasNoFieldsRatherThanFailing() throws Exception {
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/public/surveys/s1/answers");
        form.setContentType("application/x-www-form-urlencoded");
        form.setContent("answer-q1=%ZZ".getBytes(StandardCharsets.UTF_8));
        MockFilterChain chain = new MockFilterChain();
        post(form, chain);
        assertThat(chain.getRequest().getParameter("answer-q1")).isNull();
    }

    @Test
    void refusesAnswersBeyondTheBurstWithAProblemAndRetryAfter() throws Exception {
        post(answer("{}"), new MockFilterChain());
        post(answer("{}"), new MockFilterChain());
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse refused = post(answer("{}"), chain);
        assertProblem(refused, 429, "rate-limited");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(chain.getRequest()).as("not passed on").isNull();
    }

    @Test
    void refusesABodyDeclaredLargerThanTheCap() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        assertProblem(post(answer("x".repeat(65)), chain), 413, "too-large");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void refusesABodyLargerThanTheCapThatDeclaresNoLength() throws Exception {
        MockHttpServletRequest chunked = answer("x".repeat(65));
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(new HttpServletRequestWrapper(chunked) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        }, response, chain);
        assertProblem(response, 413, "too-large");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void letsReadsThrough() throws Exception {
        PublicPostGuard noBudget = guard(new TokenBuckets(1, 1, 1, Clock.systemUTC()), 1, "salt");
        MockHttpServletRequest read = new MockHttpServletRequest("GET", "/public/surveys/s1");
        for (int i = 0; i < 3; i++) {
            MockFilterChain chain = new MockFilterChain();
            noBudget.doFilter(read, new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).isSameAs(read);
        }
    }

    private MockHttpServletResponse post(MockHttpServletRequest request, MockFilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(request, response, chain);
        return response;
    }

    private static MockHttpServletRequest answer(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", ANSWERS);
        request.setRemoteAddr("203.0.113.7");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String type) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).isEqualTo("https://uplift.tw/problems/" + type);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    /** With no shared limit in the way (it needs the store; {@code TwoInstancesRateLimitIT} tests it). */
    private static PublicPostGuard guard(TokenBuckets buckets, int maxBody, String salt) {
        return new PublicPostGuard(buckets, client -> 0, new RefusedAnswers(new SimpleMeterRegistry()), maxBody,
                new ClientKeys(new DailySecret(salt, null, "client-key-salt"), Clock.systemUTC()));
    }
}
