package tw.uplift.notification.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.platform.test.TestHttp;

/** notification-service's HTTP API as a caller with a token sees it: the inbox and a plan's deadlines. */
public final class NotificationApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestHttp http;

    public NotificationApi(int port) {
        this.http = new TestHttp(port);
    }

    public List<Map<String, Object>> inbox(String token) {
        return listOf(http.get("/api/inbox?limit=200", token));
    }

    /** The caller's notices about a plan, of one kind. */
    public List<Map<String, Object>> inbox(String token, String planId, String kind) {
        return inbox(token).stream().filter(i -> kind.equals(i.get("kind")))
                .filter(i -> planId.equals(linksOf(i).get("planId"))).toList();
    }

    public List<Map<String, Object>> deadlines(String token, String planId) {
        return listOf(http.get("/api/deadlines?planId=" + planId, token));
    }

    public TestHttp.Reply markRead(String token, Object itemId) {
        return http.post("/api/inbox/" + itemId + "/read", token, null);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> linksOf(Map<String, Object> item) {
        return (Map<String, Object>) item.get("links");
    }

    private static List<Map<String, Object>> listOf(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return JSON.readValue(reply.text(), new TypeReference<List<Map<String, Object>>>() { });
    }
}
