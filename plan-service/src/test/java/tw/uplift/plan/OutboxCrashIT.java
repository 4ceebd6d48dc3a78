package tw.uplift.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
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
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.Plans;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.outbox.EventPublisher;
import tw.uplift.platform.outbox.OutboxRelay;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * The outbox across crashes, with the relay driven by hand: a process that dies after Kafka acknowledged
 * an event but before removing it from the aggregate republishes it with the same id (never loses it),
 * a crash between writing the marker and saving the aggregate publishes nothing, and an event saved while a
 * relay pass is busy leaves right after it, not at the next timer tick.
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

    /**
     * The organisations registered on start wait in the outbox too (the relay is driven by hand here): they leave
     * first, so each test counts only what it sends.
     */
    @BeforeEach
    void relayTheOrganisationsRegisteredOnStart() {
        relay(publisher).relayOnce();
    }

    @Test
    void eventAcknowledgedButNotRemovedIsRepublishedWithTheSameIdAndNothingIsLost() {
        TestHttp http = new TestHttp(port);
        String clerk = TestTokens.agencyHead("head", "kcg-civil-affairs");
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
        String clerk = TestTokens.agencyHead("head", "kcg-civil-affairs");
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

    @Test
    void anEventSavedDuringARelayPassLeavesWithoutWaitingForTheTimer() throws Exception {
        TestHttp http = new TestHttp(port);
        String clerk = TestTokens.agencyHead("head", "kcg-civil-affairs");
        String first = http.post("/api/plans", clerk, PlanFlowIT.PLAN).body().get("id").asString();
        http.post("/api/plans/" + first + "/submit", clerk, null);

        CountDownLatch passBusy = new CountDownLatch(1);
        CountDownLatch secondSaved = new CountDownLatch(1);
        List<String> sent = new CopyOnWriteArrayList<>();
        EventPublisher slowFirstSend = envelope -> {
            if (passBusy.getCount() > 0) {
                passBusy.countDown();
                awaitQuietly(secondSaved); // the pass is busy while the second plan is submitted
            }
            publisher.publish(envelope);
            sent.add(envelope.subject());
        };
        // A timer of an hour: whatever leaves within seconds was sent because of the wake-up.
        OutboxRelay relay = new OutboxRelay(mongo, slowFirstSend, "/uplift/plan-service", Set.of("plans"), clock,
                Duration.ofHours(1), new SimpleMeterRegistry());
        AggregateStore store = new AggregateStore(mongo, relay::wake);
        relay.start();
        try {
            assertThat(passBusy.await(10, TimeUnit.SECONDS)).isTrue();
            Plan second = store.save(Plans.submitted("p-" + UUID.randomUUID()));
            secondSaved.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> sent.contains(second.getId()));
            assertThat(sent).contains(first);
        } finally {
            relay.stop();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
