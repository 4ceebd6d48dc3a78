package tw.uplift.gateway.routing;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * How many notices the person has not read, for the badge in every page's header: notification-service's
 * {@code GET /api/inbox/unread-count} with their token (a few {@code _id} reads there). A user is waiting, so the call
 * has a short timeout and no answer simply means no badge — never a slower or broken page.
 */
@Component
public class UnreadNotices {

    private static final Logger log = LoggerFactory.getLogger(UnreadNotices.class);
    private static final Duration TIMEOUT = Duration.ofMillis(600);

    private final RestClient notification;

    public UnreadNotices(DownstreamServices services) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.notification = RestClient.builder().baseUrl(services.notificationService().url().toString()).requestFactory(requests)
                .build();
    }

    /** The count for the holder of {@code accessToken}, or empty when notification-service did not answer in time. */
    public Optional<Integer> of(String accessToken) {
        try {
            JsonNode body = notification.get().uri("/api/inbox/unread-count").headers(h -> h.setBearerAuth(accessToken))
                    .retrieve().body(JsonNode.class);
            return body == null || !body.path("unread").isNumber() ? Optional.empty()
                    : Optional.of(body.path("unread").asInt());
        } catch (RuntimeException e) {
            log.debug("unread count not available: {}", e.toString());
            return Optional.empty();
        }
    }
}
