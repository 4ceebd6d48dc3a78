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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.work.BackgroundWorker;
import tw.uplift.platform.work.LeasedClaims;

/**
 * Publishes the events waiting inside aggregate documents, in order, then removes exactly those.
 *
 * <p>Steady state touches only {@code _id}s: it reads the small marker collection, claims a marker with a
 * short lease (so several instances share the work, see {@link LeasedClaims}), loads the aggregate by id,
 * publishes its pending events oldest first, {@code $pull}s the published ids (bumping the version, so a
 * writer holding a stale copy retries instead of writing the published events back), and deletes the marker
 * only if no write happened since it was claimed. A crash anywhere in between republishes at worst;
 * consumers dedupe by event id. It wakes on every save with pending events and on a short timer; a full
 * sweep runs once at start-up.
 */
public class OutboxRelay extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final int BATCH = 200;
    /** Stop before the Kafka binder and the Mongo client are closed, start after them. */
    private static final int PHASE = Integer.MAX_VALUE - 100;

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final String source;
    private final Set<String> aggregateCollections;
    private final LeasedClaims markers;
    private final Counter published;
    private final Counter failures;
    private final AtomicLong pendingAggregates = new AtomicLong();

    /**
     * @param systemClock the real clock, for leases only (never the movable business clock)
     */
    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, String source, Set<String> aggregateCollections,
            Clock systemClock, Duration pollInterval, MeterRegistry meters) {
        super("outbox-relay", pollInterval, PHASE);
        this.mongo = mongo;
        this.publisher = publisher;
        this.source = source;
        this.aggregateCollections = aggregateCollections;
        this.markers = new LeasedClaims(mongo, OutboxMarker.COLLECTION, LEASE, UUID.randomUUID().toString(),
                systemClock);
        this.published = Counter.builder("uplift.outbox.published").description("events relayed to Kafka")
                .register(meters);
        this.failures = Counter.builder("uplift.outbox.failures").description("relay attempts that failed")
                .register(meters);
        Gauge.builder("uplift.outbox.pending", pendingAggregates, AtomicLong::get)
                .description("aggregates with events waiting to be relayed").register(meters);
    }

    @Override
    protected void beforeFirstPass() {
        sweep();
    }

    @Override
    protected void pass() {
        try {
            relayOnce();
        } catch (RuntimeException e) {
            failures.increment();
            throw e;
        }
    }

    /** One pass over the markers. Returns the number of events published. Public for tests. */
    public int relayOnce() {
        List<Document> found = mongo.find(new Query().limit(BATCH), Document.class, OutboxMarker.COLLECTION);
        pendingAggregates.set(found.size());
        int count = 0;
        for (Document marker : found) {
            if (stopping()) {
                break;
            }
            count += relay(marker.getString("_id"));
        }
        return count;
    }

    private int relay(String markerKey) {
        LeasedClaims.Claimed claimed = markers.claim(markerKey).orElse(null);
        if (claimed == null) {
            return 0; // gone, or another instance holds it
        }
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
        if (done.size() < pending.size() || !markers.deleteIfUnchanged(markerKey, claimed.writes())) {
            markers.release(markerKey); // not all out, or written meanwhile: look again at the next pass
        }
        return done.size();
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
}
