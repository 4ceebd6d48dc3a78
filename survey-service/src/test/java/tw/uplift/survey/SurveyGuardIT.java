package tw.uplift.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.platform.pages.CsrfField;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.time.MovableClock;
import tw.uplift.survey.answering.ClientKeys;
import tw.uplift.survey.answering.SharedRateLimit;

/**
 * Protection without personal data, over real HTTP against the real store: one answer per browser (a browser
 * that keeps cookies, as a phone's does), the spam trap, and that nothing of the citizen's address, user agent,
 * cookies or tokens ends up in any document of any collection, while the per-client limit's keys and the secret
 * they are made with are forgotten within a window and a day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=survey-service",
        "uplift.survey.public.rate-limit.burst=100000",
        "uplift.survey.public.rate-limit.per-window=100000"})
@WithUpliftInfrastructure
class SurveyGuardIT {

    private static final String AGENCY = "kcg-civil-affairs";
    private static final String TEXT_QUESTION =
            "{\"id\": \"q3\", \"text\": {\"zh\": \"其他建議\"}, \"kind\": \"TEXT\", \"required\": false}";

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Autowired
    MovableClock clock;

    @Autowired
    SharedRateLimit rateLimit;

    @Autowired
    ClientKeys clientKeys;

    private final String clerk = TestTokens.agencyStaff("clerk", AGENCY);

    @Test
    void aSecondAnswerFromTheSameBrowserIsRefusedPolitelyAndNotCounted() {
        String id = opened();
        Browser phone = new Browser();
        Browser.Reply form = phone.get("/public/surveys/" + id);
        assertThat(form.status()).isEqualTo(200);
        String cookie = form.setCookie();
        assertThat(cookie).startsWith("uplift-survey-browser=").contains("Path=/public/surveys/" + id, "HttpOnly",
                "SameSite=Lax").doesNotContain("Secure");

        assertThat(phone.post("/public/surveys/" + id + "/answers", answers("4", keyOf(form))).status())
                .isEqualTo(303);
        assertThat(phone.post("/public/surveys/" + id + "/answers", answers("4", java.util.UUID.randomUUID()
                .toString())).status()).as("the same answers again (another tab): a harmless replay").isEqualTo(303);
        double before = refused("already-answered");
        Browser.Reply again = phone.post("/public/surveys/" + id + "/answers", answers("1", java.util.UUID
                .randomUUID().toString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("您已填答過本問卷").doesNotContain("<form method=\"post\"");
        assertThat(refused("already-answered")).isEqualTo(before + 1);
        assertThat(responses(id)).isEqualTo(1);

        assertThat(phone.get("/public/surveys/" + id + "?lang=en").body()).as("the form is not offered again")
                .contains("You have already answered this survey").doesNotContain("<form method=\"post\"");

        Browser another = new Browser();
        assertThat(another.post("/public/surveys/" + id + "/answers", answers("1", keyOf(another.get(
                "/public/surveys/" + id)))).status()).as("another browser answers for itself").isEqualTo(303);
        assertThat(responses(id)).isEqualTo(2);
    }

    @Test
    void aBrowserWithoutCookiesStillAnswers() {
        String id = opened();
        PageBrowser noCookies = new PageBrowser(port, null);
        String key = keyOf(noCookies.get("/public/surveys/" + id).html());
        assertThat(noCookies.post("/public/surveys/" + id + "/answers", answers("5", key)).status()).isEqualTo(303);
        assertThat(responses(id)).isEqualTo(1);
    }

    @Test
    void aFilledSpamTrapIsRefusedWithAPageAndNotCounted() {
        String id = opened();
        PageBrowser browser = new PageBrowser(port, null);
        PageBrowser.Page form = browser.get("/public/surveys/" + id);
        assertThat(form.html()).as("the trap is there, out of sight and reach").containsPattern(
                "aria-hidden=\"true\">\\s*<label for=\"website\">此欄請留空</label>\\s*<input type=\"text\" "
                        + "id=\"website\" name=\"website\" value=\"\" tabindex=\"-1\" autocomplete=\"off\">");
        double before = refused("spam-trap");
        Map<String, String> filled = new LinkedHashMap<>(answers("5", keyOf(form.html())));
        filled.put("website", "http://spam.example");
        PageBrowser.Page refused = browser.post("/public/surveys/" + id + "/answers", filled);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("無法送出回答", "應留空的欄位");
        assertThat(refused("spam-trap")).isEqualTo(before + 1);
        assertThat(responses(id)).isZero();

        Map<String, String> empty = new LinkedHashMap<>(filled);
        empty.put("website", "");
        assertThat(browser.post("/public/surveys/" + id + "/answers", empty).status()).as("left empty: taken")
                .isEqualTo(303);
        assertThat(responses(id)).isEqualTo(1);
    }

    @Test
    void noAddressUserAgentCookieOrTokenIsStoredAnywhereOnlyWhatTheCitizenTyped() {
        String id = opened(TEXT_QUESTION);
        String address = "203.0.113.147";
        String agent = "DistinctiveAgent/7.31 (uplift-probe-4419)";
        String comment = "櫃台人員很親切 probe-comment-5521";
        String idempotencyKey = "probe-idempotency-key-9907";
        Browser phone = new Browser(Map.of("X-Forwarded-For", address, "User-Agent", agent,
                "Cookie", "tracking-probe=probe-cookie-3318"));
        Browser.Reply form = phone.get("/public/surveys/" + id);
        String token = form.setCookie().substring("uplift-survey-browser=".length()).split(";")[0];
        String responseKey = keyOf(form);
        Map<String, String> fields = new LinkedHashMap<>(answers("4", responseKey));
        fields.put("answer-q3", comment);
        assertThat(phone.post("/public/surveys/" + id + "/answers", fields).status()).isEqualTo(303);
        TestHttp.Reply api = new TestHttp(port).send("POST", "/public/surveys/" + id + "/responses", null, """
                {"answers": [{"questionId": "q1", "score": 3}, {"questionId": "q2", "choice": "online"},
                             {"questionId": "q3", "text": "api-comment-7730"}]}""",
                Map.of("X-Forwarded-For", address, "User-Agent", agent, "Idempotency-Key", idempotencyKey,
                        CsrfField.TOKEN_HEADER, PageBrowser.CSRF));
        assertThat(api.status()).as(api.text()).isEqualTo(202);
        assertThat(responses(id)).isEqualTo(2);

        StringBuilder everything = new StringBuilder();
        int documents = 0;
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.findAll(Document.class, collection)) {
                everything.append(collection).append(' ').append(document.toJson()).append('\n');
                documents++;
            }
        }
        assertThat(documents).as("the store was read").isGreaterThan(3);
        assertThat(everything.toString()).as("the answers are there, with what the citizen typed").contains(id)
                .contains(comment, "api-comment-7730")
                .as("and the per-client limit counted them, under a key that is not the address")
                .contains("public_rate_windows")
                .as("but nothing about the citizen: address, user agent, cookies, tokens, keys they sent")
                .doesNotContain(address, "203.0.113", agent, "uplift-probe", token, "probe-cookie", responseKey,
                        idempotencyKey, PageBrowser.CSRF);
    }

    @Test
    void theLimitsKeysAreForgottenWithTheirWindowAndTheSecretWithItsDay() {
        String id = opened(null);
        assertThat(new TestHttp(port).send("POST", "/public/surveys/" + id + "/responses", null,
                FormAnswers.scoring(3).json(), Map.of("X-Forwarded-For", "203.0.113.148")).status()).isEqualTo(202);
        assertThat(mongo.getCollection("public_rate_windows").countDocuments()).isPositive();
        assertThat(mongo.getCollection("public_guard_secrets")
                .countDocuments(new Document("_id", new Document("$regex", "^client-key-salt:")))).isPositive();

        clock.advance(Duration.ofDays(1));
        rateLimit.forgetOldWindows();
        clientKeys.forgetEarlierDays();

        assertThat(mongo.getCollection("public_rate_windows").countDocuments()).as("every window ended").isZero();
        assertThat(mongo.getCollection("public_guard_secrets")
                .countDocuments(new Document("_id", new Document("$regex", "^client-key-salt:"))))
                .as("yesterday's secret is gone, and with it any way to try addresses against its keys").isZero();
    }

    // --- helpers ---

    private static Map<String, String> answers(String score, String responseKey) {
        return Map.of("answer-q1", score, "answer-q2", "counter", "responseKey", responseKey);
    }

    private double refused(String reason) {
        var counter = meters.find("uplift.survey.answers.refused").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private String opened() {
        return opened(null);
    }

    /** An open survey of two questions, and a third when one is given. */
    private String opened(String thirdQuestion) {
        TestHttp http = new TestHttp(port);
        TestHttp.Reply created = http.post("/api/surveys", clerk, """
                {"title": {"zh": "臨櫃服務滿意度調查", "en": "Counter service satisfaction"},
                 "questions": [
                   {"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？"}, "kind": "LIKERT_5"},
                   {"id": "q2", "text": {"zh": "您如何辦理？"}, "kind": "CHOICE",
                    "options": [{"id": "counter", "text": {"zh": "臨櫃"}}, {"id": "online", "text": {"zh": "線上"}}]}
                   %s
                 ]}""".formatted(thirdQuestion == null ? "" : ", " + thirdQuestion));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(http.post("/api/surveys/" + id + "/open", clerk, null).status()).isEqualTo(200);
        return id;
    }

    private long responses(String id) {
        TestHttp.Reply r = new TestHttp(port).get("/api/surveys/" + id + "/results", clerk);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.body().get("n").asLong();
    }

    private static String keyOf(Browser.Reply form) {
        return keyOf(form.body());
    }

    private static String keyOf(String html) {
        Matcher m = Pattern.compile("name=\"responseKey\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the form carries a response key").isTrue();
        return m.group(1);
    }

    /** A browser that keeps its cookies (as {@link PageBrowser} does not), with headers of its own on every request. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> headers;

        record Reply(int status, String body, String setCookie) {
        }

        Browser() {
            this(Map.of());
        }

        Browser(Map<String, String> headers) {
            this.headers = headers;
        }

        Reply get(String path) {
            return send(request(path).GET());
        }

        Reply post(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", PageBrowser.CSRF);
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html").header(CsrfField.TOKEN_HEADER, PageBrowser.CSRF)
                    .header(CsrfField.PARAMETER_HEADER, "_csrf");
            headers.forEach(request::header);
            return request;
        }

        private Reply send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Set-Cookie").orElse(null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
