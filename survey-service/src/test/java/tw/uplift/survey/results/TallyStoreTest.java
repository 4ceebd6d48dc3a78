package tw.uplift.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

/**
 * What {@link TallyStore#add} makes of an upsert the unique {@code _id} refused, which on MongoDB happens when two
 * first answers race to create a survey's running aggregate (the in-JVM store never lets them race).
 */
class TallyStoreTest {

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final TallyStore tallies = new TallyStore(mongo, new ResultsProperties(256));

    @Test
    void losingTheRaceToCreateTheAggregateCountsOnTheOneThatWon() {
        when(mongo.upsert(any(Query.class), any(UpdateDefinition.class), eq(TallyStore.COLLECTION)))
                .thenThrow(new DuplicateKeyException("E11000 _id")).thenReturn(null);
        when(mongo.findById("s1", Document.class, TallyStore.COLLECTION))
                .thenReturn(new Document("_id", "s1").append("n", 1).append("applied", List.of("r0")));

        assertThat(tallies.add("s1", "r1", Map.of("q1", "s5"))).isEqualTo(TallyStore.Outcome.COUNTED);
        verify(mongo, times(2)).upsert(any(Query.class), any(UpdateDefinition.class), eq(TallyStore.COLLECTION));
    }

    @Test
    void aReceiptAlreadyInTheWindowIsNotCountedAgain() {
        refusedWith(new Document("_id", "s1").append("applied", List.of("r1")));
        assertThat(tallies.add("s1", "r1", Map.of("q1", "s5"))).isEqualTo(TallyStore.Outcome.ALREADY_COUNTED);
    }

    @Test
    void aClosedAggregateCountsNothing() {
        refusedWith(new Document("_id", "s1").append("applied", List.of()).append("closed", true));
        assertThat(tallies.add("s1", "r1", Map.of("q1", "s5"))).isEqualTo(TallyStore.Outcome.CLOSED);
    }

    @Test
    void givesUpWhenRefusedOverAndOverForNoReasonItKnows() {
        refusedWith(new Document("_id", "s1").append("applied", List.of()));
        assertThatThrownBy(() -> tallies.add("s1", "r1", Map.of("q1", "s5"))).isInstanceOf(DuplicateKeyException.class);
    }

    private void refusedWith(Document stored) {
        when(mongo.upsert(any(Query.class), any(UpdateDefinition.class), eq(TallyStore.COLLECTION)))
                .thenThrow(new DuplicateKeyException("E11000 _id"));
        when(mongo.findById("s1", Document.class, TallyStore.COLLECTION)).thenReturn(stored);
    }
}
