package tw.uplift.survey.answering;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory token buckets, one per client key: a client may send {@code burst} requests at once and then
 * {@code refillPerMinute} a minute. Keys are whatever the caller passes (here a salted hash of the remote address,
 * never the address). At most {@code maxClients} buckets are kept: full ones (idle clients) are dropped first,
 * then arbitrary ones, so memory stays bounded under a flood of addresses. Per instance: with N replicas a
 * client gets up to N times the budget, which is fine for keeping a form from being hammered.
 */
public class TokenBuckets {

    private final int burst;
    private final double tokensPerMilli;
    private final int maxClients;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(int burst, int refillPerMinute, int maxClients, Clock clock) {
        if (burst < 1 || refillPerMinute < 1 || maxClients < 1) {
            throw new IllegalArgumentException("burst, refill and max clients must be positive");
        }
        this.burst = burst;
        this.tokensPerMilli = refillPerMinute / 60_000.0;
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /** Takes one token for this client; false when its bucket is empty. */
    public boolean tryTake(String clientKey) {
        if (buckets.size() >= maxClients && !buckets.containsKey(clientKey)) {
            evict();
        }
        return buckets.computeIfAbsent(clientKey, k -> new Bucket(burst, clock.millis())).tryTake();
    }

    /** Seconds until this client has a token again (for {@code Retry-After}), at least 1. */
    public long secondsUntilNextToken() {
        return Math.max(1, (long) Math.ceil(1 / tokensPerMilli / 1000));
    }

    int size() {
        return buckets.size();
    }

    private void evict() {
        long now = clock.millis();
        buckets.values().removeIf(b -> b.isFullAt(now));
        Iterator<String> keys = buckets.keySet().iterator();
        while (buckets.size() >= maxClients && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized boolean tryTake() {
            refill(clock.millis());
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            long elapsed = Math.max(0, now - last); // the wall clock may step back; never refill negatively
            tokens = Math.min(burst, tokens + elapsed * tokensPerMilli);
            last = Math.max(last, now);
        }
    }
}
