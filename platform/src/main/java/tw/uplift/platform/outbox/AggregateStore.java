package tw.uplift.platform.outbox;

import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Saves aggregates together with their pending events, and wakes the relay. The only way services
 * persist an {@link OutboxAggregate}: there is no second write to Kafka, so no dual write.
 */
public class AggregateStore {

    private static final int CONFLICT_RETRIES = 5;

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher wakeUp;

    public AggregateStore(MongoTemplate mongo, ApplicationEventPublisher wakeUp) {
        this.mongo = mongo;
        this.wakeUp = wakeUp;
    }

    /**
     * Inserts or replaces the aggregate and its pending events in one document write. The marker is
     * written first: a crash after it and before the save leaves a marker for an aggregate with nothing
     * pending, which the relay just deletes; the reverse order could strand events. It is written again
     * after the save: a relay pass that ran between the two writes saw the aggregate without the new
     * events and may have deleted the marker (its write count was unchanged then), which would strand them.
     *
     * @throws OptimisticLockingFailureException when someone else changed the aggregate since it was loaded
     */
    public <T extends OutboxAggregate> T save(T aggregate) {
        String collection = mongo.getCollectionName(aggregate.getClass());
        boolean pending = aggregate.hasPendingEvents();
        if (pending) {
            touchMarker(collection, aggregate.getId());
        }
        T saved = mongo.save(aggregate, collection);
        if (pending) {
            touchMarker(collection, aggregate.getId());
            wakeUp.publishEvent(new OutboxRelay.WakeUp());
        }
        return saved;
    }

    private void touchMarker(String collection, String aggregateId) {
        OutboxMarker.touch(mongo, collection, aggregateId);
    }

    public <T extends OutboxAggregate> Optional<T> findById(String id, Class<T> type) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    /**
     * Loads, changes and saves an aggregate, retrying the whole step when a concurrent change (a user,
     * or the relay removing published events) got there first.
     *
     * @return the saved aggregate, or empty when there is no aggregate with that id
     */
    public <T extends OutboxAggregate> Optional<T> update(String id, Class<T> type, Consumer<T> change) {
        for (int attempt = 1; ; attempt++) {
            T aggregate = mongo.findById(id, type);
            if (aggregate == null) {
                return Optional.empty();
            }
            change.accept(aggregate);
            try {
                return Optional.of(save(aggregate));
            } catch (OptimisticLockingFailureException conflict) {
                if (attempt >= CONFLICT_RETRIES) {
                    throw conflict;
                }
            }
        }
    }
}
