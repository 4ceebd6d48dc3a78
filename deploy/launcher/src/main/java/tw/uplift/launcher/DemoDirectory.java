package tw.uplift.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Puts the demo users into notification-service's recipient directory (收件人名錄) with an e-mail address each, so
 * the local run's notices also go out as e-mail, to the mail sink: the clerks are their agencies' contacts (承辦),
 * {@code head} is the agency head, {@code lead} the supervising body's lead. Through the directory API as the demo
 * admin, as an operator would; a person put twice is the same person.
 */
public final class DemoDirectory implements DemoData {

    /** The demo addresses' domain; nothing leaves the machine (the sink catches everything). */
    public static final String DOMAIN = "demo.uplift.tw";

    /** One person: username (as in the identity provider's demo realm), name, agency or body, roles. */
    record DemoPerson(String username, String name, String agencyId, String bodyId, List<String> roles) {

        String email() {
            return username + "@" + DOMAIN;
        }

        String json() {
            return "{\"name\":\"" + name + "\",\"email\":\"" + email() + "\",\"agencyId\":" + quoted(agencyId)
                    + ",\"bodyId\":" + quoted(bodyId) + ",\"roles\":[\"" + String.join("\",\"", roles) + "\"]}";
        }

        private static String quoted(String s) {
            return s == null ? "null" : "\"" + s + "\"";
        }
    }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("clerk", "林怡君", "kcg-civil-affairs", null, List.of("CONTACT")),
            new DemoPerson("head", "陳建宏", "kcg-civil-affairs", null, List.of("AGENCY_HEAD")),
            new DemoPerson("clerk2", "黃美玲", "kcg-household-xinxing", null, List.of("CONTACT")),
            new DemoPerson("reviewer", "張家豪", null, "kcg-rdec", List.of("REVIEWER")),
            new DemoPerson("reviewer2", "李淑芬", null, "kcg-rdec", List.of("REVIEWER")),
            new DemoPerson("lead", "陳組長", null, "kcg-rdec", List.of("REVIEWER", "BODY_LEAD")));

    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DemoDirectory(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public String description() {
        return PEOPLE.size() + " demo people in the recipient directory, e-mail at @" + DOMAIN;
    }

    @Override
    public Outcome load(LocalSystem system) {
        if (system.service(ServiceSpec.NOTIFICATION).isEmpty()) {
            log.accept("Demo directory not loaded: notification-service is not running.");
            return Outcome.NOT_LOADED;
        }
        String base = system.serviceUrl(ServiceSpec.NOTIFICATION);
        String token = system.tokenFor("admin");
        for (DemoPerson person : PEOPLE) {
            int status = put(URI.create(base + "/api/directory/people/" + person.username()), token, person.json());
            if (status != 200 && status != 201) {
                log.accept("Demo directory not loaded: notification-service answered " + status + " for "
                        + person.username() + "; tried again on the next start.");
                return Outcome.NOT_LOADED;
            }
        }
        return Outcome.LOADED;
    }

    private int put(URI uri, String token, String json) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
