package tw.uplift.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tw.uplift.platform.pages.CsrfField;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * Kiosk mode against the real store over HTTP: the staff API for kiosk links (own agency only, revocable), a
 * citizen going through every step (errors per step, back, the segment of the link), a double tap on 送出 counted
 * once, two citizens on one tablet both counted (no one-answer-per-browser cookie there), the language switch, and
 * the refusals (revoked or unknown link, closed survey). The same properties as {@link SurveyPagesIT}, so the two
 * share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=survey-service",
        "uplift.survey.public.rate-limit.burst=100000",
        "uplift.survey.public.rate-limit.per-window=100000"})
@WithUpliftInfrastructure
class KioskIT {

    private static final String AGENCY = "kcg-civil-affairs";

    @Value("${local.server.port}")
    int port;

    private final String clerk = TestTokens.agencyStaff("clerk", AGENCY);

    @Test
    void aCitizenAnswersOneQuestionAtATimeAndIsCountedUnderTheKiosksSegment() {
        String id = opened();
        TestHttp.Reply created = http().post("/api/surveys/" + id + "/kiosks", clerk, "{\"segment\": \"counter-1\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String key = created.body().get("key").asString();
        assertThat(key).matches("[A-Za-z0-9_-]{22}");
        assertThat(created.body().get("link").asString()).isEqualTo("http://localhost:8080/public/kiosks/" + key);
        assertThat(created.body().get("segment").asString()).isEqualTo("counter-1");
        String kiosk = "/public/kiosks/" + key;
        String steps = kiosk + "/steps";

        PageBrowser.Page first = browser().get(kiosk);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.html()).contains("第 1 題，共 4 題", "整體而言，您對本次服務滿意嗎？", "1 號櫃台", "非常滿意",
                        "kiosk.css", "kiosk.js", "data-kiosk-idle-seconds=\"60\"", "data-kiosk-warning-seconds=\"20\"",
                        "role=\"alertdialog\"", "繼續作答")
                .as("one question per page").doesNotContain("您如何得知本項服務？", "上一題")
                .as("the link's segment is the kiosk's, not a field").doesNotContain("name=\"segment\"");
        String responseKey = valueOf(first, "responseKey");

        PageBrowser.Page nothing = browser().post(steps, Map.of("responseKey", responseKey, "step", "0", "go", "next"));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.html()).contains("govuk-error-summary",
                "<a href=\"#answer-q1\">請選擇您對「整體而言，您對本次服務滿意嗎？」的滿意程度。</a>", "第 1 題，共 4 題");

        PageBrowser.Page second = browser().post(steps,
                Map.of("responseKey", responseKey, "step", "0", "go", "next", "answer-q1", "4"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.html()).contains("第 2 題，共 4 題", "您如何得知本項服務？", "可複選", "上一題",
                        "class=\"govuk-checkboxes uplift-kiosk__choices\"")
                .contains("<input type=\"hidden\" name=\"answer-q1\" value=\"4\">");
        PageBrowser.Page back = browser().post(steps,
                Map.of("responseKey", responseKey, "step", "1", "go", "back", "answer-q1", "4"));
        assertThat(back.html()).as("back, with the answer chosen").contains("第 1 題，共 4 題")
                .containsPattern("id=\"answer-q1-4\" name=\"answer-q1\" value=\"4\"\\s+checked");

        PageBrowser.Page third = browser().postRepeated(steps, "responseKey", responseKey, "step", "1", "go", "next",
                "answer-q1", "4", "answer-q2", "website", "answer-q2", "notice");
        assertThat(third.html()).contains("uplift-kiosk__choices uplift-kiosk__choices--scale")
                .contains("第 3 題，共 4 題", "0 表示「完全不可能」",
                "name=\"answer-q2\" value=\"website\"", "name=\"answer-q2\" value=\"notice\"");
        PageBrowser.Page outOfRange = browser().postRepeated(steps, "responseKey", responseKey, "step", "2", "go",
                "next", "answer-q1", "4", "answer-q2", "website", "answer-q2", "notice", "answer-q3", "11");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.html()).contains(
                "<a href=\"#answer-q3\">「您有多大可能向親友推薦本機關的服務？」請從選項中選擇一項。</a>", "第 3 題，共 4 題");
        PageBrowser.Page last = browser().postRepeated(steps, "responseKey", responseKey, "step", "2", "go", "next",
                "answer-q1", "4", "answer-q2", "website", "answer-q2", "notice", "answer-q3", "9");
        assertThat(last.html()).contains("第 4 題，共 4 題", "其他建議", "（選填）", "value=\"send\"", "送出");
        assertThat(responses(id)).as("nothing is counted before the last step").isZero();

