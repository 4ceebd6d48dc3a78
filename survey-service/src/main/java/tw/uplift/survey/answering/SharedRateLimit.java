package tw.uplift.survey.answering;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.platform.work.GroupCommit;

/**
 * The per-client limit (每一用戶端的填答上限) that every instance of the service shares: a fixed-window counter in the
 * service's own MongoDB, one document per client key per window,
 * <pre>{_id: "&lt;window start, 12 hex digits of epoch seconds&gt;:&lt;client key&gt;", n}</pre>
 * raised by one atomic upsert {@code $inc} per request (per batch of a client's concurrent requests, see
 * {@link #take}). The window's start leads the id so old windows are one
 * {@code _id} range ({@link #forgetOldWindows}): the clean-up walks the id index, never a growing collection.
 *
 * <p>A fixed window lets a client send up to twice the limit across a window's edge; for keeping a public form
 * from being flooded that is fine, and it costs one write instead of a sliding log's several. The client key is
 * what the caller passes (an HMAC of the address, never the address).
 */
public class SharedRateLimit {

    static final String COLLECTION = "public_rate_windows";

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimit.class);

    private final MongoTemplate mongo;
    private final int limit;
    private final long windowSeconds;
    private final Clock clock;
    private final GroupCommit<String, Boolean, Long> counts = new GroupCommit<>(256,
            (clientKey, requests) -> count(clientKey, requests.size()));

    public SharedRateLimit(MongoTemplate mongo, int limit, Duration window, Clock clock) {
        if (limit < 1 || window.toSeconds() < 1) {
            throw new IllegalArgumentException("the limit and the window (whole seconds) must be positive");
        }
        this.mongo = mongo;
        this.limit = limit;
        this.windowSeconds = window.toSeconds();
        this.clock = clock;
    }

    /**
     * Counts one request of this client in the current window. Concurrent requests of one client are counted
     * together ({@link GroupCommit}): one {@code $inc} by their number, each then placed by its turn in it, so a
     * flood from one address costs a write per batch rather than per request, and the refusal is as exact.
     *
     * @return 0 when it is within the limit, else the seconds until the window ends (for {@code Retry-After})
     */
    public long take(String clientKey) {
        return counts.write(clientKey, Boolean.TRUE);
    }

    /** Counts a batch of one client's requests in the current window; each gets 0 or its Retry-After. */
    private List<Long> count(String clientKey, int requests) {
        long now = clock.millis() / 1000;
        long start = now - Math.floorMod(now, windowSeconds);
        long retryAfter = Math.max(1, start + windowSeconds - now);
        Query window = Query.query(Criteria.where("_id").is(prefix(start) + clientKey));
        Update count = new Update().inc("n", requests);
        FindAndModifyOptions upsert = FindAndModifyOptions.options().upsert(true).returnNew(true);
        List<Long> answers = new ArrayList<>(requests);
        try {
            Document counted;
            try {
                counted = mongo.findAndModify(window, count, upsert, Document.class, COLLECTION);
            } catch (DuplicateKeyException lostTheRace) {
                // two first requests of a window upserted at once and this one lost: the document exists now
                counted = mongo.findAndModify(window, count, upsert, Document.class, COLLECTION);
            }
            long n = counted == null ? requests : counted.get("n", Number.class).longValue();
            for (long turn = n - requests + 1; turn <= n; turn++) {
                answers.add(turn <= limit ? 0 : retryAfter);
            }
        } catch (DataAccessException storeDown) {
            // Fail open: refusing every citizen because the counter is unreachable would be worse than a flood
            // for the moment, and the answer itself needs the same store, so it fails on its own there.
            log.warn("rate limit not checked, the store did not answer: {}", storeDown.getMessage());
            answers.clear();
            for (int i = 0; i < requests; i++) {
                answers.add(0L);
            }
        }
        return answers;
    }

    /** Deletes the windows that ended before the previous one: one range of {@code _id}, whatever their number. */
    public long forgetOldWindows() {
        long now = clock.millis() / 1000;
        long previous = now - Math.floorMod(now, windowSeconds) - windowSeconds;
        return mongo.remove(Query.query(Criteria.where("_id").lt(prefix(previous))), COLLECTION).getDeletedCount();
    }

    /** Fixed width, so ids sort by window as text does. */
    private static String prefix(long windowStart) {
        return String.format("%012x:", windowStart);
    }
}
