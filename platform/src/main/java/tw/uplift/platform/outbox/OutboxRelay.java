package tw.uplift.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.platform.work.BackgroundWorker;
import tw.uplift.platform.work.LeasedClaims;

/**
 * Publishes the events waiting inside aggregate documents, in order, then removes exactly those.
 *
 * <p>A pass works on a batch of aggregates at once, with a fixed number of store operations whatever the batch's size:
 * it reads the small marker collection, claims the markers it can with a short lease (so several instances share the
 * work, see {@link LeasedClaims}), loads their aggregates by {@code _id} (one read per collection), hands all their
 * pending events to the producer, oldest first per aggregate, and only then waits for the broker's acknowledgements
 * (so the sends share round trips instead of waiting for each other). It {@code $pull}s exactly the acknowledged ids
 * (one bulk write per collection, bumping each version, so a writer holding a stale copy retries instead of writing
 * the published events back), deletes the markers of aggregates left with nothing pending and not written since they
 * were claimed, and releases the others (two more operations).
 *
 * <p>Per aggregate only an unbroken run of acknowledged events from the oldest is pulled: from the first send that
 * failed on, the rest stay for the next pass, and one refused at once is not followed by that aggregate's later ones.
 * The idempotent producer keeps one key's records in order on its partition even across retries, so a later event
 * acknowledged after an earlier one failed means the earlier one is in the log too (its acknowledgement got lost) or
 * never left the client; either way it goes again and consumers dedupe by event id. A crash anywhere in a pass
 * republishes at worst. The relay wakes on every save with pending events and on a short timer; a full sweep runs
 * once at start-up.
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
        markers.indexWrites();
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

    /** One pass over a batch of markers. Returns the number of events published (acknowledged and pulled). */
    public int relayOnce() {
        List<String> waiting = markers.waiting(BATCH);
        pendingAggregates.set(waiting.size());
        Map<String, LeasedClaims.Claimed> claimed = markers.claimAll(waiting);
        if (claimed.isEmpty()) {
            return 0; // nothing waiting, or other instances hold it all
        }
        List<Outgoing> batch = load(claimed);
        for (Outgoing aggregate : batch) {
            if (stopping()) {
                break; // what was not handed over stays for whoever comes next
            }
            aggregate.sendWith(publisher, source);
        }
        batch.forEach(Outgoing::awaitAcknowledgements);
        pullPublished(batch);
        markers.finish(batch.stream().filter(Outgoing::allPublished).map(Outgoing::claimed).toList(),
                claimed.keySet());
        int count = 0;
        for (Outgoing aggregate : batch) {
            count += aggregate.published().size();
            if (aggregate.failure() != null) {
                failures.increment();
                log.warn("outbox relay: publishing events of {} failed after {} of {}; will retry: {}",
                        aggregate.marker().key(), aggregate.published().size(), aggregate.events().size(),
                        aggregate.failure().toString());
            }
        }
        published.increment(count);
        return count;
    }

    /** The claimed markers' aggregates with their pending events: one read by {@code _id} per collection. */
    private List<Outgoing> load(Map<String, LeasedClaims.Claimed> claimed) {
        Map<String, List<OutboxMarker>> byCollection = new LinkedHashMap<>();
        claimed.keySet().stream().map(OutboxMarker::parse)
                .forEach(m -> byCollection.computeIfAbsent(m.collection(), c -> new ArrayList<>()).add(m));
        Map<String, Document> aggregates = new HashMap<>();
        byCollection.forEach((collection, of) -> {
            Query byIds = Query.query(Criteria.where("_id").in(of.stream().map(OutboxMarker::aggregateId).toList()));
            for (Document aggregate : mongo.find(byIds, Document.class, collection)) {
                aggregates.put(new OutboxMarker(collection, aggregate.get("_id").toString()).key(), aggregate);
            }
        });
        List<Outgoing> batch = new ArrayList<>();
        claimed.forEach((key, marker) -> batch.add(new Outgoing(OutboxMarker.parse(key), marker,
                pendingEventsOf(aggregates.get(key)))));
        return batch;
    }

    /** {@code $pull}s the acknowledged events of each aggregate and bumps its version: one bulk write per collection. */
    private void pullPublished(List<Outgoing> batch) {
        Map<String, BulkOperations> pulls = new LinkedHashMap<>();
        for (Outgoing aggregate : batch) {
            if (aggregate.published().isEmpty()) {
                continue;
            }
            OutboxMarker marker = aggregate.marker();
            pulls.computeIfAbsent(marker.collection(),
                    c -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, c)).updateOne(
                    Query.query(Criteria.where("_id").is(marker.aggregateId())),
                    new Update().pull("pendingEvents", aggregate.publishedEvents()).inc("version", 1));
        }
        pulls.values().forEach(BulkOperations::execute);
    }

    /** An aggregate's pending events, oldest first (none when it is gone: a crash between marker and save). */
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