        PageBrowser.Page sent = browser().postRepeated(steps, "responseKey", responseKey, "step", "3", "go", "send",
                "answer-q1", "4", "answer-q2", "website", "answer-q2", "notice", "answer-q3", "9",
                "answer-q4", "櫃台人員很親切");
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location()).endsWith(kiosk + "/thanks");
        PageBrowser.Page thanks = browser().get(kiosk + "/thanks");
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.html()).contains("感謝您的填答", "下一位", "href=\"/public/kiosks/" + key + "?lang=zh-TW\"",
                "data-kiosk-next-seconds=\"10\"");

        var results = http().get("/api/surveys/" + id + "/results", clerk).body();
        assertThat(results.get("n").asLong()).isEqualTo(1);
        assertThat(results.get("segments").get(0).get("id").asString()).isEqualTo("counter-1");
        assertThat(results.get("segments").get(0).get("n").asLong()).isEqualTo(1);
        assertThat(results.get("questions").get(1).get("counts").get("notice").asLong()).isEqualTo(1);
        assertThat(results.get("questions").get(2).get("netPromoterScore").asDouble()).isEqualTo(100.0);
    }

    @Test
    void aDoubleTapOnSendCountsOnceAndAChangedResendKeepsTheFirstAnswers() {
        String id = opened();
        String kiosk = "/public/kiosks/" + kioskOf(id, null);
        String responseKey = valueOf(browser().get(kiosk), "responseKey");
        String[] answers = {"responseKey", responseKey, "step", "3", "go", "send", "answer-q1", "5", "answer-q3", "10"};
        assertThat(browser().postRepeated(kiosk + "/steps", answers).status()).isEqualTo(303);
        assertThat(browser().postRepeated(kiosk + "/steps", answers).status()).isEqualTo(303);
        PageBrowser.Page changed = browser().postRepeated(kiosk + "/steps", "responseKey", responseKey, "step", "3",
                "go", "send", "answer-q1", "1", "answer-q3", "0");
        assertThat(changed.status()).as("the same citizen's key: the first answers stand").isEqualTo(303);
        assertThat(responses(id)).isEqualTo(1);
    }

    @Test
    void twoCitizensOnOneTabletAreBothCountedWithoutAnyBrowserCookie() throws Exception {
        String id = opened();
        String kiosk = "/public/kiosks/" + kioskOf(id, null);
        Tablet tablet = new Tablet();
        // The tablet has answered by the ordinary form once, so it holds that survey's one-answer cookie.
        Tablet.Reply form = tablet.get("/public/surveys/" + id);
        assertThat(form.setCookie()).startsWith("uplift-survey-browser=");
        assertThat(tablet.post("/public/surveys/" + id + "/answers", "responseKey", valueOf(form.body(), "responseKey"),
                "answer-q1", "3", "answer-q3", "5").status()).isEqualTo(303);

        for (String score : List.of("5", "2")) {
            Tablet.Reply page = tablet.get(kiosk);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.setCookie()).as("kiosk pages hand out no browser token").doesNotContain("uplift-survey-browser");
            assertThat(page.cacheControl()).as("the next citizen cannot go back to these answers").contains("no-store");
            Tablet.Reply sent = tablet.post(kiosk + "/steps", "responseKey", valueOf(page.body(), "responseKey"),
                    "step", "3", "go", "send", "answer-q1", score, "answer-q3", "7");
            assertThat(sent.status()).as(sent.body()).isEqualTo(303);
        }
        assertThat(responses(id)).as("the form's answer and both citizens'").isEqualTo(3);
    }

    @Test
    void aRevokedOrUnknownLinkIsAPoliteNotFoundAndCountsNothing() {
        String id = opened();
        String key = kioskOf(id, null);
        String kiosk = "/public/kiosks/" + key;
        String responseKey = valueOf(browser().get(kiosk), "responseKey");

        assertThat(http().send("DELETE", "/api/surveys/" + id + "/kiosks/" + key, clerk, null, Map.of()).status())
                .isEqualTo(204);
        PageBrowser.Page revoked = browser().get(kiosk);
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(revoked.html()).contains("此平板填答連結已停用", "請洽服務人員").doesNotContain("<form method=\"post\"");
        PageBrowser.Page posted = browser().postRepeated(kiosk + "/steps", "responseKey", responseKey, "step", "3",
                "go", "send", "answer-q1", "5", "answer-q3", "10");
        assertThat(posted.status()).isEqualTo(404);
        assertThat(browser().get(kiosk + "?lang=en").html()).contains("This kiosk link is not in use");
        assertThat(responses(id)).isZero();

        assertThat(http().send("DELETE", "/api/surveys/" + id + "/kiosks/" + key, clerk, null, Map.of()).status())
                .as("revoking again changes nothing").isEqualTo(204);
        var listed = http().get("/api/surveys/" + id + "/kiosks", clerk).body();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("revoked").asBoolean()).isTrue();
        assertThat(listed.get(0).get("revokedBy").asString()).isEqualTo("clerk");
        assertThat(browser().get("/public/kiosks/AAAAAAAAAAAAAAAAAAAAAA").status()).isEqualTo(404);
        assertThat(browser().get("/public/kiosks/not-a-key").status()).isEqualTo(404);
    }

    @Test
    void onlyTheSurveysOwnAgencySeesMakesOrRevokesItsLinks() {
        String id = opened();
        String key = kioskOf(id, null);
        String other = TestTokens.agencyStaff("someone", "another-agency");
        assertThat(http().get("/api/surveys/" + id + "/kiosks", other).status()).isEqualTo(404);
        assertThat(http().post("/api/surveys/" + id + "/kiosks", other, "{}").status()).isEqualTo(404);
        assertThat(http().send("DELETE", "/api/surveys/" + id + "/kiosks/" + key, other, null, Map.of()).status())
                .isEqualTo(404);
        assertThat(browser().get("/public/kiosks/" + key).status()).as("still working").isEqualTo(200);

        TestHttp.Reply noSuchSegment = http().post("/api/surveys/" + id + "/kiosks", clerk, "{\"segment\": \"counter-9\"}");
        assertThat(noSuchSegment.status()).isEqualTo(400);
        assertThat(noSuchSegment.text()).contains("segment", "counter-9");
    }

    @Test
    void aClosedSurveyShowsTheClosedPageAndTakesNoNewLink() {
        String id = opened();
        String kiosk = "/public/kiosks/" + kioskOf(id, null);
        String responseKey = valueOf(browser().get(kiosk), "responseKey");
        assertThat(http().post("/api/surveys/" + id + "/close", clerk, null).status()).isEqualTo(200);

        PageBrowser.Page closed = browser().get(kiosk);
        assertThat(closed.status()).isEqualTo(410);
        assertThat(closed.html()).contains("此問卷已結束", "截止，不再受理填答");
        PageBrowser.Page posted = browser().postRepeated(kiosk + "/steps", "responseKey", responseKey, "step", "3",
                "go", "send", "answer-q1", "5", "answer-q3", "10");
        assertThat(posted.status()).isEqualTo(410);
        assertThat(responses(id)).isZero();
        assertThat(http().post("/api/surveys/" + id + "/kiosks", clerk, "{}").status()).isEqualTo(409);
    }

    @Test
    void theLanguageSwitchKeepsTheAnswersWithTheScriptAndRestartsPolitelyWithout() {
        String id = opened();
        String kiosk = "/public/kiosks/" + kioskOf(id, null);
        String responseKey = valueOf(browser().get(kiosk), "responseKey");
        // What kiosk.js posts for the header's switch: the step as it is, go=stay and the new language.
        PageBrowser.Page switched = browser().postRepeated(kiosk + "/steps", "responseKey", responseKey, "step", "1",
                "go", "stay", "lang", "en", "answer-q1", "4", "answer-q2", "friends");
        assertThat(switched.status()).isEqualTo(200);
        assertThat(switched.html()).contains("lang=\"en\"", "Question 2 of 4", "Previous question", "Next question",
                        "<input type=\"hidden\" name=\"answer-q1\" value=\"4\">")
                .containsPattern("value=\"friends\"\\s+checked");

        PageBrowser.Page withoutScript = browser().get(kiosk + "/steps?lang=en");
        assertThat(withoutScript.status()).isEqualTo(303);
        assertThat(withoutScript.location()).endsWith(kiosk + "?restarted=language");
        assertThat(browser().get(kiosk + "?restarted=language&lang=en").html())
                .contains("The language was changed. Please start again from question 1.", "Question 1 of 4");
    }

    // --- helpers ---

    /** An open survey with a segment: a score, boxes to tick (optional), 0 to 10, free text (optional). */
    private String opened() {
        String survey = """
                {"title": {"zh": "臨櫃服務滿意度調查", "en": "Counter service satisfaction"},
                 "segments": [{"id": "counter-1", "name": {"zh": "1 號櫃台", "en": "Counter 1"}, "kind": "COUNTER"}],
                 "questions": [
                   {"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？", "en": "Overall, were you satisfied?"}, "kind": "LIKERT_5"},
                   {"id": "q2", "text": {"zh": "您如何得知本項服務？", "en": "How did you hear of it?"}, "kind": "MULTI_CHOICE", "required": false,
                    "options": [{"id": "website", "text": {"zh": "機關網站"}}, {"id": "friends", "text": {"zh": "親友告知"}}, {"id": "notice", "text": {"zh": "現場公告"}}]},
                   {"id": "q3", "text": {"zh": "您有多大可能向親友推薦本機關的服務？", "en": "How likely are you to recommend us?"}, "kind": "NPS_10"},
                   {"id": "q4", "text": {"zh": "其他建議", "en": "Anything else?"}, "kind": "TEXT", "required": false}
                 ]}""";
        TestHttp.Reply created = http().post("/api/surveys", clerk, survey);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(http().post("/api/surveys/" + id + "/open", clerk, null).status()).isEqualTo(200);
        return id;
    }

    private String kioskOf(String surveyId, String segment) {
        TestHttp.Reply created = http().post("/api/surveys/" + surveyId + "/kiosks", clerk,
                segment == null ? null : "{\"segment\": \"" + segment + "\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("key").asString();
    }

    private long responses(String id) {
        TestHttp.Reply r = http().get("/api/surveys/" + id + "/results", clerk);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.body().get("n").asLong();
    }

    private static String valueOf(PageBrowser.Page page, String field) {
        return valueOf(page.html(), field);
    }

    private static String valueOf(String html, String field) {
        Matcher m = Pattern.compile("name=\"" + field + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the page carries " + field).isTrue();
        return m.group(1);
    }

    private PageBrowser browser() {
        return new PageBrowser(port, null);
    }

    private TestHttp http() {
        return new TestHttp(port);
    }

    /** A tablet's browser: it keeps its cookies (as {@link PageBrowser} does not) and shows the headers asked about. */
    private final class Tablet {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        record Reply(int status, String body, String setCookie, String cacheControl) {
        }

        Reply get(String path) throws Exception {
            return send(request(path).GET());
        }

        Reply post(String path, String... nameValue) throws Exception {
            StringBuilder body = new StringBuilder("_csrf=" + PageBrowser.CSRF);
            for (int i = 0; i < nameValue.length; i += 2) {
                body.append('&').append(nameValue[i]).append('=')
                        .append(java.net.URLEncoder.encode(nameValue[i + 1], StandardCharsets.UTF_8));
            }
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html").header(CsrfField.TOKEN_HEADER, PageBrowser.CSRF)
                    .header(CsrfField.PARAMETER_HEADER, "_csrf");
        }

        private Reply send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), String.join("\n", r.headers().allValues("Set-Cookie")),
                    r.headers().firstValue("Cache-Control").orElse(null));
        }
    }
}
