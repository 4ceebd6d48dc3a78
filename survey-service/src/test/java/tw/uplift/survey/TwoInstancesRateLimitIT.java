package tw.uplift.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tw.uplift.platform.test.SharedInfrastructure;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.time.MovableClock;

/**
 * Two instances of survey-service, each a whole application on a port of its own, against one store: a flood of
 * answers from one client, sent to both in turn, is cut at the limit they share, and nothing over it is counted.
 * The client is told apart by {@code X-Forwarded-For}, as the gateway sends it (the connection itself is the
 * gateway's, here the test's {@code 127.0.0.1}, an internal address whose header Tomcat trusts).
 */
class TwoInstancesRateLimitIT {

    private static final int LIMIT = 4;
    private static final String AGENCY = "kcg-civil-affairs";
    private static final String DATABASE = "t-two-instances-" + Long.toHexString(System.nanoTime());

    private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private static final List<Integer> ports = new ArrayList<>();

    private final String clerk = TestTokens.agencyStaff("clerk", AGENCY);

    @BeforeAll
    static void startTwoInstances() {
        for (int i = 0; i < 2; i++) {
            // as arguments: they must win over the platform's defaults, as a test's properties do
            Map<String, String> properties = Map.of(
                            "spring.config.name", "survey-service",
                            "server.port", "0",
                            "spring.mongodb.uri", "mongodb://" + SharedInfrastructure.mongoAddress() + "/" + DATABASE,
                            "spring.cloud.stream.kafka.binder.brokers", SharedInfrastructure.kafkaBrokers(),
                            "uplift.messaging.topic-prefix", DATABASE + ".",
                            "uplift.clock.movable", "true",
                            "spring.security.oauth2.resourceserver.jwt.issuer-uri", "",
                            // an hour's window, so the whole flood falls in one (the clocks are moved to its start)
                            "uplift.survey.public.rate-limit.per-window", String.valueOf(LIMIT),
                            "uplift.survey.public.rate-limit.window", "1h",
                            // each instance's own bucket would let everything through: the shared limit decides
                            "uplift.survey.public.rate-limit.burst", "100000");
            ConfigurableApplicationContext context = new SpringApplicationBuilder(SurveyApplication.class)
                    .initializers(ctx -> ctx.getBeanFactory().registerSingleton("testJwtDecoder",
                            (JwtDecoder) TestTokens.decoder()))
                    .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                            .toArray(String[]::new));
            instances.add(context);
            ports.add(Integer.valueOf(context.getEnvironment().getProperty("local.server.port")));
        }
        Instant now = instances.getFirst().getBean(MovableClock.class).instant();
        Instant nextWindow = now.plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                .plusSeconds(1);
        instances.forEach(c -> c.getBean(MovableClock.class).advanceTo(nextWindow));
    }

    @AfterAll
    static void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aFloodFromOneClientAcrossBothInstancesIsCutAtTheSharedLimitAndOnlyThatManyAreCounted() {
        String id = openedSurvey();
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 3 * LIMIT; i++) {
            TestHttp.Reply reply = answer(ports.get(i % 2), id, "198.51.100.23");
            if (reply.status() == 202) {
                accepted++;
            } else {
                assertThat(reply.status()).as(reply.text()).isEqualTo(429);
                assertThat(reply.text()).contains("rate-limited");
                refused++;
            }
        }
        assertThat(accepted).as("the shared limit, not twice it").isEqualTo(LIMIT);
        assertThat(refused).isEqualTo(2 * LIMIT);
        assertThat(answer(ports.get(0), id, "198.51.100.99").status())
                .as("another citizen behind the same gateway has a limit of their own").isEqualTo(202);
        TestHttp.Reply results = new TestHttp(ports.get(1)).get("/api/surveys/" + id + "/results", clerk);
        assertThat(results.body().get("n").asLong()).as("nothing over the limit was counted").isEqualTo(LIMIT + 1);
    }

    private TestHttp.Reply answer(int port, String surveyId, String client) {
        return new TestHttp(port).send("POST", "/public/surveys/" + surveyId + "/responses", null,
                FormAnswers.scoring(4).json(), Map.of("X-Forwarded-For", client));
    }

    private String openedSurvey() {
        TestHttp http = new TestHttp(ports.get(0));
        TestHttp.Reply created = http.post("/api/surveys", clerk, """
                {"title": {"zh": "臨櫃服務滿意度調查"},
                 "questions": [
                   {"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？"}, "kind": "LIKERT_5"},
                   {"id": "q2", "text": {"zh": "您如何辦理？"}, "kind": "CHOICE",
                    "options": [{"id": "counter", "text": {"zh": "臨櫃"}}, {"id": "online", "text": {"zh": "線上"}}]}
                 ]}""");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(http.post("/api/surveys/" + id + "/open", clerk, null).status()).isEqualTo(200);
        return id;
    }
}
