package tw.uplift.survey.answering;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In-memory token buckets, one per client key: a client may send {@code burst} requests at once and then
 * {@code refillPerMinute} a minute. Keys are whatever the caller passes (here a salted hash of the remote address,
 * never the address). Per instance: with N replicas a client gets up to N times the budget, which is fine for
 * keeping a form from being hammered.
 *
 * <p>At most {@code maxClients} buckets are kept, so memory stays bounded under a flood of addresses. When a new
 * client comes and all are taken, the least recently used bucket goes, in O(1) (an access-ordered map drops its
 * eldest entry; no scan). That bucket has been idle the longest, so it is the one most likely to have refilled,
 * and dropping a full bucket loses nothing: its client would start full again anyway.
 */
public class TokenBuckets {

    private final int burst;
    private final double tokensPerMilli;
    private final Clock clock;
    /** Access-ordered (eldest = least recently used); guarded by itself. */
    private final Map<String, Bucket> buckets;

    public TokenBuckets(int burst, int refillPerMinute, int maxClients, Clock clock) {
        if (burst < 1 || refillPerMinute < 1 || maxClients < 1) {
            throw new IllegalArgumentException("burst, refill and max clients must be positive");
        }
        this.burst = burst;
        this.tokensPerMilli = refillPerMinute / 60_000.0;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Takes one token for this client; false when its bucket is empty. */
    public boolean tryTake(String clientKey) {
        long now = clock.millis();
        // One short lock for the lookup, the refill and the take: a few arithmetic steps, never I/O.
        synchronized (buckets) {
            return buckets.computeIfAbsent(clientKey, k -> new Bucket(burst, now)).tryTake(now);
        }
    }

    /** Seconds until this client has a token again (for {@code Retry-After}), at least 1. */
    public long secondsUntilNextToken() {
        return Math.max(1, (long) Math.ceil(1 / tokensPerMilli / 1000));
    }

    int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    /** Tokens and when they were last counted; only touched under the map's lock. */
    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        boolean tryTake(long now) {
            long elapsed = Math.max(0, now - last); // the wall clock may step back; never refill negatively
            tokens = Math.min(burst, tokens + elapsed * tokensPerMilli);
            last = Math.max(last, now);
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
