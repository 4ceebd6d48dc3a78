package tw.uplift.survey.answering;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Guards of the public answer endpoint ({@code uplift.survey.public.*}); the defaults here are the only ones.
 *
 * @param rateLimit    token bucket per client
 * @param maxBodyBytes largest request body accepted, 413 above (default 16384)
 */
@ConfigurationProperties("uplift.survey.public")
public record PublicAnsweringProperties(@DefaultValue RateLimit rateLimit, @DefaultValue("16384") int maxBodyBytes) {

    /**
     * A token bucket per client, keyed by a salted hash of the remote address (never the raw IP).
     *
     * @param burst           answers a client may send at once (default 20)
     * @param refillPerMinute then this many per minute (default 30)
     * @param maxClients      buckets kept in memory; the least recently used is dropped first (default 100000)
     * @param salt            secret mixed into the hash of the remote address; random per process when unset
     *                        (then buckets and hashes mean nothing across restarts, which is fine)
     */
    public record RateLimit(@DefaultValue("20") int burst, @DefaultValue("30") int refillPerMinute,
            @DefaultValue("100000") int maxClients, String salt) {
    }
}
