package tw.uplift.survey.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A batch of responses with one already stored: the others are stored, and only that one is told "already there". */
class ResponseInsertsTest {

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

    @Test
    void eachOfABatchLearnsWhetherItsOwnWasNew() {
        MongoTemplate mongo = new MongoTemplate(client, "responses");
        ResponseInserts inserts = new ResponseInserts(mongo);
        assertThat(inserts.insert(response("r1", 5))).isTrue();
        assertThat(inserts.insert(response("r1", 5))).as("a retry, alone").isFalse();

        assertThat(inserts.insert(List.of(response("r2", 4), response("r1", 3), response("r3", 2))))
                .containsExactly(true, false, true);
        assertThat(mongo.findAll(SurveyResponse.class)).extracting(SurveyResponse::id)
                .containsExactlyInAnyOrder("r1", "r2", "r3");
        assertThat(mongo.findById("r1", SurveyResponse.class).answers()).as("the stored one is not changed")
                .containsExactly(Answer.score("q1", 5));
    }

    private static SurveyResponse response(String id, int score) {
        return new SurveyResponse(id, "s1", null, List.of(Answer.score("q1", score)),
                Instant.parse("2026-03-01T00:00:00Z"), false);
    }
}
