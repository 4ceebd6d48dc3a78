package tw.uplift.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.time.MovableClock;

/**
 * The citizen's pages against the real store: the answer form in both languages, its error summary, the thank-you
 * page, and the polite page of a survey that is closed or not open yet, where a posted answer is not counted. The
 * same properties as {@link SurveyFlowIT}, so the two share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=survey-service",
        "uplift.survey.public.rate-limit.burst=100000",
        "uplift.survey.public.rate-limit.per-window=100000"})
@WithUpliftInfrastructure
class SurveyPagesIT {

    private static final String AGENCY = "kcg-civil-affairs";

    @Value("${local.server.port}")
    int port;

    @Autowired
    MovableClock clock;

    private final String clerk = TestTokens.agencyStaff("clerk", AGENCY);

    @Test
    void theFormAsksEveryQuestionInChineseAndTakesTheAnswers() {
        String id = opened(null);
        PageBrowser.Page form = browser().get("/public/surveys/" + id);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.contentType()).startsWith("text/html");
        assertThat(form.html()).contains("臨櫃服務滿意度調查", "<legend", "整體而言，您對本次服務滿意嗎？", "非常滿意",
                "非常不滿意", "臨櫃", "線上", "其他建議", "（選填）", "name=\"_csrf\"", "<textarea");

        PageBrowser.Page sent = browser().post("/public/surveys/" + id + "/answers", Map.of(
                "answer-q1", "4", "answer-q2", "online", "answer-q3", "櫃台人員很親切", "responseKey", keyOf(form)));
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location()).endsWith("/public/surveys/" + id + "/thanks");
        PageBrowser.Page thanks = browser().get("/public/surveys/" + id + "/thanks");
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.html()).contains("感謝您的填答", "臨櫃服務滿意度調查");
        assertThat(responses(id)).isEqualTo(1);
    }

    @Test
    void theFormSpeaksEnglishWhenAskedAndShowsTheSurveysOwnEnglish() {
        String id = opened(null);
        PageBrowser.Page form = browser().get("/public/surveys/" + id + "?lang=en");
        assertThat(form.html()).contains("lang=\"en\"", "Counter service satisfaction", "Overall, were you satisfied?",
                "Very satisfied", "Very dissatisfied", "(optional)", "Send")
                .as("a question without English shows its 繁體中文, marked as such for screen readers")
                .contains("<span lang=\"zh-Hant-TW\">您如何辦理？</span>", "At the counter", "lang=\"zh-Hant-TW\">線上</label>");
        PageBrowser.Page refused = browser().post("/public/surveys/" + id + "/answers?lang=en",
                Map.of("answer-q2", "counter", "responseKey", keyOf(form)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains(
                "<a href=\"#answer-q1\">Select how satisfied you are: &quot;Overall, were you satisfied?&quot;</a>");
        PageBrowser.Page sent = browser().post("/public/surveys/" + id + "/answers?lang=en",
                Map.of("answer-q1", "5", "answer-q2", "counter", "responseKey", keyOf(form)));
        assertThat(sent.status()).isEqualTo(303);
        assertThat(browser().get("/public/surveys/" + id + "/thanks?lang=en").html())
                .contains("Thank you for your answers");
        assertThat(responses(id)).isEqualTo(1);
    }

    @Test
    void badAnswersComeBackWithAnErrorSummaryLinkingToEachQuestionAndCountNothing() {
        String id = opened(null);
        String key = keyOf(browser().get("/public/surveys/" + id));
        PageBrowser.Page nothing = browser().post("/public/surveys/" + id + "/answers", Map.of("responseKey", key));
        assertThat(nothing.status()).isEqualTo(400);
        PageBrowser.Page switched = browser().get("/public/surveys/" + id + "/answers?lang=en");
        assertThat(switched.status()).as("the language switch of the page shown again").isEqualTo(303);
        assertThat(switched.location()).endsWith("/public/surveys/" + id);
        assertThat(nothing.html()).contains("govuk-error-summary",
                "<a href=\"#answer-q1\">請選擇您對「整體而言，您對本次服務滿意嗎？」的滿意程度。</a>",
                "<a href=\"#answer-q2\">請選擇「您如何辦理？」的答案。</a>", "id=\"answer-q1\"", "id=\"answer-q2\"");

        PageBrowser.Page outOfRange = browser().post("/public/surveys/" + id + "/answers", Map.of(
                "answer-q1", "9", "answer-q2", "fax", "answer-q3", "字".repeat(501), "responseKey", key));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.html()).contains(
                "<a href=\"#answer-q1\">「整體而言，您對本次服務滿意嗎？」請從選項中選擇一項。</a>",
                "<a href=\"#answer-q2\">「您如何辦理？」請從選項中選擇一項。</a>",
                "<a href=\"#answer-q3\">「其他建議」最多 500 字。</a>", "id=\"answer-q3-error\"");

        PageBrowser.Page kept = browser().post("/public/surveys/" + id + "/answers", Map.of(
                "answer-q1", "5", "responseKey", key));
        assertThat(kept.html()).as("what was chosen stays chosen")
                .containsPattern("id=\"answer-q1\" name=\"answer-q1\" value=\"5\"\\s+checked");
        assertThat(responses(id)).isZero();
    }

    @Test
    void theSameFormSentTwiceCountsOnce() {
        String id = opened(null);
        String key = keyOf(browser().get("/public/surveys/" + id));
        Map<String, String> answers = Map.of("answer-q1", "3", "answer-q2", "counter", "responseKey", key);
        assertThat(browser().post("/public/surveys/" + id + "/answers", answers).status()).isEqualTo(303);
        assertThat(browser().post("/public/surveys/" + id + "/answers", answers).status()).isEqualTo(303);
        assertThat(browser().post("/public/surveys/" + id + "/answers",
                Map.of("answer-q1", "1", "answer-q2", "counter", "responseKey", key)).status())
                .as("changed after the back button: the first answers stand").isEqualTo(303);
        assertThat(responses(id)).isEqualTo(1);
    }

    @Test
    void aSurveyClosedByHandShowsWhenItClosedAndCountsNoPostedAnswer() {
        String id = opened(null);
        String key = keyOf(browser().get("/public/surveys/" + id));
        assertThat(http().post("/api/surveys/" + id + "/close", clerk, null).status()).isEqualTo(200);

        PageBrowser.Page closed = browser().get("/public/surveys/" + id);
        assertThat(closed.status()).isEqualTo(410);
        assertThat(closed.html()).contains("此問卷已結束", "此問卷已於", "截止，不再受理填答", "臨櫃服務滿意度調查")
                .containsPattern("1\\d\\d年\\d{1,2}月\\d{1,2}日").doesNotContain("<form method=\"post\"");
        PageBrowser.Page posted = browser().post("/public/surveys/" + id + "/answers",
                Map.of("answer-q1", "5", "answer-q2", "counter", "responseKey", key));
        assertThat(posted.status()).isEqualTo(410);
        assertThat(posted.html()).contains("此問卷已結束");
        assertThat(responses(id)).isZero();
        assertThat(browser().get("/public/surveys/" + id + "?lang=en").html()).contains("This survey has closed",
                "(ROC 1");
    }

    @Test
    void aSurveyPastItsClosingTimeTakesNoAnswerEvenBeforeTheWorkerClosesIt() {
        Instant closesAt = clock.instant().plus(Duration.ofHours(1));
        String id = opened(closesAt);
        String key = keyOf(browser().get("/public/surveys/" + id));
        clock.advance(Duration.ofHours(2));
        PageBrowser.Page closed = browser().get("/public/surveys/" + id);
        assertThat(closed.status()).isEqualTo(410);
        assertThat(closed.html()).contains("此問卷已結束");
        PageBrowser.Page posted = browser().post("/public/surveys/" + id + "/answers",
                Map.of("answer-q1", "5", "answer-q2", "counter", "responseKey", key));
        assertThat(posted.status()).isEqualTo(410);
        assertThat(responses(id)).isZero();
    }

    @Test
    void aSurveyNotOpenYetSaysSoWithoutShowingItsDraft() {
        String id = draft(null);
        PageBrowser.Page page = browser().get("/public/surveys/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("此問卷尚未開放").doesNotContain("臨櫃服務滿意度調查", "<form method=\"post\"");
        PageBrowser.Page posted = browser().post("/public/surveys/" + id + "/answers",
                Map.of("answer-q1", "5", "answer-q2", "counter"));
        assertThat(posted.status()).isEqualTo(409);
        assertThat(posted.html()).contains("此問卷尚未開放");
        assertThat(http().get("/public/surveys/" + id, null).status()).as("the API still hides drafts").isEqualTo(404);
    }

    @Test
    void anUnknownSurveyIsTheNotFoundPageAndTheApiStillAnswersJson() {
        assertThat(browser().get("/public/surveys/no-such-survey").status()).isEqualTo(404);
        String id = opened(null);
        TestHttp.Reply api = http().get("/public/surveys/" + id, null);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.contentType()).startsWith("application/json");
        assertThat(api.body().get("questions")).hasSize(3);
    }

    @Test
    void aSegmentsLinkCountsItsAnswersThereWithBoxesTickedAndAZeroToTenScore() {
        String survey = """
                {"title": {"zh": "戶政服務滿意度調查", "en": "Household registration survey"},
                 "segments": [{"id": "counter-1", "name": {"zh": "1 號櫃台", "en": "Counter 1"}, "kind": "COUNTER", "population": 400},
                              {"id": "web", "name": {"zh": "網路申辦"}, "kind": "CHANNEL"}],
                 "targetPopulation": 1000,
                 "questions": [
                   {"id": "overall", "text": {"zh": "整體而言，您對本次服務滿意嗎？"}, "kind": "LIKERT_5"},
                   {"id": "recommend", "text": {"zh": "您有多大可能向親友推薦本機關的服務？", "en": "How likely are you to recommend us?"}, "kind": "NPS_10"},
                   {"id": "heard-of", "text": {"zh": "您如何得知本項服務？"}, "kind": "MULTI_CHOICE", "required": false,
                    "options": [{"id": "website", "text": {"zh": "機關網站"}}, {"id": "friends", "text": {"zh": "親友告知"}}, {"id": "notice", "text": {"zh": "現場公告"}}]}
                 ]}""";
        TestHttp.Reply created = http().post("/api/surveys", clerk, survey);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(http().post("/api/surveys/" + id + "/open", clerk, null).status()).isEqualTo(200);

        PageBrowser.Page form = browser().get("/public/surveys/" + id + "?segment=counter-1");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("1 號櫃台", "name=\"segment\" value=\"counter-1\"", "type=\"checkbox\"", "可複選",
                "0 表示「完全不可能」", "id=\"answer-recommend-10\"");
        assertThat(browser().get("/public/surveys/" + id + "?segment=counter-9").status())
                .as("a segment the survey does not have").isEqualTo(404);

        PageBrowser.Page refused = browser().postRepeated("/public/surveys/" + id + "/answers", "segment", "counter-1",
                "responseKey", keyOf(form), "answer-overall", "5", "answer-heard-of", "website");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("<a href=\"#answer-recommend\">請選擇「您有多大可能向親友推薦本機關的服務？」的分數（0 到 10）。</a>")
                .as("the boxes ticked stay ticked").containsPattern("value=\"website\"\\s+checked");
        PageBrowser.Page sent = browser().postRepeated("/public/surveys/" + id + "/answers", "segment", "counter-1",
                "responseKey", keyOf(form), "answer-overall", "5", "answer-recommend", "9",
                "answer-heard-of", "website", "answer-heard-of", "notice");
        assertThat(sent.status()).isEqualTo(303);

        TestHttp.Reply results = http().get("/api/surveys/" + id + "/results", clerk);
        var body = results.body();
        assertThat(body.get("n").asLong()).isEqualTo(1);
        assertThat(body.get("responseRate").asDouble()).isEqualTo(0.001);
        assertThat(body.get("questions").get(1).get("netPromoterScore").asDouble()).isEqualTo(100.0);
        assertThat(body.get("questions").get(2).get("counts").get("notice").asLong()).isEqualTo(1);
        var counter = body.get("segments").get(0);
        assertThat(counter.get("id").asString()).isEqualTo("counter-1");
        assertThat(counter.get("n").asLong()).isEqualTo(1);
        assertThat(counter.get("belowMinimum").asBoolean()).isTrue();
        assertThat(body.get("segments").get(1).get("n").asLong()).isZero();
    }

    // --- helpers ---

    private String draft(Instant closesAt) {
        String survey = """
                {"title": {"zh": "臨櫃服務滿意度調查", "en": "Counter service satisfaction"},
                 "questions": [
                   {"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？", "en": "Overall, were you satisfied?"}, "kind": "LIKERT_5"},
                   {"id": "q2", "text": {"zh": "您如何辦理？"}, "kind": "CHOICE",
                    "options": [{"id": "counter", "text": {"zh": "臨櫃", "en": "At the counter"}}, {"id": "online", "text": {"zh": "線上"}}]},
                   {"id": "q3", "text": {"zh": "其他建議", "en": "Anything else?"}, "kind": "TEXT"}
                 ]%s}""".formatted(closesAt == null ? "" : ", \"closesAt\": \"" + closesAt + "\"");
        TestHttp.Reply created = http().post("/api/surveys", clerk, survey);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private String opened(Instant closesAt) {
        String id = draft(closesAt);
        TestHttp.Reply opened = http().post("/api/surveys/" + id + "/open", clerk, null);
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        return id;
    }

    private long responses(String id) {
        TestHttp.Reply r = http().get("/api/surveys/" + id + "/results", clerk);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.body().get("n").asLong();
    }

    private static String keyOf(PageBrowser.Page form) {
        var m = java.util.regex.Pattern.compile("name=\"responseKey\" value=\"([^\"]+)\"").matcher(form.html());
        assertThat(m.find()).as("the form carries a response key").isTrue();
        return m.group(1);
    }

    private PageBrowser browser() {
        return new PageBrowser(port, null);
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
