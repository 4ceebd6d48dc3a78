package tw.uplift.platform.outbox;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Saves aggregates together with their pending events, and wakes the relay. The only way services
 * persist an {@link OutboxAggregate}: there is no second write to Kafka, so no dual write.
 */
public class AggregateStore {

    private static final int CONFLICT_RETRIES = 5;

    private final MongoTemplate mongo;
    private final Runnable wakeRelay;

    /** @param wakeRelay called after every save with pending events (the relay's {@link OutboxRelay#wake}) */
    public AggregateStore(MongoTemplate mongo, Runnable wakeRelay) {
        this.mongo = mongo;
        this.wakeRelay = wakeRelay;
    }

    /**
     * Inserts or replaces the aggregate and its pending events in one document write. The marker is
     * written first: a crash after it and before the save leaves a marker for an aggregate with nothing
     * pending, which the relay just deletes; the reverse order could strand events. It is written again
     * after the save: a relay pass that ran between the two writes saw the aggregate without the new
     * events and may have deleted the marker (its write count was unchanged then), which would strand them.
     *
     * @throws OptimisticLockingFailureException when someone else changed the aggregate since it was loaded
     * @throws org.springframework.dao.DuplicateKeyException when a new aggregate's id is taken (e.g. a derived
     *         id met by a redelivered event)
     */
    public <T extends OutboxAggregate> T save(T aggregate) {
        String collection = mongo.getCollectionName(aggregate.getClass());
        boolean pending = aggregate.hasPendingEvents();
        if (pending) {
            OutboxMarker.touch(mongo, collection, aggregate.getId());
        }
        T saved = mongo.save(aggregate, collection);
        if (pending) {
            OutboxMarker.touch(mongo, collection, aggregate.getId());
            wakeRelay.run();
        }
        return saved;
    }

    public <T extends OutboxAggregate> Optional<T> findById(String id, Class<T> type) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    /**
     * Loads an aggregate, applies a command to it and saves it, and hands back what the command decided.
     * The save happens only when the command changed the aggregate's stored form: a no-op (a stale or
     * redelivered event, a notice already read) writes nothing, bumps no version and wakes no relay. When a
     * concurrent change (a user, or the relay removing published events) got there first, the whole step is
     * retried on a fresh copy, so the command must be free of side effects outside the aggregate.
     *
     * @param change the command: changes the aggregate (or not) and returns its decision, never null (return
     *               the aggregate itself when that is all the caller needs)
     * @return the command's result, or empty when there is no aggregate with that id
     */
    public <T extends OutboxAggregate, R> Optional<R> update(String id, Class<T> type, Function<? super T, R> change) {
        for (int attempt = 1; ; attempt++) {
            T aggregate = mongo.findById(id, type);
            if (aggregate == null) {
                return Optional.empty();
            }
            Document before = storedForm(mongo, aggregate);
            R result = Objects.requireNonNull(change.apply(aggregate), "a command returns its decision, not null");
            if (storedForm(mongo, aggregate).equals(before)) {
                return Optional.of(result);
            }
            try {
                save(aggregate);
                return Optional.of(result);
            } catch (OptimisticLockingFailureException conflict) {
                if (attempt >= CONFLICT_RETRIES) {
                    throw conflict;
                }
            }
        }
    }

    /**
     * The document the aggregate would be saved as: the one honest answer to "did the command change it?" (here and
     * in {@link AggregateBatches}).
     */
    static Document storedForm(MongoTemplate mongo, Object aggregate) {
        Document doc = new Document();
        mongo.getConverter().write(aggregate, doc);
        return doc;
    }
}
