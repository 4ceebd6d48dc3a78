package tw.uplift.chaos.kill;

import com.mongodb.client.MongoClient;
import com.mongodb.client.result.UpdateResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

/**
 * The real {@link MongoTemplate}, with kill points around the writes the outbox is made of: the writer's marker
 * upserts and document saves ({@link KillPhase#OUTBOX_WRITE}) and the relay's bulk {@code $pull}, marker deletes and
 * marker release ({@link KillPhase#RELAY_PULL}). Which thread writes tells the phases apart: the writer thread
 * {@value KillHost#WRITER} and the relay's own thread {@code outbox-relay}.
 */
final class HoldingMongoTemplate extends MongoTemplate {

    private static final String MARKERS = "outbox_markers";
    private static final String RELAY = "outbox-relay";

    private final KillPoints points;
    /** Set on the relay thread once it pulled in this pass: the next marker release belongs to the pull. */
    private final ThreadLocal<Boolean> pulled = ThreadLocal.withInitial(() -> false);

    HoldingMongoTemplate(MongoClient client, String database, KillPoints points) {
        super(client, database);
        this.points = points;
    }

    @Override
    public <T> T save(T objectToSave, String collectionName) {
        boolean writer = onThread(KillHost.WRITER);
        if (writer) {
            points.at(KillPhase.OUTBOX_WRITE, "before the document write of " + collectionName);
        }
        T saved = super.save(objectToSave, collectionName);
        if (writer) {
            points.at(KillPhase.OUTBOX_WRITE, "after the document write, before the second marker");
        }
        return saved;
    }

    @Override
    public UpdateResult upsert(Query query, UpdateDefinition update, String collectionName) {
        boolean marker = onThread(KillHost.WRITER) && MARKERS.equals(collectionName);
        if (marker) {
            points.at(KillPhase.OUTBOX_WRITE, "before a marker upsert");
        }
        UpdateResult result = super.upsert(query, update, collectionName);
        if (marker) {
            points.at(KillPhase.OUTBOX_WRITE, "after a marker upsert");
        }
        return result;
    }

    @Override
    public UpdateResult updateMulti(Query query, UpdateDefinition update, String collectionName) {
        if (onThread(RELAY) && MARKERS.equals(collectionName) && pulled.get()) {
            pulled.set(false);
            points.at(KillPhase.RELAY_PULL, "after the marker deletes, before the release of the rest");
        }
        return super.updateMulti(query, update, collectionName);
    }

    @Override
    public BulkOperations bulkOps(BulkOperations.BulkMode mode, String collectionName) {
        BulkOperations bulk = super.bulkOps(mode, collectionName);
        if (!onThread(RELAY)) {
            return bulk;
        }
        boolean pull = !MARKERS.equals(collectionName);
        return (BulkOperations) Proxy.newProxyInstance(BulkOperations.class.getClassLoader(),
                new Class<?>[] {BulkOperations.class}, (proxy, method, args) -> {
                    boolean execute = method.getName().equals("execute");
                    if (execute && pull) {
                        points.at(KillPhase.RELAY_PULL, "before the $pull of acknowledged events");
                    }
                    Object result;
                    try {
                        result = method.invoke(bulk, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (execute && pull) {
                        pulled.set(true);
                        points.at(KillPhase.RELAY_PULL, "after the $pull, before the markers are finished");
                    }
                    return result == bulk ? proxy : result;
                });
    }

    private static boolean onThread(String name) {
        return name.equals(Thread.currentThread().getName());
    }
}
