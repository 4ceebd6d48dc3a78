package tw.uplift.survey.answering;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Guards of the public answer endpoint.
 *
 * @param rateLimit    token bucket per client
 * @param maxBodyBytes largest request body accepted (413 above)
 */
@ConfigurationProperties("uplift.survey.public")
public record PublicAnsweringProperties(RateLimit rateLimit, Integer maxBodyBytes) {

    public PublicAnsweringProperties {
        rateLimit = rateLimit == null ? new RateLimit(null, null, null, null) : rateLimit;
        maxBodyBytes = maxBodyBytes == null ? 16_384 : maxBodyBytes;
    }

    /**
     * @param burst           requests a client may send at once
     * @param refillPerMinute then this many per minute
     * @param maxClients      buckets kept in memory
     * @param salt            secret mixed into the hash of the remote address; random per process when unset
     *                        (then buckets and hashes mean nothing across restarts, which is fine)
     */
    public record RateLimit(Integer burst, Integer refillPerMinute, Integer maxClients, String salt) {
        public RateLimit {
            burst = burst == null ? 20 : burst;
            refillPerMinute = refillPerMinute == null ? 30 : refillPerMinute;
            maxClients = maxClients == null ? 100_000 : maxClients;
        }
    }
}
