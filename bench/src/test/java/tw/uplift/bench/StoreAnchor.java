package tw.uplift.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The store's own figures on the same server the services use (the local run's embedded MongoDB wire server): single
 * inserts, batched inserts and reads by {@code _id} of documents about the size of an aggregate, per second.
 */
final class StoreAnchor implements AutoCloseable {

    private static final String FILLER = "服務".repeat(200);

    private final MongoClient client;
    private final MongoCollection<Document> collection;
    private int next;

    StoreAnchor(String uri) {
        this.client = MongoClients.create(uri);
        this.collection = client.getDatabase("bench").getCollection("anchor");
    }

    double singleInserts(int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            collection.insertOne(document());
        }
        return count / seconds(start);
    }

    double batchedInserts(int count, int batch) {
        long start = System.nanoTime();
        for (int done = 0; done < count; done += batch) {
            List<Document> docs = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                docs.add(document());
            }
            collection.insertMany(docs);
        }
        return count / seconds(start);
    }

    /** Reads of documents written before, one round trip each. */
    double idReads(int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (collection.find(Filters.eq("_id", "d" + (i % next))).first() == null) {
                throw new IllegalStateException("the anchor document d" + (i % next) + " is missing");
            }
        }
        return count / seconds(start);
    }

    private Document document() {
        return new Document("_id", "d" + next++).append("agencyId", "bench").append("version", 1L)
                .append("text", FILLER).append("pendingEvents", List.of());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() {
        client.close();
    }
}
