package tw.uplift.survey.answering;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One answer per browser per survey (每一瀏覽器限填一次), with no write of its own: a browser that holds the survey's
 * token (a random cookie, see {@code BrowserToken}) answers under the idempotency key {@link #keyOf} of that token,
 * so its receipt id is derived from (survey, token) instead of the form's response key. A second answer from the
 * same browser then meets the first one's unique {@code _id}: the same answers again are a harmless replay, other
 * answers are refused by {@link Answering} as a reused key, and never counted. The receipt id is a name-based
 * UUID of the survey and the key, so the token itself is stored nowhere.
 */
@Component
public class BrowserAnswers {

    private static final String PREFIX = "browser:";

    private final MongoTemplate mongo;

    public BrowserAnswers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The idempotency key of a browser's answer to a survey. */
    public static String keyOf(String browserToken) {
        return PREFIX + browserToken;
    }

    /** Whether this browser's answer to this survey is in (one read by {@code _id}), to say so before the form. */
    public boolean answered(String surveyId, String browserToken) {
        return mongo.exists(Query.query(Criteria.where("_id").is(Answering.receiptId(surveyId, keyOf(browserToken)))
                .and("counted").is(true)), SurveyResponse.class);
    }
}
