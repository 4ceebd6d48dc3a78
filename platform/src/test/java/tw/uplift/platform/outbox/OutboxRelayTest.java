package tw.uplift.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.platform.MongoForTests;
import tw.uplift.platform.events.EventEnvelope;

/**
 * The relay's pass over a batch: every aggregate's events handed over before any acknowledgement is awaited, each
 * aggregate's events in order, only acknowledged ones removed, and from a failed send on the rest kept.
 */
class OutboxRelayTest {

    private static final Instant NOW = Instant.parse("2026-03-06T02:00:00Z");

    private MongoTemplate mongo;
    private AggregateStore store;

    @BeforeEach
    void freshStore() {
        mongo = MongoForTests.freshDatabase();
        store = new AggregateStore(mongo, () -> { });
    }

    /** Acknowledges nothing until told to: shows what was handed over before the relay waited. */
    private static final class HeldBroker implements EventPublisher {

        final List<EventEnvelope<?>> handedOver = new ArrayList<>();
        final List<CompletableFuture<Void>> acks = new ArrayList<>();
        Predicate<EventEnvelope<?>> fails = e -> false;

        @Override
        public void publish(EventEnvelope<?> envelope) {
            send(envelope).join();
        }

        @Override
        public CompletableFuture<Void> send(EventEnvelope<?> envelope) {
            handedOver.add(envelope);
            CompletableFuture<Void> ack = new CompletableFuture<>();
            acks.add(ack);
            return ack;
        }

        /** Answers every send so far, once the relay waits: a failure for those {@link #fails} picks. */
        void answerAll() {
            for (int i = 0; i < acks.size(); i++) {
                if (fails.test(handedOver.get(i))) {
                    acks.get(i).completeExceptionally(new IllegalStateException("broker said no"));
                } else {
                    acks.get(i).complete(null);
                }
            }
        }
    }

    private OutboxRelay relay(EventPublisher publisher) {
        return new OutboxRelay(mongo, publisher, "/uplift/test", Set.of("tallies"), Clock.systemUTC(),
                Duration.ofSeconds(1), new SimpleMeterRegistry());
    }

    private void saveWithEvents(String id, int events) {
        Tally tally = new Tally(id);
        for (int i = 0; i < events; i++) {
            tally.add(1, NOW);
        }
        store.save(tally);
    }

    private List<?> pendingOf(String id) {
        return mongo.findById(id, Document.class, "tallies").get("pendingEvents", List.class);
    }

    @Test
    void sendsEveryAggregatesEventsBeforeWaitingForAnyAcknowledgement() {
        saveWithEvents("t-1", 3);
        saveWithEvents("t-2", 2);
        HeldBroker broker = new HeldBroker();
        Thread.ofVirtual().start(() -> {
            // answers only once all five are out: a relay waiting per send would never get there
            while (broker.acks.size() < 5) {
                Thread.onSpinWait();
            }
            broker.answerAll();
        });

        assertThat(relay(broker).relayOnce()).isEqualTo(5);
        assertThat(broker.handedOver).filteredOn(e -> e.subject().equals("t-1")).extracting(EventEnvelope::sequence)
                .containsExactly(1L, 2L, 3L);
        assertThat(pendingOf("t-1")).isEmpty();
        assertThat(pendingOf("t-2")).isEmpty();
        assertThat(mongo.findAll(Document.class, OutboxMarker.COLLECTION)).isEmpty();
    }

    @Test
    void fromTheFirstFailedSendOnAnAggregatesEventsStayForTheNextPass() {
        saveWithEvents("t-1", 3);
        saveWithEvents("t-2", 1);
        HeldBroker broker = new HeldBroker();
        broker.fails = e -> e.subject().equals("t-1") && e.sequence() == 2;
        Thread.ofVirtual().start(() -> {
            while (broker.acks.size() < 4) {
                Thread.onSpinWait();
            }
            broker.answerAll();
        });

        assertThat(relay(broker).relayOnce()).as("t-1's first and t-2's only").isEqualTo(2);
        assertThat(pendingOf("t-1")).as("the failed one and the one after it, although acknowledged").hasSize(2);
        assertThat(pendingOf("t-2")).isEmpty();
        assertThat(mongo.findAll(Document.class, OutboxMarker.COLLECTION)).extracting(d -> d.getString("_id"))
                .containsExactly("tallies/t-1");

        EventPublisher healthyBroker = envelope -> { };
        assertThat(relay(healthyBroker).relayOnce()).isEqualTo(2);
        assertThat(pendingOf("t-1")).isEmpty();
    }

    @Test
    void aSendRefusedAtOnceIsNotFollowedByThatAggregatesLaterEvents() {
        saveWithEvents("t-1", 3);
        List<Long> tried = new ArrayList<>();
        EventPublisher refusesTheSecond = envelope -> {
            tried.add(envelope.sequence());
            if (envelope.sequence() == 2) {
                throw new IllegalStateException("refused");
            }
        };

        assertThat(relay(refusesTheSecond).relayOnce()).isEqualTo(1);
        assertThat(tried).containsExactly(1L, 2L);
        assertThat(pendingOf("t-1")).hasSize(2);
    }

    @Test
    void aWriteDuringThePassKeepsTheMarkerAndItsEventsLeaveNextTime() {
        saveWithEvents("t-1", 1);
        EventPublisher writerSavesMeanwhile = envelope -> {
            if (envelope.sequence() == 1) {
                store.update("t-1", Tally.class, t -> t.add(1, NOW));
            }
        };
        OutboxRelay relay = relay(writerSavesMeanwhile);

        assertThat(relay.relayOnce()).isEqualTo(1);
        assertThat(mongo.findById("tallies/t-1", Document.class, OutboxMarker.COLLECTION)).as("written since claimed")
                .isNotNull();
        assertThat(relay.relayOnce()).isEqualTo(1);
        assertThat(pendingOf("t-1")).isEmpty();
        assertThat(mongo.findAll(Document.class, OutboxMarker.COLLECTION)).isEmpty();
    }

    @Test
    void anotherInstanceSkipsTheAggregatesThisOneHolds() {
        saveWithEvents("t-1", 1);
        saveWithEvents("t-2", 1);
        List<String> secondSent = new ArrayList<>();
        OutboxRelay second = relay(envelope -> secondSent.add(envelope.subject()));
        EventPublisher firstRunsTheSecondMeanwhile = envelope -> {
            if (secondSent.isEmpty()) {
                second.relayOnce();
            }
        };

        int first = relay(firstRunsTheSecondMeanwhile).relayOnce();
        assertThat(first).as("all claimed by the first pass, so the second got nothing").isEqualTo(2);
        assertThat(secondSent).isEmpty();
    }
}
