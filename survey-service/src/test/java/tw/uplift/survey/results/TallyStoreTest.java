package tw.uplift.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.survey.design.Questions.choice;
import static tw.uplift.survey.design.Questions.likert;
import static tw.uplift.survey.design.SurveyFixture.aSurveyOf;

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
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.statistics.ReliabilitySums;

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

    /** s1: q1 and q2 Likert scores (a scale), q3 a choice. */
    private static final Survey SURVEY = aSurveyOf(likert("q1"), likert("q2"), choice("q3", "counter", "online")).opened();

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
        TallyStore tallies = new TallyStore(racing, new ResultsProperties(256, 10));

        assertThat(tallies.add(SURVEY, "r1", null, buckets("q1", "s5"))).isEqualTo(TallyStore.Outcome.COUNTED);
        assertThat(tallies.find("s1").responses()).isEqualTo(2);
    }

    @Test
    void aReceiptAlreadyInTheWindowIsNotCountedAgain() {
        TallyStore tallies = new TallyStore(freshDatabase(), new ResultsProperties(256, 10));
        assertThat(tallies.add(SURVEY, "r1", null, buckets("q1", "s5"))).isEqualTo(TallyStore.Outcome.COUNTED);
        assertThat(tallies.add(SURVEY, "r1", null, buckets("q1", "s5"))).isEqualTo(TallyStore.Outcome.ALREADY_COUNTED);
        assertThat(tallies.find("s1").responses()).isEqualTo(1);
    }

    @Test
    void aClosedAggregateCountsNothing() {
        TallyStore tallies = new TallyStore(freshDatabase(), new ResultsProperties(256, 10));
        tallies.add(SURVEY, "r1", null, buckets("q1", "s5"));
        tallies.close("s1");
        assertThat(tallies.add(SURVEY, "r2", null, buckets("q1", "s5"))).isEqualTo(TallyStore.Outcome.CLOSED);
        assertThat(tallies.find("s1").responses()).isEqualTo(1);
    }

    @Test
    void theScaleSumsAddUpEachCompleteResponse() {
        TallyStore tallies = new TallyStore(freshDatabase(), new ResultsProperties(256, 10));
        tallies.add(SURVEY, "r1", null, buckets("q1", "s4", "q2", "s5", "q3", "c_counter")); // total 9
        tallies.add(SURVEY, "r2", null, buckets("q1", "s2", "q2", "s3")); // total 5

        Tally.ScaleSums scale = tallies.find("s1").scale();
        assertThat(scale.respondents()).isEqualTo(2);
        assertThat(scale.totalSum()).isEqualTo(14);
        assertThat(scale.totalSumOfSquares()).isEqualTo(81 + 25);
        assertThat(scale.items()).containsEntry("q1", new ReliabilitySums.ItemSums(6, 16 + 4, 36 + 10))
                .containsEntry("q2", new ReliabilitySums.ItemSums(8, 25 + 9, 45 + 15));
    }

    @Test
    void aResponseThatSkipsALikertQuestionIsNotPartOfTheScale() {
        Question optional = new Question("q2", new LocalizedText("服務態度", null), QuestionKind.LIKERT_5, List.of(), false);
        Survey survey = aSurveyOf(likert("q1"), optional).withId("s2").opened();
        TallyStore tallies = new TallyStore(freshDatabase(), new ResultsProperties(256, 10));
        tallies.add(survey, "r1", null, buckets("q1", "s4"));

        Tally tally = tallies.find("s2");
        assertThat(tally.likert("q1").n()).as("still counted for the question").isEqualTo(1);
        assertThat(tally.scale()).isEqualTo(Tally.ScaleSums.NONE);
    }

    /** One bucket per question: question, bucket, question, bucket … */
    private static Map<String, List<String>> buckets(String... questionBucket) {
        Map<String, List<String>> buckets = new java.util.LinkedHashMap<>();
        for (int i = 0; i < questionBucket.length; i += 2) {
            buckets.put(questionBucket[i], List.of(questionBucket[i + 1]));
        }
        return buckets;
    }
}
