package tw.uplift.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.platform.MongoForTests;
import tw.uplift.platform.events.EventPosition;

class AggregateStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-06T02:00:00Z");

    private MongoTemplate mongo;
    private final AtomicInteger wakeUps = new AtomicInteger();
    private AggregateStore store;

    @BeforeEach
    void freshStore() {
        mongo = MongoForTests.freshDatabase();
        store = new AggregateStore(mongo, wakeUps::incrementAndGet);
        store.save(new Tally("t-1"));
    }

    @Test
    void aCommandHandsBackWhatItDecidedAndItsChangeIsSaved() {
        assertThat(store.update("t-1", Tally.class, t -> t.add(3, NOW))).contains(3);

        Tally saved = store.findById("t-1", Tally.class).orElseThrow();
        assertThat(saved.count()).isEqualTo(3);
        assertThat(saved.pendingEvents()).hasSize(1);
        assertThat(saved.getVersion()).isEqualTo(1L);
    }

    @Test
    void eventsRecordedByACommandLeaveAMarkerAndWakeTheRelay() {
        store.update("t-1", Tally.class, t -> t.add(1, NOW));
        assertThat(mongo.findById("tallies/t-1", Document.class, OutboxMarker.COLLECTION)).isNotNull();
        assertThat(wakeUps).hasValue(1);
    }

    @Test
    void aCommandThatChangesNothingWritesNothing() {
        store.update("t-1", Tally.class, t -> t.set(5));
        Long version = store.findById("t-1", Tally.class).orElseThrow().getVersion();

        assertThat(store.update("t-1", Tally.class, t -> t.set(5))).contains(false);

        assertThat(store.findById("t-1", Tally.class).orElseThrow().getVersion()).as("no save, no version bump")
                .isEqualTo(version);
        assertThat(mongo.findAll(Document.class, OutboxMarker.COLLECTION)).isEmpty();
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void anAbsentAggregateIsEmptyAndTheCommandDoesNotRun() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(store.update("t-404", Tally.class, t -> runs.incrementAndGet())).isEmpty();
        assertThat(runs).hasValue(0);
    }

    @Test
    void aConcurrentChangeMakesTheCommandRunAgainOnAFreshCopy() {
        AtomicInteger attempts = new AtomicInteger();
        int result = store.update("t-1", Tally.class, t -> {
            if (attempts.incrementAndGet() == 1) {
                // Someone else saves first: this copy is now stale and its save must not win.
                store.update("t-1", Tally.class, other -> other.set(100));
            }
            return t.add(1, NOW);
        }).orElseThrow();

        assertThat(attempts).hasValue(2);
        assertThat(result).isEqualTo(101);
        assertThat(store.findById("t-1", Tally.class).orElseThrow().count()).isEqualTo(101);
    }

    @Test
    void anEventOfAnotherAggregateIsAppliedOnceAndInOrder() {
        EventPosition third = new EventPosition("/uplift/plan-service", "p-1", 3);
        EventPosition second = new EventPosition("/uplift/plan-service", "p-1", 2);
        EventPosition otherPlan = new EventPosition("/uplift/plan-service", "p-2", 1);

        assertThat(store.update("t-1", Tally.class, t -> t.addFrom(third, 10))).contains(true);
        Long version = store.findById("t-1", Tally.class).orElseThrow().getVersion();
        assertThat(store.update("t-1", Tally.class, t -> t.addFrom(third, 10))).as("redelivered").contains(false);
        assertThat(store.update("t-1", Tally.class, t -> t.addFrom(second, 10))).as("overtaken").contains(false);
        assertThat(store.findById("t-1", Tally.class).orElseThrow().getVersion()).as("refusals write nothing")
                .isEqualTo(version);
        assertThat(store.update("t-1", Tally.class, t -> t.addFrom(otherPlan, 1))).as("another source").contains(true);
        assertThat(store.findById("t-1", Tally.class).orElseThrow().count()).isEqualTo(11);
    }
}
