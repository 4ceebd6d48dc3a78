package tw.uplift.gateway.publictraffic;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per client (Bucket4j), in this gateway's memory only. Nothing is written anywhere, and not even
 * memory holds an address: a bucket's key is an HMAC of the address with a secret made at random when the gateway
 * starts and never kept, so the keys cannot be turned back into addresses, and they change with every restart.
 *
 * <p>The buckets live in a Caffeine map bounded by {@code maxClients} (a flood of addresses cannot fill the heap)
 * whose entries expire once idle long enough to have refilled completely: a bucket that would be full again is
 * worth nothing, so dropping it changes no answer.
 */
final class ClientRateLimit {

    private static final String HMAC = "HmacSHA256";

    private final PublicTrafficProperties.RateLimit limit;
    private final Cache<String, Bucket> buckets;
    private final Mac keyed;

    ClientRateLimit(PublicTrafficProperties.RateLimit limit) {
        if (limit.burst() < 1 || limit.refillPerMinute() < 1 || limit.maxClients() < 1) {
            throw new IllegalArgumentException("uplift.gateway.public.rate-limit: burst, refill and max clients must be positive");
        }
        this.limit = limit;
        // the time an empty bucket takes to fill up again, rounded up to a whole second
        Duration refilled = Duration.ofSeconds((long) Math.ceil(60.0 * limit.burst() / limit.refillPerMinute()));
        this.buckets = Caffeine.newBuilder().maximumSize(limit.maxClients()).expireAfterAccess(refilled).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            this.keyed = Mac.getInstance(HMAC);
            keyed.init(new SecretKeySpec(secret, HMAC));
            keyed.clone(); // fail at start-up, not per request, should this JDK's HMAC not clone
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException(HMAC + " is part of every JDK and clones", e);
        }
    }

    /**
     * Takes one token of this client's bucket.
     *
     * @return empty when taken, else the whole seconds until the bucket has a token again (for {@code Retry-After})
     */
    OptionalLong take(String clientAddress) {
        Bucket bucket = buckets.get(keyOf(clientAddress), key -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    /** How many clients have a bucket now (for tests and a gauge). */
    long clients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst())
                        .refillGreedy(limit.refillPerMinute(), Duration.ofMinutes(1)))
                .build();
    }

    String keyOf(String clientAddress) {
        Mac mac;
        try {
            mac = (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(HMAC + " cloned at start-up", e);
        }
        byte[] digest = mac.doFinal(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }
}
