package tw.uplift.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String SCRAPE = """
            # HELP uplift_outbox_pending Aggregates with events not yet relayed
            # TYPE uplift_outbox_pending gauge
            uplift_outbox_pending{application="plan-service"} 3.0
            # TYPE kafka_consumer_fetch_manager_records_lag_max gauge
            kafka_consumer_fetch_manager_records_lag_max{client_id="consumer-plan-service-1",kafka_version="4.1.1",spring_id="c1"} 12.0
            kafka_consumer_fetch_manager_records_lag_max{client_id="consumer-plan-service-1",partition="0",topic="review-events"} 7.0
            kafka_consumer_fetch_manager_records_lag_max{client_id="consumer-plan-service-1",partition="1",topic="review-events"} 42.0
            kafka_consumer_fetch_manager_records_lag_max{client_id="consumer-plan-service-2",partition="0",topic="deadline-events"} NaN
            http_server_requests_seconds_count{error="none",method="GET",uri="/x \\"quoted\\"",status="200"} 5 1700000000000
            """;

    @Test
    void sumsAGaugeOverItsLabelSets() {
        assertThat(PrometheusText.parse(SCRAPE).sum("uplift_outbox_pending")).hasValue(3.0);
    }

    @Test
    void aMetricTheServiceDoesNotExposeIsEmptyNotZero() {
        assertThat(PrometheusText.parse(SCRAPE).sum("uplift_review_tasks_open")).isEmpty();
    }

    @Test
    void consumerLagIsTheLargestPerTopicAndNaNMeansNoDataYet() {
        assertThat(PrometheusText.parse(SCRAPE).maxBy("kafka_consumer_fetch_manager_records_lag_max", "topic"))
                .containsExactly(java.util.Map.entry("review-events", 42.0));
    }

    @Test
    void readsEscapedLabelValuesAndIgnoresTimestamps() {
        assertThat(PrometheusText.parse(SCRAPE).maxBy("http_server_requests_seconds_count", "uri"))
                .containsEntry("/x \"quoted\"", 5.0);
    }
}
