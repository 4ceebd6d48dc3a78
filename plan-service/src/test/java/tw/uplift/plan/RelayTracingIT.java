package tw.uplift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tw.uplift.contracts.Topic;
import tw.uplift.plan.authoring.Plans;
import tw.uplift.platform.events.EventCodec;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.outbox.EventPublisher;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * An event relayed from the outbox carries the trace of the request that recorded it, so the consumers' spans join
 * that trace (the whole-system test follows it across services; this one pins the publisher's part).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=plan-service", "uplift.outbox.auto-start=false"})
@WithUpliftInfrastructure
class RelayTracingIT {

    @Autowired
    EventPublisher publisher;
    @Autowired
    TopicNames topics;

    @Test
    void thePublishedRecordContinuesTheTraceOfTheRequestThatRecordedTheEvent() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String planId = "p-" + UUID.randomUUID();
        var submitted = Plans.submitted(planId).pendingEvents().getFirst();
        publisher.send(EventEnvelope.of(submitted.eventId(), "/uplift/plan-service", Instant.now(), 1,
                "00-" + traceId + "-00f067aa0ba902b7-01", submitted.payload())).join();

        ConsumerRecord<byte[], byte[]> record = KafkaProbe.readAll(topics.of(Topic.PLAN), Duration.ofSeconds(1))
                .stream().filter(r -> planId.equals(new String(r.key(), StandardCharsets.UTF_8))).findFirst()
                .orElseThrow();
        Header traceparent = record.headers().lastHeader(EventCodec.TRACEPARENT);
        assertThat(traceparent).isNotNull();
        assertThat(new String(traceparent.value(), StandardCharsets.UTF_8).split("-")[1]).isEqualTo(traceId);
    }
}
