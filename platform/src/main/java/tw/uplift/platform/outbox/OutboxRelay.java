package tw.uplift.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.platform.events.EventEnvelope;

/**
 * Publishes the events waiting inside aggregate documents, in order, then removes exactly those.
 *
 * <p>Steady state touches only {@code _id}s: it reads the small marker collection, claims a marker with a
 * short lease (so several instances share the work), loads the aggregate by id, publishes its pending
 * events oldest first, {@code $pull}s the published ids (bumping the version, so a writer holding a stale
 * copy retries instead of writing the published events back), and deletes the marker only if no write
 * happened since it was read. A crash anywhere in between republishes at worst; consumers dedupe by event
 * id. It wakes on every save and on a short timer; a full sweep runs once at start-up.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final int BATCH = 200;

    /** Published by {@link AggregateStore} after a save with pending events. */
    public record WakeUp() {
    }

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final String source;
    private final Set<String> aggregateCollections;
    private final Clock clock;
    private final Duration pollInterval;
    private final Semaphore wake = new Semaphore(0);
    private final Counter published;
    private final Counter failures;
    private final AtomicLong pendingAggregates = new AtomicLong();
    private volatile Thread worker;
    private volatile boolean running;
    private boolean autoStartup = true;

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, String source, Set<String> aggregateCollections,
            Clock clock, Duration pollInterval, MeterRegistry meters) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.source = source;
        this.aggregateCollections = aggregateCollections;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.published = Counter.builder("uplift.outbox.published").description("events relayed to Kafka")
                .register(meters);
        this.failures = Counter.builder("uplift.outbox.failures").description("relay attempts that failed")
                .register(meters);
        Gauge.builder("uplift.outbox.pending", pendingAggregates, AtomicLong::get)
                .description("aggregates with events waiting to be relayed").register(meters);
    }

    @EventListener
    public void onWakeUp(WakeUp ignored) {
        wake.release();
    }

    /** One pass over the markers. Returns the number of events published. Public for tests. */
    public int relayOnce() {
        List<Document> markers = mongo.find(new Query().limit(BATCH), Document.class, OutboxMarker.COLLECTION);
        pendingAggregates.set(markers.size());
        int count = 0;
        for (Document marker : markers) {
            if (!running && worker != null) {
                break;
            }
            count += relay(marker.getString("_id"));
        }
        return count;
    }

    private int relay(String markerKey) {
        long now = clock.millis();
        Document claimed = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(markerKey)
                        .orOperator(Criteria.where("leaseUntil").exists(false), Criteria.where("leaseUntil").lt(now))),
                new Update().set("leaseUntil", now + LEASE.toMillis()),
                FindAndModifyOptions.options().returnNew(true), Document.class, OutboxMarker.COLLECTION);
        if (claimed == null) {
            return 0; // another instance holds it
        }
        Number seenWrites = claimed.get("n", Number.class);
        OutboxMarker marker = OutboxMarker.parse(markerKey);
        Document aggregate = mongo.findById(marker.aggregateId(), Document.class, marker.collection());
        List<PendingEvent> pending = pendingEventsOf(aggregate);
        List<String> done = new ArrayList<>();
        try {
            for (PendingEvent event : pending) {
                publisher.publish(EventEnvelope.of(event.eventId(), source, event.time(), event.sequence(),
                        event.traceparent(), event.payload()));
                done.add(event.eventId());
                published.increment();
            }
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("outbox relay: publishing events of {} failed after {} of {}; will retry: {}", markerKey,
                    done.size(), pending.size(), e.toString());
        }
        if (!done.isEmpty()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(marker.aggregateId())),
                    new Update().pull("pendingEvents", Query.query(Criteria.where("eventId").in(done)))
                            .inc("version", 1),
                    marker.collection());
        }
        if (done.size() == pending.size()) {
            Query unchanged = Query.query(Criteria.where("_id").is(markerKey));
            if (seenWrites != null) {
                unchanged.addCriteria(Criteria.where("n").is(seenWrites));
            }
            if (mongo.remove(unchanged, OutboxMarker.COLLECTION).getDeletedCount() == 0) {
                release(markerKey); // written meanwhile: look again at the next pass
            }
        } else {
            release(markerKey);
        }
        return done.size();
    }

    private void release(String markerKey) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(markerKey)), new Update().unset("leaseUntil"),
                OutboxMarker.COLLECTION);
    }

    private List<PendingEvent> pendingEventsOf(Document aggregate) {
        if (aggregate == null) {
            return List.of();
        }
        List<?> raw = aggregate.get("pendingEvents", List.class);
        if (raw == null) {
            return List.of();
        }
        List<PendingEvent> events = new ArrayList<>();
        for (Object item : raw) {
            events.add(mongo.getConverter().read(PendingEvent.class, (Document) item));
        }
        events.sort(Comparator.comparingLong(PendingEvent::sequence));
        return events;
    }

    /**
     * Writes a marker for every aggregate that has pending events but no marker (for example after an
     * operator restored a backup). A full scan: run once at start-up, never on a timer.
     */
    public void sweep() {
        for (String collection : aggregateCollections) {
            Query withPending = Query.query(Criteria.where("pendingEvents.0").exists(true));
            withPending.fields().include("_id");
            for (Document doc : mongo.find(withPending, Document.class, collection)) {
                OutboxMarker.touch(mongo, collection, doc.get("_id").toString());
            }
        }
    }

    private void loop() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("outbox relay: start-up sweep failed: {}", e.toString());
        }
        while (running) {
            try {
                relayOnce();
                wake.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("outbox relay pass failed: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofVirtual().name("outbox-relay").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = worker;
        if (t != null) {
            wake.release();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Tests that drive {@link #relayOnce()} themselves turn the background loop off. */
    public void setAutoStartup(boolean autoStartup) {
        this.autoStartup = autoStartup;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stop before the Kafka binder and Mongo client are closed, start after them.
        return Integer.MAX_VALUE - 100;
    }
}
