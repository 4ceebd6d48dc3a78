package tw.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names {@link MetricNamesIT} looks for: metric names only, never functions, keywords, labels or variables. */
class PromQlNamesTest {

    @Test
    void readsTheMetricsOfAnAlertWithAggregationsMatchersAndRanges() {
        assertThat(PromQlNames.of("""
                sum by (service) (rate(http_server_requests_seconds_count{job="uplift", status=~"5.."}[5m]))
                  / sum by (service) (rate(http_server_requests_seconds_count{job="uplift"}[5m])) > 0.05
                and histogram_quantile(0.95, sum by (service, le) (rate(http_server_requests_seconds_bucket[5m]))) > 1"""))
                .containsExactly("http_server_requests_seconds_count", "http_server_requests_seconds_bucket");
    }

    @Test
    void leavesOutOffsetsVectorMatchingFunctionsWithoutArgumentsAndGrafanaVariables() {
        assertThat(PromQlNames.of("""
                sum(uplift_deadlines_overdue) - sum(uplift_deadlines_overdue offset 1h) > 10
                or (min by (service) (uplift_calendar_next_year_known) == 0 and on() month() >= 10)
                or sum(increase(uplift_survey_responses_total[$__range])) * on (service) group_left (agency) up"""))
                .containsExactly("uplift_deadlines_overdue", "uplift_calendar_next_year_known",
                        "uplift_survey_responses_total", "up");
    }

    @Test
    void readsBlockAndInlineExpressionsOfARulesFile() {
        assertThat(MonitoringFiles.ruleExpressions(List.of(
                "      - alert: A",
                "        expr: max by (name) (resilience4j_circuitbreaker_state{state=\"open\"}) == 1",
                "      - alert: B",
                "        expr: |",
                "          sum(uplift_notifications_pending)",
                "            > 1000",
                "        for: 30m")))
                .containsExactly("max by (name) (resilience4j_circuitbreaker_state{state=\"open\"}) == 1",
                        "sum(uplift_notifications_pending)\n> 1000\n");
    }
}
