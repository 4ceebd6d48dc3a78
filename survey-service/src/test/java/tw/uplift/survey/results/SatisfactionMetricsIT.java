package tw.uplift.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * Satisfaction per agency on the metrics: live while a survey is open, its published rate once closed, weighted by
 * responses; an agency with nothing answered has no row. The same properties as {@code SurveyFlowIT}, so the two
 * share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=survey-service",
        "uplift.survey.public.rate-limit.burst=100000",
        "uplift.survey.public.rate-limit.per-window=100000"})
@WithUpliftInfrastructure
class SatisfactionMetricsIT {

    private static final String AGENCY = "metrics-agency";

    @Value("${local.server.port}")
    int port;

    @Autowired
    SatisfactionMetrics metrics;

    @Autowired
    MeterRegistry meters;

    private final String clerk = TestTokens.agencyStaff("clerk", AGENCY);

    @Test
    void anAgencysSatisfactionIsItsSurveysWeightedByResponsesLiveThenAsPublished() {
        String small = opened();
        String large = opened();
        answer(small, 1);                  // 0 of 1 satisfied
        for (int score : new int[] {5, 4, 4, 2}) {
            answer(large, score);          // 3 of 4 satisfied
        }
        metrics.pass();
        assertThat(satisfaction()).isCloseTo(3.0 / 5, within(1e-9));
        assertThat(meters.get("uplift.survey.open").tag("agency", AGENCY).gauge().value()).isEqualTo(2);

        assertThat(new TestHttp(port).post("/api/surveys/" + large + "/close", clerk, null).status()).isEqualTo(200);
        metrics.pass();
        assertThat(satisfaction()).as("the closed one counts with its published rate").isCloseTo(3.0 / 5, within(1e-9));
        assertThat(meters.get("uplift.survey.open").tag("agency", AGENCY).gauge().value()).isEqualTo(1);
    }

    private double satisfaction() {
        Gauge gauge = meters.get("uplift.survey.satisfaction").tag("agency", AGENCY).gauge();
        return gauge.value();
    }

    private String opened() {
        TestHttp http = new TestHttp(port);
        TestHttp.Reply created = http.post("/api/surveys", clerk, """
                {"title": {"zh": "臨櫃服務滿意度調查"},
                 "questions": [{"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？"}, "kind": "LIKERT_5"}]}""");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(http.post("/api/surveys/" + id + "/open", clerk, null).status()).isEqualTo(200);
        return id;
    }

    private void answer(String id, int score) {
        TestHttp.Reply sent = new TestHttp(port).post("/public/surveys/" + id + "/responses", null,
                "{\"answers\":[{\"questionId\":\"q1\",\"score\":" + score + "}]}");
        assertThat(sent.status()).as(sent.text()).isEqualTo(202);
    }
}
