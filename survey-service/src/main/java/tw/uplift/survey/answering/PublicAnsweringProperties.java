package tw.uplift.survey.answering;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Guards of the public answer endpoint ({@code uplift.survey.public.*}); the defaults here are the only ones.
 *
 * @param rateLimit    the limits per client
 * @param maxBodyBytes largest request body accepted, 413 above (default 16384)
 * @param baseUrl      the public address of the answer pages as citizens reach them (through the gateway), for the
 *                     links in QR codes and on posters (default {@code http://localhost:8080}, the local run)
 */
@ConfigurationProperties("uplift.survey.public")
public record PublicAnsweringProperties(@DefaultValue RateLimit rateLimit, @DefaultValue("16384") int maxBodyBytes,
        @DefaultValue("http://localhost:8080") String baseUrl) {

    /**
     * The limits per client, keyed by a hash of the remote address with a secret that rotates daily (never the raw
     * IP, {@link ClientKeys}): a limit per window that all instances share (kept in the store), and in front of it a
     * token bucket in each instance's memory.
     *
     * @param perWindow       answers a client may send per window, over all instances (default 30)
     * @param window          the shared limit's window (default one minute)
     * @param burst           the in-memory bucket: answers a client may send at once to one instance (default 20)
     * @param refillPerMinute then this many per minute (default 30)
     * @param maxClients      buckets kept in memory; the least recently used is dropped first (default 100000)
     * @param salt            the deployment's secret (from its secret store) from which each day's secret of the
     *                        client keys is derived; unset, each day's is made at random and kept in the store
     *                        (shared by every instance, deleted the next day, {@link DailySecret})
     */
    public record RateLimit(@DefaultValue("30") int perWindow, @DefaultValue("1m") Duration window,
            @DefaultValue("20") int burst, @DefaultValue("30") int refillPerMinute,
            @DefaultValue("100000") int maxClients, String salt) {
    }
}
