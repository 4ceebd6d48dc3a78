package tw.uplift.review.reviewers;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The reviewers' open-task sets against a real MongoDB wire server (mongo-java-server, in memory). */
class ReviewerLoadsTest {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private ReviewerLoads loads;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + hostAndPort(server.bind()));
        mongo = new MongoTemplate(client, "review-loads-test");
        loads = new ReviewerLoads(mongo);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aTaskCountsOnceForWhoeverHoldsItOpen() {
        loads.moved("t1", null, "reviewer");
        loads.moved("t2", null, "reviewer");
        loads.moved("t1", null, "reviewer"); // a retried write: still one task
        assertThat(loads.of(List.of("reviewer", "lead", "reviewer2")))
                .containsEntry("reviewer", 2L).containsEntry("lead", 0L).containsEntry("reviewer2", 0L);

        loads.moved("t1", "reviewer", "lead"); // reassigned
        loads.moved("t2", "reviewer", null); // decided
        loads.moved("t2", "reviewer", null); // the same change told twice
        assertThat(loads.of(List.of("reviewer", "lead"))).containsEntry("reviewer", 0L).containsEntry("lead", 1L);
        assertThat(loads.totalOpen()).isEqualTo(1);
    }

    @Test
    void repairMakesTheSetsAgreeWithTheStoredTasks() {
        // As a crash between a task's write and its set's would leave them: t2 was decided but is still counted for
        // reviewer; t3 was claimed by reviewer but never added; t1 is right.
        task("t1", "OPEN", "lead");
        task("t2", "COMPLETED", "reviewer");
        task("t3", "CLAIMED", "reviewer");
        task("t4", "OPEN", null); // in the candidate group: nobody's load
        loads.moved("t1", null, "lead");
        loads.moved("t2", null, "reviewer");

        loads.repair();

        assertThat(loads.of(List.of("reviewer", "lead"))).containsEntry("reviewer", 1L).containsEntry("lead", 1L);
        assertThat(mongo.findById("reviewer", Document.class, ReviewerLoads.COLLECTION).getList("open", String.class))
                .containsExactly("t3");
        loads.repair(); // nothing left to repair: the same answer
        assertThat(loads.totalOpen()).isEqualTo(2);
    }

    private void task(String id, String status, String assignee) {
        mongo.insert(new Document("_id", id).append(ReviewerLoads.STATUS, status).append(ReviewerLoads.ASSIGNEE, assignee),
                ReviewerLoads.TASKS);
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
