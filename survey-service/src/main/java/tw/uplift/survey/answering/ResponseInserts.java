package tw.uplift.survey.answering;

import java.util.ArrayList;
import java.util.List;
import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.platform.work.GroupCommit;

/**
 * Stores citizens' responses, the ones arriving together in one insert of many ({@link GroupCommit}, per survey):
 * under load one store round trip carries many responses instead of one each. A response whose receipt id is
 * stored already (a retry, a second answer from the same browser) is refused by the store alone, the others of its
 * batch stored all the same, so each caller learns whether its own was new.
 */
final class ResponseInserts {

    /** At most this many responses in one insert. */
    private static final int MAX_BATCH = 64;

    private final MongoTemplate mongo;
    private final GroupCommit<String, SurveyResponse, Boolean> inserts;

    ResponseInserts(MongoTemplate mongo) {
        this.mongo = mongo;
        this.inserts = new GroupCommit<>(MAX_BATCH, (surveyId, batch) -> insert(batch));
    }

    /** Stores the response; false when one with its receipt id is stored already (nothing is changed then). */
    boolean insert(SurveyResponse response) {
        return inserts.write(response.surveyId(), response);
    }

    /**
     * One unordered insert of the batch: every response is tried, and the store names (by index) those refused as
     * duplicates of a stored receipt id, so each caller learns about its own.
     */
    List<Boolean> insert(List<SurveyResponse> batch) {
        if (batch.size() == 1) {
            try {
                mongo.insert(batch.getFirst());
                return List.of(true);
            } catch (DuplicateKeyException stored) {
                return List.of(false);
            }
        }
        List<Boolean> inserted = new ArrayList<>(batch.stream().map(r -> true).toList());
        try {
            mongo.bulkOps(BulkMode.UNORDERED, SurveyResponse.class).insert(batch).execute();
        } catch (BulkOperationException refused) {
            for (BulkWriteError error : refused.getErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw refused;
                }
                inserted.set(error.getIndex(), false);
            }
        }
        return inserted;
    }
}
