package tw.uplift.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * Open data of survey results against the real store, through the public API only: citizens answer a survey in two
 * segments (front desk 12, phone 4), staff close it, and anyone reads what it published. The phone segment is
 * under the minimum of 10 and is withheld, and so is the front desk (else phone = total − front desk); a draft and
 * an open survey do not exist here; the year's file lists the survey; a bad filter is a 400 naming its field; and
 * no comment a citizen wrote appears anywhere. Each test uses an agency of its own, so the year's file is its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=survey-service",
        "uplift.survey.public.rate-limit.burst=100000",
        "uplift.survey.public.rate-limit.per-window=100000"})
@WithUpliftInfrastructure
class SurveyOpenDataIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What citizens wrote in the free-text question; none of it may be published. */
    private static final String COMMENT = "櫃台人員態度很好-私密意見";

    private static final String SURVEY = """
            {"title": {"zh": "戶政服務滿意度調查", "en": "Household registration satisfaction"},
             "questions": [
               {"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？", "en": "Overall, were you satisfied?"}, "kind": "LIKERT_5"},
               {"id": "q2", "text": {"zh": "您有多大可能向親友推薦？"}, "kind": "NPS_10"},
               {"id": "q3", "text": {"zh": "您如何得知本服務？"}, "kind": "MULTI_CHOICE",
                "options": [{"id": "web", "text": {"zh": "網站", "en": "Website"}}, {"id": "friend", "text": {"zh": "親友"}}]},
               {"id": "q4", "text": {"zh": "其他建議"}, "kind": "TEXT"}
             ],
             "segments": [
               {"id": "front", "name": {"zh": "臨櫃", "en": "Front desk"}, "kind": "CHANNEL"},
               {"id": "phone", "name": {"zh": "電話", "en": "Phone"}, "kind": "CHANNEL"}
             ]}""";

    @Value("${local.server.port}")
    int port;

    @Autowired
    Clock clock;

    private final String agency = "opendata-" + UUID.randomUUID().toString().substring(0, 8);
    private final String clerk = TestTokens.agencyStaff("clerk", agency);

    @Test
    void theJsonPublishesTheAggregatesWithBothSegmentsWithheldAndNoFreeText() throws IOException {
        String id = closedWithAnswers();

        HttpResponse<byte[]> reply = fetch("/public/surveys/" + id + "/results.json");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
        JsonNode body = JSON.readTree(reply.body());
        assertThat(body.get("survey").get("agencyId").asString()).isEqualTo(agency);
        assertThat(body.get("survey").get("title").get("zh").asString()).isEqualTo("戶政服務滿意度調查");
        assertThat(body.get("survey").get("rocYear").asInt()).isEqualTo(RocYear.current(clock).value());
        assertThat(body.get("survey").get("closedAt").asString()).isNotBlank();
        assertThat(body.get("survey").has("createdBy")).as("staff are not named").isFalse();
        JsonNode results = body.get("results");
        assertThat(results.get("n").asLong()).isEqualTo(16);
        // q1: twelve 5s at the front desk, four 2s on the phone: 12 of 16 satisfied
        assertThat(results.get("csat").asDouble()).isEqualTo(0.75);
        JsonNode front = segment(results, "front");
        JsonNode phone = segment(results, "phone");
        assertThat(phone.get("belowMinimum").asBoolean()).isTrue();
        assertThat(phone.get("suppressed").asBoolean()).isTrue();
        assertThat(phone.get("n").isNull()).isTrue();
        assertThat(phone.get("questions")).isEmpty();
        assertThat(front.get("belowMinimum").asBoolean()).isFalse();
        assertThat(front.get("suppressed").asBoolean()).as("or phone would be the total minus it").isTrue();
        assertThat(front.get("n").isNull()).isTrue();
        assertThat(front.get("csat").isNull()).isTrue();
        assertThat(text(reply)).doesNotContain(COMMENT);
    }

    @Test
    void theCsvIsTheTidyTableWithTheWithheldSegmentsEmptyAndNoFreeText() throws IOException {
        String id = closedWithAnswers();

        HttpResponse<byte[]> reply = fetch("/public/surveys/" + id + "/results.csv");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv").containsIgnoringCase("charset=UTF-8").contains("header=present"));
        assertThat(reply.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"survey-" + id + "-results.csv\"; filename*=UTF-8''"));
        assertThat(text(reply)).startsWith("\uFEFF").doesNotContain(COMMENT);
        List<CSVRecord> rows = csv(reply);
        List<String> header = List.of(rows.getFirst().values());
        assertThat(header).as("the header row is the schema's fields").containsExactlyElementsOf(schemaFields("survey-results"));

        List<Map<String, String>> table = table(rows);
        assertThat(table).allSatisfy(r -> assertThat(r).hasSize(header.size()));
        List<Map<String, String>> wholeQ1 = table.stream()
                .filter(r -> r.get("scope").equals("SURVEY") && r.get("question_id").equals("q1")).toList();
        assertThat(wholeQ1).extracting(r -> r.get("count")).containsExactly("0", "4", "0", "0", "12");
        assertThat(wholeQ1).allSatisfy(r -> assertThat(r).containsEntry("top_two_box", "0.75")
                .containsEntry("answered", "16").containsEntry("mean", "4.25"));
        Map<String, String> q4 = table.stream()
                .filter(r -> r.get("scope").equals("SURVEY") && r.get("question_id").equals("q4")).findFirst().orElseThrow();
        assertThat(q4).containsEntry("answered", "16").containsEntry("value", "").containsEntry("count", "");
        for (String withheld : List.of("front", "phone")) {
            List<Map<String, String>> scope = table.stream().filter(r -> r.get("scope_id").equals(withheld)).toList();
            assertThat(scope).extracting(r -> r.get("question_id")).containsExactly("q1", "q2", "q3", "q4");
            assertThat(scope).allSatisfy(r -> assertThat(r).containsEntry("suppressed", "true")
                    .containsEntry("scope_n", "").containsEntry("count", "").containsEntry("answered", "")
                    .containsEntry("mean", "").containsEntry("nps", ""));
        }
    }

    @Test
    void aDraftOrAnOpenSurveyHasNoPublishedResults() {
        String id = created();
        for (String suffix : List.of("results.json", "results.csv")) {
            assertThat(fetch("/public/surveys/" + id + "/" + suffix).statusCode()).as("draft " + suffix).isEqualTo(404);
        }
        open(id);
        for (String suffix : List.of("results.json", "results.csv")) {
            assertThat(fetch("/public/surveys/" + id + "/" + suffix).statusCode()).as("open " + suffix).isEqualTo(404);
        }
        assertThat(fetch("/public/surveys/no-such-survey/results.json").statusCode()).isEqualTo(404);
    }

    @Test
    void theYearsFileListsThePublishedSurveysOfThatYearOnly() throws IOException {
        String published = closedWithAnswers();
        String stillOpen = created();
        open(stillOpen);
        int year = RocYear.current(clock).value();

        HttpResponse<byte[]> reply = fetch("/public/surveys.csv?rocYear=" + year + "&agency=" + agency);
        assertThat(reply.statusCode()).as(text(reply)).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"uplift-surveys-" + year + "-" + agency + ".csv\""));
        assertThat(reply.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
        List<CSVRecord> rows = csv(reply);
        assertThat(List.of(rows.getFirst().values())).containsExactlyElementsOf(schemaFields("surveys"));
        List<Map<String, String>> table = table(rows);
        assertThat(table).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("survey_id", published).containsEntry("agency_id", agency)
                .containsEntry("title", "戶政服務滿意度調查").containsEntry("title_en", "Household registration satisfaction")
                .containsEntry("roc_year", String.valueOf(year)).containsEntry("n", "16")
                .containsEntry("csat", "0.75").containsEntry("threshold", "0.8").containsEntry("met", "false")
                // q2: twelve 10s and four 0s: (12 − 4) / 16
                .containsEntry("nps", "50").containsEntry("cronbach_alpha", ""));
        assertThat(text(reply)).doesNotContain(COMMENT);

        List<Map<String, String>> everyAgency = table(csv(fetch("/public/surveys.csv?rocYear=" + year)));
        assertThat(everyAgency).extracting(r -> r.get("survey_id")).contains(published).doesNotContain(stillOpen);
        assertThat(table(csv(fetch("/public/surveys.csv?rocYear=" + (year - 1) + "&agency=" + agency))))
                .as("another year").isEmpty();
    }

    @Test
    void aBadYearOrAgencyIsA400NamingTheField() throws IOException {
        closedWithAnswers();
        assertThat(problemFields("/public/surveys.csv")).containsExactly("rocYear");
        assertThat(problemFields("/public/surveys.csv?rocYear=abc")).containsExactly("rocYear");
        assertThat(problemFields("/public/surveys.csv?rocYear=300")).containsExactly("rocYear");
        assertThat(problemFields("/public/surveys.csv?rocYear=115&agency=no-such-agency")).containsExactly("agency");
        assertThat(problemFields("/public/surveys.csv?rocYear=115&agency=%3Cscript%3E")).containsExactly("agency");
        assertThat(problemFields("/public/surveys.csv?rocYear=1&agency=nobody")).containsExactly("rocYear", "agency");
    }

    @Test
    void theSchemaServesATableSchemaPerCsvWithEveryColumnTyped() throws IOException {
        HttpResponse<byte[]> reply = fetch("/public/surveys/schema.json");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        for (JsonNode resource : JSON.readTree(reply.body()).get("resources")) {
            assertThat(resource.get("schema").get("fields")).allSatisfy(f -> {
                assertThat(f.get("name").asString()).matches("[a-z_]+");
                assertThat(f.get("type").asString()).isIn("string", "integer", "number", "boolean", "datetime");
                assertThat(f.get("description").asString()).isNotBlank();
            });
        }
    }

    // --- the survey's life through the public API ---

    private String created() {
        TestHttp.Reply created = http().post("/api/surveys", clerk, SURVEY);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private void open(String id) {
        TestHttp.Reply opened = http().post("/api/surveys/" + id + "/open", clerk, null);
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
    }

    /** Twelve citizens at the front desk (5, 10, the website) and four on the phone (2, 0, a friend), every one commenting. */
    private String closedWithAnswers() {
        String id = created();
        open(id);
        for (int i = 0; i < 16; i++) {
            boolean front = i < 12;
            String body = """
                    {"segment": "%s", "answers": [{"questionId": "q1", "score": %d}, {"questionId": "q2", "score": %d},
                     {"questionId": "q3", "choices": ["%s"]}, {"questionId": "q4", "text": "%s %d"}]}"""
                    .formatted(front ? "front" : "phone", front ? 5 : 2, front ? 10 : 0, front ? "web" : "friend",
                            COMMENT, i);
            TestHttp.Reply answered = http().post("/public/surveys/" + id + "/responses", null, body);
            assertThat(answered.status()).as(answered.text()).isEqualTo(202);
        }
        TestHttp.Reply closed = http().post("/api/surveys/" + id + "/close", clerk, null);
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        return id;
    }

    // --- reading what was published ---

    private List<String> schemaFields(String resourceName) throws IOException {
        JsonNode schema = JSON.readTree(fetch("/public/surveys/schema.json").body());
        JsonNode resource = StreamSupport.stream(schema.get("resources").spliterator(), false)
                .filter(r -> r.get("name").asString().equals(resourceName)).findFirst().orElseThrow();
        List<String> names = new ArrayList<>();
        resource.get("schema").get("fields").forEach(f -> names.add(f.get("name").asString()));
        return names;
    }

    private List<String> problemFields(String path) throws IOException {
        HttpResponse<byte[]> reply = fetch(path);
        assertThat(reply.statusCode()).as(path + " " + text(reply)).isEqualTo(400);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        List<String> fields = new ArrayList<>();
        JSON.readTree(reply.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static JsonNode segment(JsonNode results, String id) {
        return StreamSupport.stream(results.get("segments").spliterator(), false)
                .filter(s -> s.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private static List<CSVRecord> csv(HttpResponse<byte[]> reply) throws IOException {
        String text = text(reply);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    /** The records after the header, each as column → cell. */
    private static List<Map<String, String>> table(List<CSVRecord> rows) {
        List<String> header = List.of(rows.getFirst().values());
        return rows.subList(1, rows.size()).stream().map(r -> {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) {
                row.put(i < header.size() ? header.get(i) : "extra-" + i, r.get(i));
            }
            return row;
        }).toList();
    }

    private static String text(HttpResponse<byte[]> reply) {
        return new String(reply.body(), StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> fetch(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
