package tw.uplift.chaos;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import tw.uplift.launcher.ServiceSpec;

/**
 * A copy of every collection of the four services' databases, taken through the driver, and its restore into an
 * empty store. Consistent only if nothing writes while it is taken (the scenario pauses the services). It leaves out
 * the relay's {@code outbox_markers}, as a backup of the aggregates alone would: the events pending inside the
 * aggregates are what counts, and the relay's start-up sweep must find them again without their index.
 */
final class StoreBackup {

    /** The relay's index of aggregates with pending events ({@code OutboxMarker.COLLECTION}). */
    static final String MARKERS = "outbox_markers";

    private record Collection(String database, String name, List<Document> documents, List<Document> indexes) {
    }

    private final List<Collection> collections;

    private StoreBackup(List<Collection> collections) {
        this.collections = collections;
    }

    static StoreBackup take(MongoClient mongo) {
        List<Collection> copied = new ArrayList<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            MongoDatabase db = mongo.getDatabase(service.database());
            for (String name : db.listCollectionNames()) {
                if (name.equals(MARKERS)) {
                    continue;
                }
                List<Document> indexes = new ArrayList<>();
                db.getCollection(name).listIndexes().forEach(indexes::add);
                copied.add(new Collection(service.database(), name, db.getCollection(name).find().into(new ArrayList<>()),
                        indexes));
            }
        }
        return new StoreBackup(copied);
    }

    long documents() {
        return collections.stream().mapToLong(c -> c.documents().size()).sum();
    }

    int collectionCount() {
        return collections.size();
    }

    /** Writes the copy into an empty store: each collection's indexes first, exactly as listed, then its documents. */
    void restoreInto(MongoClient mongo) {
        for (Collection c : collections) {
            MongoDatabase db = mongo.getDatabase(c.database());
            List<Document> specs = new ArrayList<>();
            for (Document index : c.indexes()) {
                if (!"_id_".equals(index.getString("name"))) {
                    Document spec = new Document(index);
                    spec.remove("v");
                    spec.remove("ns");
                    specs.add(spec);
                }
            }
            db.createCollection(c.name());
            if (!specs.isEmpty()) {
                db.runCommand(new Document("createIndexes", c.name()).append("indexes", specs));
            }
            if (!c.documents().isEmpty()) {
                db.getCollection(c.name()).insertMany(c.documents());
            }
        }
    }
}
