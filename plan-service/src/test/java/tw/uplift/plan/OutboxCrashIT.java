package tw.uplift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.outbox.EventPublisher;
import tw.uplift.platform.outbox.OutboxRelay;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * The outbox across crashes, with the relay driven by hand: a process that dies after Kafka acknowledged
 * an event but before removing it from the aggregate republishes it with the same id (never loses it),
 * and a crash between writing the marker and saving the aggregate publishes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=plan-service", "uplift.outbox.auto-start=false"})
@WithUpliftInfrastructure
class OutboxCrashIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventPublisher publisher;
    @Autowired
    TopicNames topics;
    @Autowired
    Clock clock;

    @Test
    void eventAcknowledgedButNotRemovedIsRepublishedWithTheSameIdAndNothingIsLost() {
        TestHttp http = new TestHttp(port);
        String clerk = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");
        String planId = http.post("/api/plans", clerk, PlanFlowIT.PLAN).body().get("id").asString();
        http.post("/api/plans/" + planId + "/submit", clerk, null);
        assertThat(pendingOf(planId)).hasSize(1);

        // First process: Kafka acknowledges the send, then the process "dies" before the $pull.
        EventPublisher dyingAfterSend = envelope -> {
            publisher.publish(envelope);
            throw new IllegalStateException("process killed after the broker acknowledged");
        };
        assertThat(relay(dyingAfterSend).relayOnce()).isZero();
        assertThat(pendingOf(planId)).as("not removed: the process died first").hasSize(1);

        // Restarted process: the same event goes out again, then is removed, and the marker goes.
        assertThat(relay(publisher).relayOnce()).isEqualTo(1);
        assertThat(pendingOf(planId)).isEmpty();
        assertThat(mongo.findAll(Document.class, "outbox_markers")).isEmpty();

        List<EventEnvelope<DomainEvent>> published = KafkaProbe.readAll(topics.of(Topic.PLAN), Duration.ofSeconds(1))
                .stream().filter(r -> planId.equals(new String(r.key(), StandardCharsets.UTF_8)))
                .map(KafkaProbe::decode).toList();
        assertThat(published).hasSize(2).allMatch(e -> e.payload() instanceof PlanSubmitted);
        assertThat(published.get(0).id()).as("consumers dedupe on ce_id").isEqualTo(published.get(1).id());

        // Nothing left: a further pass publishes nothing.
        assertThat(relay(publisher).relayOnce()).isZero();
    }

    @Test
    void crashBetweenMarkerAndSavePublishesNothingAndClearsTheMarker() {
        mongo.save(new Document("_id", "plans/p-never-saved").append("n", 1), "outbox_markers");
        assertThat(relay(publisher).relayOnce()).isZero();
        assertThat(mongo.findById("plans/p-never-saved", Document.class, "outbox_markers")).isNull();
    }

    @Test
    void publishFailureKeepsTheEventForTheNextPass() {
        TestHttp http = new TestHttp(port);
        String clerk = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");
        String planId = http.post("/api/plans", clerk, PlanFlowIT.PLAN).body().get("id").asString();
        http.post("/api/plans/" + planId + "/submit", clerk, null);
        EventPublisher brokerDown = envelope -> {
            throw new IllegalStateException("broker unreachable");
        };
        assertThat(relay(brokerDown).relayOnce()).isZero();
        assertThat(pendingOf(planId)).hasSize(1);
        assertThat(relay(publisher).relayOnce()).isEqualTo(1);
        assertThat(pendingOf(planId)).isEmpty();
    }

    private OutboxRelay relay(EventPublisher with) {
        return new OutboxRelay(mongo, with, "/uplift/plan-service", Set.of("plans"), clock, Duration.ofSeconds(1),
                new SimpleMeterRegistry());
    }

    private List<?> pendingOf(String planId) {
        Document plan = mongo.findById(planId, Document.class, "plans");
        return plan.get("pendingEvents", List.class);
    }
}
