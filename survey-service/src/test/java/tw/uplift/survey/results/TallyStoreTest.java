package tw.uplift.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

/**
 * {@link TallyStore#add} on a real store (the MongoDB wire protocol, in memory). The race of two first answers
 * creating a survey's running aggregate cannot happen on this store (it applies writes one at a time), so the
 * racing test lets the other answer win for real: it inserts the aggregate just before our upsert and the store
 * refuses ours, as MongoDB does.
 */
class TallyStoreTest {

    private static MongoServer server;
    private static MongoClient client;

    @BeforeAll
    static void startStore() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static MongoTemplate freshDatabase() {
        return new MongoTemplate(client, "tallies-" + UUID.randomUUID());
    }

    @Test
    void losingTheRaceToCreateTheAggregateCountsOnTheOneThatWon() {
        AtomicBoolean otherAnswerFirst = new AtomicBoolean(true);
        MongoTemplate racing = new MongoTemplate(client, "tallies-" + UUID.randomUUID()) {
            @Override
            public UpdateResult upsert(Query query, UpdateDefinition update, String collection) {
                if (otherAnswerFirst.getAndSet(false)) {
                    // The other first answer creates the aggregate between our guard's miss and our insert.
                    insert(new Document("_id", "s1").append("n", 1).append("applied", List.of("r0")), collection);
                    throw new DuplicateKeyException("E11000 duplicate key error collection: " + collection + " _id: s1");
                }
                return super.upsert(query, update, collection);
            }
        };
        TallyStore tallies = new TallyStore(racing, new ResultsProperties(256));

        assertThat(tallies.add("s1", "r1", Map.of("q1", "s5"))).isEqualTo(TallyStore.Outcome.COUNTED);
        assertThat(tallies.find("s1").responses()).isEqualTo(2);
    }

    @Test
    void aReceiptAlreadyInTheWindowIsNotCountedAgain() {
        TallyStore tallies = new TallyStore(freshDatabase(), new ResultsProperties(256));
        assertThat(tallies.add("s1", "r1", Map.of("q1", "s5"))).isEqualTo(TallyStore.Outcome.COUNTED);
        assertThat(tallies.add("s1", "r1", Map.of("q1", "s5"))).isEqualTo(TallyStore.Outcome.ALREADY_COUNTED);
        assertThat(tallies.find("s1").responses()).isEqualTo(1);
    }

    @Test
    void aClosedAggregateCountsNothing() {
        TallyStore tallies = new TallyStore(freshDatabase(), new ResultsProperties(256));
        tallies.add("s1", "r1", Map.of("q1", "s5"));
        tallies.close("s1");
        assertThat(tallies.add("s1", "r2", Map.of("q1", "s5"))).isEqualTo(TallyStore.Outcome.CLOSED);
        assertThat(tallies.find("s1").responses()).isEqualTo(1);
    }
}
