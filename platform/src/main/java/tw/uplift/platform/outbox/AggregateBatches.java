package tw.uplift.platform.outbox;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * {@link AggregateStore#update} for many aggregates at once: loads them by {@code _id} in one round trip, applies a
 * command to each in memory, and saves the changed ones with their pending events in one bulk write, so a batch
 * costs a few round trips instead of a few per aggregate (the deadline tick fires thousands of deadlines at once).
 *
 * <p>Each aggregate keeps the guarantees of {@link AggregateStore#save}: its outbox marker is written before and
 * after the save (in bulk), and the save is versioned, so a concurrent change is never overwritten. A save that
 * lost such a race is not retried here: it is reported as <em>conflicted</em>, for the caller to apply the command
 * again one by one through {@link AggregateStore#update}. The versioned replace is an upsert on {@code {_id,
 * version}}: when the version moved on, it finds nothing and its insert collides with the {@code _id} taken, so the
 * bulk write names exactly the saves that lost (aggregates are never deleted, so the upsert never creates one).
 */
public class AggregateBatches {

    private static final int DUPLICATE_KEY = 11000;
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoTemplate mongo;
    private final Runnable wakeRelay;

    /** @param wakeRelay called after a batch saved pending events (the relay's wake-up, as for {@link AggregateStore}) */
    public AggregateBatches(MongoTemplate mongo, Runnable wakeRelay) {
        this.mongo = mongo;
        this.wakeRelay = wakeRelay;
    }

    /**
     * What a batch decided.
     *
     * @param decided    each aggregate's decision, by id, where it was saved (or needed no save)
     * @param conflicted the ids whose save lost to a concurrent change: nothing of theirs was saved; apply the
     *                   command to them again, one by one
     */
    public record Outcome<R>(Map<String, R> decided, List<String> conflicted) {
    }

    /**
     * Loads the aggregates with these ids, applies the command to each and saves those it changed (by their stored
     * form, as {@link AggregateStore#update} judges it). Ids without an aggregate are in neither part of the outcome.
     *
     * @param change the command: changes the aggregate (or not) and returns its decision, never null; free of side
     *               effects outside the aggregate (a conflicted one is decided again)
     */
    public <T extends OutboxAggregate, R> Outcome<R> updateAll(Collection<String> ids, Class<T> type,
            Function<? super T, R> change) {
        String collection = mongo.getCollectionName(type);
        Map<String, R> decided = new LinkedHashMap<>();
        List<Changed> changed = new ArrayList<>();
        for (T aggregate : mongo.find(Query.query(Criteria.where("_id").in(ids)), type, collection)) {
            Document before = AggregateStore.storedForm(mongo, aggregate);
            R result = Objects.requireNonNull(change.apply(aggregate), "a command returns its decision, not null");
            decided.put(aggregate.getId(), result);
            Document after = AggregateStore.storedForm(mongo, aggregate);
            if (!after.equals(before)) {
                changed.add(new Changed(aggregate, after));
            }
        }
        List<String> conflicted = save(collection, versionField(type), changed);
        conflicted.forEach(decided::remove);
        return new Outcome<>(decided, conflicted);
    }

    /** An aggregate the command changed, and the document it is to be saved as. */
    private record Changed(OutboxAggregate aggregate, Document storedForm) {
    }

    /** Saves the changed aggregates, markers first and last; returns the ids whose save lost to a concurrent change. */
    private List<String> save(String collection, String versionField, List<Changed> changed) {
        List<String> conflicted = new ArrayList<>();
        List<Changed> versioned = new ArrayList<>();
        for (Changed c : changed) {
            if (c.aggregate().getVersion() == null) {
                conflicted.add(c.aggregate().getId()); // stored before versioning: its first save is the store's own
            } else {
                versioned.add(c);
            }
        }
        if (versioned.isEmpty()) {
            return conflicted;
        }
        List<String> pending = versioned.stream().filter(c -> c.aggregate().hasPendingEvents())
                .map(c -> c.aggregate().getId()).toList();
        OutboxMarker.touchAll(mongo, collection, pending);
        Set<String> lost = replace(collection, versionField, versioned);
        conflicted.addAll(lost);
        List<String> saved = pending.stream().filter(id -> !lost.contains(id)).toList();
        OutboxMarker.touchAll(mongo, collection, saved);
        if (!saved.isEmpty()) {
            wakeRelay.run();
        }
        return conflicted;
    }

    /** One unordered bulk of versioned replaces; returns the ids whose version had moved on. */
    private Set<String> replace(String collection, String versionField, List<Changed> versioned) {
        List<ReplaceOneModel<Document>> replaces = new ArrayList<>(versioned.size());
        for (Changed c : versioned) {
            long version = c.aggregate().getVersion();
            Document next = c.storedForm();
            next.put(versionField, version + 1);
            // exactly these two fields, no $and: the embedded store then finds it by the {_id, version} index
            Document sameVersion = new Document("_id", c.aggregate().getId()).append(versionField, version);
            replaces.add(new ReplaceOneModel<>(sameVersion, next, new ReplaceOptions().upsert(true)));
        }
        Set<String> lost = new HashSet<>();
        try {
            mongo.getCollection(collection).bulkWrite(replaces, UNORDERED);
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                lost.add(versioned.get(error.getIndex()).aggregate().getId());
            }
        }
        return lost;
    }

    private String versionField(Class<?> type) {
        return mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type).getRequiredVersionProperty()
                .getFieldName();
    }
}
