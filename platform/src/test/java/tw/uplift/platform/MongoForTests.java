package tw.uplift.platform;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;

/** An in-memory MongoDB wire-protocol server per test JVM, a fresh database per call: the real driver, no mocks. */
public final class MongoForTests {

    private static MongoClient client;

    private MongoForTests() {
    }

    public static synchronized MongoTemplate freshDatabase() {
        if (client == null) {
            MongoServer server = new MongoServer(new MemoryBackend());
            client = MongoClients.create(server.bindAndGetConnectionString());
        }
        return new MongoTemplate(client, "test-" + UUID.randomUUID());
    }
}
