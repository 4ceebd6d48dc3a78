package tw.uplift.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.contracts.survey.CourtesyTestScored;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.time.MovableClock;

/**
 * Courtesy tests (電話禮貌測試, 神秘客訪查) against the real broker and store: scored over the API they publish
 * CourtesyTestScored once (also when the request is retried), are listed by year for their own agency only, and bad
 * sheets are refused naming every field; on the pages, the form per kind refuses with an error summary linking to
 * each field, in both languages, and a scored test is listed with its score. review-service's side (a low score
 * opening a follow-up) is {@code ReviewFlowIT}'s. The same properties as {@link SurveyFlowIT}: one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=survey-service",
        "uplift.survey.public.rate-limit.burst=100000"})
@WithUpliftInfrastructure
class CourtesyTestsIT {

    private static final String AGENCY = "kcg-civil-affairs";
    private static final String SCORED = "tw.uplift.survey.CourtesyTestScored.v1";

    @Value("${local.server.port}")
    int port;

    @Autowired
    TopicNames topics;

    @Autowired
    MovableClock clock;

    private final String clerk = TestTokens.agencyStaff("clerk", AGENCY);
    private final String head = TestTokens.agencyHead("head", AGENCY);
    private final String otherAgencyClerk = TestTokens.agencyStaff("clerk2", "kcg-household-xinxing");

    // --- the API ---

    @Test
    void aPhoneTestUnderTheBarIsScoredAndPublishedOnceEvenWhenSentAgain() {
        Instant calledAt = clock.instant().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        String key = UUID.randomUUID().toString();
        String sheet = phoneSheet(calledAt, 72);
        TestHttp.Reply scored = http().send("POST", "/api/courtesy-tests", clerk, sheet, Map.of("Idempotency-Key", key));
        assertThat(scored.status()).as(scored.text()).isEqualTo(201);
        String id = scored.body().get("id").asString();
        assertThat(scored.body().get("score").asInt()).isEqualTo(72);
        assertThat(scored.body().get("maxScore").asInt()).isEqualTo(100);
        assertThat(scored.body().get("scores").get(4).get("note").asString()).isEqualTo("未報姓名");

        TestHttp.Reply again = http().send("POST", "/api/courtesy-tests", clerk, sheet, Map.of("Idempotency-Key", key));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("id").asString()).as("the same key gives the test scored first").isEqualTo(id);

        ConsumerRecord<byte[], byte[]> record = await().atMost(Duration.ofSeconds(30))
                .until(() -> recordsOf(id), r -> !r.isEmpty()).getFirst();
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(id);
        assertThat(KafkaProbe.decode(record).payload()).isEqualTo(new CourtesyTestScored(id, AGENCY, "plan-115",
                "m-1-3", CourtesyTestKind.PHONE, "戶籍登記課", 72, 100, calledAt));
        // Anything later on the topic has been relayed after it: had the retry recorded a second event, it would be there.
        TestHttp.Reply marker = http().post("/api/courtesy-tests", clerk, phoneSheet(calledAt, 100));
        String markerId = marker.body().get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> recordsOf(markerId), r -> !r.isEmpty());
        assertThat(recordsOf(id)).hasSize(1);
    }

    @Test
    void theAgencySeesItsTestsOfAYearAndNoOtherAgencySeesThem() {
        Instant calledAt = clock.instant().minus(Duration.ofMinutes(30));
        String id = http().post("/api/courtesy-tests", clerk, phoneSheet(calledAt, 90)).body().get("id").asString();
        int year = RocYear.of(TaipeiTime.dateOf(calledAt)).value();

        assertThat(idsIn(http().get("/api/courtesy-tests", head).body())).contains(id);
        assertThat(idsIn(http().get("/api/courtesy-tests?rocYear=" + year, clerk).body())).contains(id);
        assertThat(idsIn(http().get("/api/courtesy-tests?rocYear=" + (year - 1), clerk).body())).doesNotContain(id);
        assertThat(http().get("/api/courtesy-tests/" + id, head).body().get("unit").asString()).isEqualTo("戶籍登記課");

        assertThat(http().get("/api/courtesy-tests/" + id, otherAgencyClerk).status()).isEqualTo(404);
        assertThat(idsIn(http().get("/api/courtesy-tests?rocYear=" + year, otherAgencyClerk).body())).doesNotContain(id);
        assertThat(http().get("/api/courtesy-tests", TestTokens.reviewer("reviewer", "kcg-rdec", null)).status())
                .isEqualTo(403);
        assertThat(fieldsOf(http().get("/api/courtesy-tests?rocYear=3000", clerk))).containsExactly("rocYear");
    }

    @Test
    void aSheetThatBreaksRulesIsRefusedNamingEveryFieldAndNothingIsStored() {
        String sheet = """
                {"kind": "VISIT", "unit": " ", "testedAt": "%s",
                 "scores": {"environment": {"points": 16}, "signage": {"points": 15}, "greeting": {"points": 15},
                            "courtesy": {"points": 20}, "efficiency": {"points": -1}, "parking": {"points": 3}}}"""
                .formatted(clock.instant().plus(Duration.ofDays(1)));
        TestHttp.Reply refused = http().post("/api/courtesy-tests", clerk, sheet);
        assertThat(refused.isProblem()).isTrue();
        assertThat(fieldsOf(refused)).containsExactly("unit", "testedAt", "tester", "scores.environment.points",
                "scores.efficiency.points", "scores.content.points", "scores.parking");
        assertThat(fieldsOf(http().post("/api/courtesy-tests", clerk, "{\"unit\": \"總機\"}"))).containsExactly("kind");
        assertThat(http().get("/api/courtesy-tests/rubrics/VISIT", clerk).body().get("criteria").size()).isEqualTo(6);
    }

    // --- the pages ---

    @Test
    void thePhoneFormAsksEveryCriterionInAFieldsetWithItsMaximum() {
        PageBrowser.Page form = browser(clerk).get("/surveys/courtesy-tests/new?kind=PHONE");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("電話禮貌測試", "<legend", "總機：響鈴 3 聲內接聽（10 分）",
                "業務單位：答復內容正確、完整、清楚（25 分）", "得分（0 到 25 分）", "id=\"scores-unit-content-points\"",
                "name=\"scores.unit-content.points\"", "說明（選填）", "name=\"_csrf\"", "受測單位", "測試人員");
        assertThat(browser(clerk).get("/surveys/courtesy-tests/new?kind=VISIT&lang=en").html())
                .contains("Mystery-shopper visit", "Clear signs, bilingual and accessible (15 points)", "Points (0 to 15)");
        assertThat(browser(clerk).get("/surveys/courtesy-tests/new?kind=FAX").status()).isEqualTo(404);
        assertThat(browser(TestTokens.reviewer("reviewer", "kcg-rdec", null)).get("/surveys/courtesy-tests/new?kind=PHONE")
                .status()).isEqualTo(403);
    }

    @Test
    void aBadSheetComesBackWithAnErrorSummaryLinkingToEachFieldAndWhatWasTyped() {
        PageBrowser.Page form = browser(clerk).get("/surveys/courtesy-tests/new?kind=PHONE");
        Map<String, String> fields = fullMarks(form);
        fields.put("unit", "");
        fields.put("scores.switchboard-speed.points", "11");
        fields.put("scores.unit-courtesy.points", "九");
        fields.put("scores.unit-closing.points", "");
        fields.put("scores.unit-closing.note", "沒有道別");
        fields.put("testedTime", "");
        PageBrowser.Page refused = browser(clerk).post("/surveys/courtesy-tests", fields);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(summaryLinks(refused.html())).containsExactly("#unit", "#testedAt-time",
                "#scores-switchboard-speed-points", "#scores-unit-courtesy-points", "#scores-unit-closing-points");
        assertThat(refused.html()).contains("請填寫受測單位", "「響鈴 3 聲內接聽」的得分須為 0 到 10 分",
                "「態度親切耐心，用語禮貌」的得分請填整數", "請為「結束時致意，確認無其他問題，待民眾先掛電話」評分（0 到 5 分）",
                "沒有道別", "value=\"九\"", "id=\"unit-error\"");

        fields.put("testedDate", "2026-13-40");
        PageBrowser.Page english = browser(clerk).post("/surveys/courtesy-tests?lang=en", fields);
        assertThat(english.html()).contains("Enter the unit tested", "Enter the date as, for example, 2026-03-10",
                "Points for &quot;Answered within 3 rings&quot; must be 0 to 10");
    }

    @Test
    void aScoredVisitIsShownAndListedWithItsScore() {
        PageBrowser.Page form = browser(clerk).get("/surveys/courtesy-tests/new?kind=VISIT");
        Map<String, String> fields = fullMarks(form);
        String unit = "一樓綜合服務櫃台 " + UUID.randomUUID().toString().substring(0, 6);
        fields.put("unit", unit);
        fields.put("scores.efficiency.points", "7");
        fields.put("scores.efficiency.note", "等候 25 分鐘");
        PageBrowser.Page sent = browser(clerk).post("/surveys/courtesy-tests", fields);
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location()).contains("/surveys/courtesy-tests/").endsWith("?done=scored");
        PageBrowser.Page again = browser(clerk).post("/surveys/courtesy-tests", fields);
        assertThat(again.location()).as("the same form sent twice is one test").isEqualTo(sent.location());

        String path = sent.location().substring(sent.location().indexOf("/surveys/"));
        PageBrowser.Page shown = browser(clerk).get(path);
        assertThat(shown.html()).contains("已送出評分", unit, "92 / 100", "等候 25 分鐘", "<caption");
        PageBrowser.Page list = browser(clerk).get("/surveys/courtesy-tests");
        assertThat(list.html()).contains(unit, "神秘客訪查", "92 / 100", "scope=\"col\"");
        assertThat(list.html().split(Pattern.quote(unit), -1)).as("listed once").hasSize(2);
        assertThat(browser(otherAgencyClerk).get("/surveys/courtesy-tests").html()).doesNotContain(unit);
        assertThat(browser(otherAgencyClerk).get(path.replace("?done=scored", "")).status()).isEqualTo(404);
    }

    // --- helpers ---

    /** A phone test of 戶籍登記課 scored {@code score} (at most 100), losing points on the business unit first. */
    private static String phoneSheet(Instant at, int score) {
        int lost = 100 - score; // taken from unit-content (25) then unit-introduction (15)
        int content = Math.max(0, 25 - lost);
        int introduction = 15 - Math.max(0, lost - 25);
        return """
                {"kind": "PHONE", "planId": "plan-115", "measureId": "m-1-3", "unit": "戶籍登記課", "testedAt": "%s",
                 "tester": "研考科 林小姐",
                 "scores": {"switchboard-speed": {"points": 10}, "switchboard-greeting": {"points": 10},
                            "switchboard-courtesy": {"points": 10}, "unit-speed": {"points": 10},
                            "unit-introduction": {"points": %d, "note": "未報姓名"}, "unit-courtesy": {"points": 15},
                            "unit-content": {"points": %d}, "unit-closing": {"points": 5}}}"""
                .formatted(at, introduction, content);
    }

    /** The form's fields with full marks on every criterion, done an hour ago, Taipei time. */
    private Map<String, String> fullMarks(PageBrowser.Page form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", hidden(form, "kind"));
        fields.put("testKey", hidden(form, "testKey"));
        fields.put("unit", "戶籍登記課");
        fields.put("tester", "林小姐");
        ZonedDateTime anHourAgo = TaipeiTime.at(clock.instant().minus(Duration.ofHours(1)));
        fields.put("testedDate", anHourAgo.toLocalDate().toString());
        fields.put("testedTime", anHourAgo.format(DateTimeFormatter.ofPattern("HH:mm")));
        Matcher boxes = Pattern.compile("name=\"(scores\\.[a-z0-9-]+\\.points)\"").matcher(form.html());
        Matcher maxima = Pattern.compile("（0 到 (\\d+) 分）").matcher(form.html());
        while (boxes.find()) {
            assertThat(maxima.find()).isTrue();
            fields.put(boxes.group(1), maxima.group(1));
        }
        return fields;
    }

    private static String hidden(PageBrowser.Page form, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(form.html());
        assertThat(m.find()).as("the form carries %s", name).isTrue();
        return m.group(1);
    }

    private static List<String> summaryLinks(String html) {
        String summary = html.substring(html.indexOf("govuk-error-summary__list"));
        summary = summary.substring(0, summary.indexOf("</ul>"));
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"(#[^\"]+)\"").matcher(summary);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    private static List<String> fieldsOf(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        reply.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static List<String> idsIn(JsonNode tests) {
        List<String> ids = new ArrayList<>();
        tests.forEach(t -> ids.add(t.get("id").asString()));
        return ids;
    }

    private List<ConsumerRecord<byte[], byte[]>> recordsOf(String testId) {
        return KafkaProbe.readAll(topics.of(Topic.SURVEY), Duration.ofSeconds(1)).stream()
                .filter(r -> testId.equals(header(r, "ce_subject")) && SCORED.equals(header(r, "ce_type"))).toList();
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private PageBrowser browser(String token) {
        return new PageBrowser(port, token);
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
