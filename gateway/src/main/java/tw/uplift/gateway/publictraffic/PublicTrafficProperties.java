package tw.uplift.gateway.publictraffic;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The guard of anonymous public traffic ({@code uplift.gateway.public.*}); the defaults here are the only ones.
 *
 * @param paths    routes open to anyone: every request to them is guarded unless the person is logged in at the
 *                 gateway (default {@code /public/**}: plans, open data, surveys, kiosks)
 * @param apiPaths routes that need a token at the service: guarded when the request carries no credential at all,
 *                 neither a login session nor an {@code Authorization} header (default {@code /api/**}); the service
 *                 refuses such a request anyway, the gateway only keeps a flood of them from reaching it
 * @param rateLimit the token bucket per client
 * @param maxBody  largest request body accepted on a guarded route, 413 above (default 64KB: four times
 *                 survey-service's own cap of 16 KB, so the service's answer, which names the field, is the one a
 *                 citizen sees for an answer that is merely too long)
 */
@ConfigurationProperties("uplift.gateway.public")
public record PublicTrafficProperties(@DefaultValue("/public/**") List<String> paths,
        @DefaultValue("/api/**") List<String> apiPaths, @DefaultValue RateLimit rateLimit,
        @DefaultValue("64KB") DataSize maxBody) {

    /**
     * One token bucket per client address: {@code burst} requests at once, then {@code refillPerMinute} a minute.
     *
     * <p>Sized for the busiest honest client, a service counter: several kiosk tablets and the citizens' phones on
     * the office Wi-Fi behind one NAT address. A citizen answering on a kiosk sends about 20 guarded requests (one
     * page per question, each answer a POST and the next page), in a minute or two; ten tablets and a queue of
     * phones at that pace come to 100–200 a minute. The defaults (300 at once, 300 a minute, 5 a second sustained)
     * leave that room and still cut a script that sends hundreds a second. Assets ({@code /assets/**},
     * {@code /webjars/**}) are not counted.
     *
     * @param burst           requests a client may send at once (default 300)
     * @param refillPerMinute then this many a minute (default 300)
     * @param maxClients      buckets kept in memory, the least recently used dropped first (default 100000)
     */
    public record RateLimit(@DefaultValue("300") int burst, @DefaultValue("300") int refillPerMinute,
            @DefaultValue("100000") int maxClients) {
    }
}
