package tw.uplift.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.MeasureProgressReported;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.plan.evidence.EvidenceSamples;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.plan.metrics.PlanYearMetrics;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * Progress reporting against the real broker and store: an approved plan's measures are reported on with files and
 * links, the events go out, the lights follow, files are checked and served as downloads only, and only the
 * agency's own staff report. The plan is of this year (the service's clock is the real one), and the period
 * reported on is this quarter, which every measure of it may report on today.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=plan-service")
@WithUpliftInfrastructure
class ProgressFlowIT {

    static final String CLERK = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");
    static final String HEAD = TestTokens.agencyHead("head", "kcg-civil-affairs");
    static final String OTHER_AGENCY = TestTokens.agencyStaff("clerk2", "kcg-household-xinxing");
    static final String REVIEWER = TestTokens.reviewer("reviewer", "kcg-rdec", null);

    static final LocalDate TODAY = LocalDate.now(TaipeiTime.ZONE);
    static final int YEAR = RocYear.of(TODAY).value();
    static final String QUARTER = ReportingPeriod.containing(ReportingPeriod.Cadence.QUARTERLY, TODAY).toString();

    static final String PLAN = """
            {"rocYear": %d, "title": "高雄市政府民政局%d年度提升服務執行計畫",
             "dimensions": [{"code": "一", "title": "完備基礎服務項目，注重服務特性差異化",
               "focusAreas": [{"code": "(一)", "title": "建立業務標準作業流程",
                 "measures": [
                   {"code": "1", "title": "訂定標準作業流程(SOP)", "units": ["宗教禮俗科"], "deadline": "3月31日前"},
                   {"code": "2", "title": "服務資訊公開透明", "units": ["各科室"], "deadline": "12月31日前"},
                   {"code": "3", "title": "檢覈服務行為友善性", "units": ["秘書室"], "deadline": "持續辦理"}]}]}]}
            """.formatted(YEAR, YEAR);

    @LocalServerPort
    int port;
    @Autowired
    TopicNames topics;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @Autowired
    PlanYearMetrics yearMetrics;

    @Test
    void aReportWithAFileAndALinkGoesOutAndTheReportIsOnePerPeriod() {
        String planId = publishedPlan();
        String publicity = measureId(planId, 1);
        yearMetrics.wake(); // counted off the request path: ask for a pass now
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                meters.get("uplift.progress.reports").tag("state", "due").gauge().value())
                .as("this quarter's reports of the plan just approved are due").isGreaterThanOrEqualTo(3));

        TestHttp.Reply uploaded = http().upload("/api/plans/" + planId + "/evidence", CLERK, "成果報告.pdf",
                EvidenceSamples.pdf());
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        String fileId = uploaded.body().get("id").asString();
        assertThat(uploaded.body().get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(http().upload("/api/plans/" + planId + "/evidence", CLERK, "成果報告.pdf", EvidenceSamples.pdf())
                .body().get("id").asString()).as("the same file again is kept once").isEqualTo(fileId);

        TestHttp.Reply reported = http().post(progressPath(planId, publicity), CLERK, report(QUARTER, "ON_TRACK", 60,
                null, List.of(fileId), "https://www.kcg.gov.tw/news/123"));
        assertThat(reported.status()).as(reported.text()).isEqualTo(200);
        assertThat(reported.body().get("evidence").findValuesAsString("kind")).containsExactly("FILE", "LINK");
        String reportId = reported.body().get("id").asString();

        MeasureProgressReported event = (MeasureProgressReported) eventsFor(planId, "MeasureProgressReported", 1)
                .getFirst().payload();
        assertThat(event.measureId()).isEqualTo(publicity);
        assertThat(event.reportId()).isEqualTo(reportId);
        assertThat(event.period()).isEqualTo(QUARTER);
        assertThat(event.percentComplete()).isEqualTo(60);

        // Sent again (a corrected percent), it is the same report: one per measure and period.
        TestHttp.Reply corrected = http().post(progressPath(planId, publicity), CLERK,
                report(QUARTER.toLowerCase(), "ON_TRACK", 70, null, List.of(fileId), null));
        assertThat(corrected.body().get("id").asString()).isEqualTo(reportId);
        JsonNode measure = progress(planId, CLERK).get("measures").get(1);
        assertThat(measure.get("reports")).hasSize(1);
        assertThat(measure.at("/reports/0/percent").asInt()).isEqualTo(70);
        assertThat(measure.at("/reports/0/evidence/0/fileId").asString()).isEqualTo(fileId);
        assertThat(measure.get("periods").get(0).asString()).isEqualTo(QUARTER);
        assertThat(measure.at("/light/explanation").asString()).startsWith(measure.at("/light/name").asString() + "：");
    }

    @Test
    void aDoneReportWithEvidenceCompletesTheMeasureAndItsLightTurnsGreen() {
        String planId = publishedPlan();
        String sop = measureId(planId, 0);
        String publicity = measureId(planId, 1);
        String fileId = http().upload("/api/plans/" + planId + "/evidence", CLERK, "SOP.docx", EvidenceSamples.docx())
                .body().get("id").asString();

        assertThat(http().post(progressPath(planId, sop), CLERK, report(QUARTER, "DONE", 100, null, List.of(fileId),
                null)).status()).isEqualTo(200);

        MeasureCompleted completed = (MeasureCompleted) eventsFor(planId, "MeasureCompleted", 1).getFirst().payload();
        assertThat(completed.measureId()).isEqualTo(sop);
        JsonNode lights = http().get("/api/plans/" + planId + "/lights", CLERK).body();
        JsonNode sopLight = lights.get("measures").get(0);
        assertThat(sopLight.at("/light/light").asString()).isEqualTo("GREEN");
        assertThat(sopLight.at("/light/explanation").asString()).startsWith("綠燈：已於 " + TODAY + " 完成");
        assertThat(http().get("/api/plans/" + planId + "/lights?lang=en", CLERK).body()
                .at("/measures/0/light/explanation").asString()).isEqualTo("green: done on " + TODAY);

        // Done by the agency's word alone, without evidence: yellow, and it says why.
        assertThat(http().post(progressPath(planId, publicity), CLERK, report(QUARTER, "DONE", 100, null, List.of(),
                null)).status()).isEqualTo(200);
        JsonNode withoutEvidence = http().get("/api/plans/" + planId + "/lights", CLERK).body().get("measures").get(1);
        assertThat(withoutEvidence.at("/light/light").asString()).isEqualTo("YELLOW");
        assertThat(withoutEvidence.at("/light/reasons").asString()).contains("未附佐證資料");
        assertThat(eventsFor(planId, "MeasureCompleted", 2)).hasSize(2);
    }

    @Test
    void filesAreCheckedByContentAndSizeAndRefusedNamingTheEvidence() {
        String planId = publishedPlan();
        String path = "/api/plans/" + planId + "/evidence";

        TestHttp.Reply program = http().upload(path, CLERK, "成果報告.pdf", EvidenceSamples.exe());
        assertThat(program.status()).isEqualTo(400);
        assertThat(program.isProblem()).isTrue();
        assertThat(program.body().get("errors").findValuesAsString("field")).containsExactly("evidence");
        assertThat(program.body().get("errors").findValuesAsString("message").getFirst())
                .contains("成果報告.pdf", "is not PDF");
        TestHttp.Reply page = http().upload(path, CLERK, "成果報告.pdf", EvidenceSamples.html());
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body().get("errors").findValuesAsString("field")).containsExactly("evidence");
        TestHttp.Reply exe = http().upload(path, CLERK, "setup.exe", EvidenceSamples.exe());
        assertThat(exe.body().get("errors").findValuesAsString("message").getFirst()).contains("not a file type");

        byte[] tooLarge = Arrays.copyOf(EvidenceSamples.pdf(), 10 * 1024 * 1024 + 1);
        TestHttp.Reply large = http().upload(path, CLERK, "大檔.pdf", tooLarge);
        assertThat(large.status()).as(large.text()).isEqualTo(413);
        assertThat(large.body().get("errors").findValuesAsString("field")).containsExactly("evidence");
        assertThat(large.body().get("errors").findValuesAsString("message").getFirst()).contains("10 MB");
        assertThat(mongo.getCollection("evidence_files").countDocuments(new org.bson.Document("planId", planId)))
                .as("nothing refused was kept").isZero();

        String measure = measureId(planId, 1);
        TestHttp.Reply unknownFile = http().post(progressPath(planId, measure), CLERK,
                report(QUARTER, "ON_TRACK", 10, null, List.of("ef-not-uploaded"), null));
        assertThat(unknownFile.status()).isEqualTo(400);
        assertThat(unknownFile.body().get("errors").findValuesAsString("field")).containsExactly("evidence");
        TestHttp.Reply sixFiles = http().post(progressPath(planId, measure), CLERK,
                report(QUARTER, "ON_TRACK", 10, null, List.of("a", "b", "c", "d", "e", "f"), null));
        assertThat(sixFiles.body().get("errors").findValuesAsString("field")).containsExactly("evidence");
    }

    @Test
    void badEntriesAreProblemsNamingTheFieldAndChangeNothing() {
        String planId = publishedPlan();
        String measure = measureId(planId, 1);
        Map<String, Object> before = mongo.findById(planId, Map.class, "plans");

        TestHttp.Reply behind = http().post(progressPath(planId, measure), CLERK, report(QUARTER, "BEHIND", 20, null,
                List.of(), "javascript:alert(1)"));
        assertThat(behind.status()).isEqualTo(400);
        assertThat(behind.body().get("errors").findValuesAsString("field")).containsExactly("delayReason", "links[0].url");
        assertThat(http().post(progressPath(planId, measure), CLERK, report(QUARTER + "x", "ON_TRACK", 20, null,
                List.of(), null)).body().get("errors").findValuesAsString("field")).containsExactly("period");
        assertThat(http().post(progressPath(planId, measure), CLERK, report(QUARTER, "SOMEWHAT", 20, null, List.of(),
                null)).status()).isEqualTo(400);
        ReportingPeriod next = ReportingPeriod.containing(ReportingPeriod.Cadence.QUARTERLY, TODAY).next();
        TestHttp.Reply future = http().post(progressPath(planId, measure), CLERK, report(next.toString(), "ON_TRACK",
                20, null, List.of(), null));
        assertThat(future.status()).isEqualTo(409);
        assertThat(future.body().get("errors").findValuesAsString("field")).containsExactly("period");
        TestHttp.Reply monthly = http().post(progressPath(planId, measure), CLERK,
                report(TODAY.toString().substring(0, 7), "ON_TRACK", 20, null, List.of(), null));
        assertThat(monthly.status()).as("a dated measure reports per quarter").isEqualTo(409);
        assertThat(http().post(progressPath(planId, "no-such-measure"), CLERK, report(QUARTER, "ON_TRACK", 20, null,
                List.of(), null)).status()).isEqualTo(404);

        assertThat(mongo.findById(planId, Map.class, "plans")).isEqualTo(before);
    }

    @Test
    void anotherAgencyFindsNothingAndAReviewerReadsButDoesNotReport() throws Exception {
        String planId = publishedPlan();
        String measure = measureId(planId, 1);
        String fileId = http().upload("/api/plans/" + planId + "/evidence", CLERK, "場次.csv", EvidenceSamples.csv())
                .body().get("id").asString();
        assertThat(http().post(progressPath(planId, measure), HEAD, report(QUARTER, "ON_TRACK", 40, null,
                List.of(fileId), null)).status()).as("the head reports too").isEqualTo(200);
        String entry = report(QUARTER, "ON_TRACK", 50, null, List.of(), null);

        assertThat(http().post(progressPath(planId, measure), OTHER_AGENCY, entry).status()).isEqualTo(404);
        assertThat(http().get("/api/plans/" + planId + "/progress", OTHER_AGENCY).status()).isEqualTo(404);
        assertThat(http().get("/api/plans/" + planId + "/lights", OTHER_AGENCY).status()).isEqualTo(404);
        assertThat(http().upload("/api/plans/" + planId + "/evidence", OTHER_AGENCY, "a.pdf", EvidenceSamples.pdf())
                .status()).isEqualTo(404);
        assertThat(download("/api/plans/" + planId + "/evidence/" + fileId, OTHER_AGENCY).statusCode()).isEqualTo(404);

        assertThat(progress(planId, REVIEWER).at("/measures/1/reports/0/percent").asInt()).isEqualTo(40);
        assertThat(download("/api/plans/" + planId + "/evidence/" + fileId, REVIEWER).statusCode()).isEqualTo(200);
        assertThat(http().post(progressPath(planId, measure), REVIEWER, entry).status()).isEqualTo(403);
        assertThat(http().upload("/api/plans/" + planId + "/evidence", REVIEWER, "a.pdf", EvidenceSamples.pdf())
                .status()).isEqualTo(403);
        assertThat(http().post(progressPath(planId, measure), TestTokens.admin(), entry).status()).isEqualTo(403);
        assertThat(progress(planId, CLERK).at("/measures/1/reports/0/percent").asInt()).isEqualTo(40);
    }

    @Test
    void aFileIsServedAsAnAttachmentOfItsCheckedTypeThatNothingRendersOrRuns() throws Exception {
        String planId = publishedPlan();
        byte[] pdf = EvidenceSamples.pdf();
        String pdfId = http().upload("/api/plans/" + planId + "/evidence", CLERK, "成果 報告.pdf", pdf).body()
                .get("id").asString();
        String csvId = http().upload("/api/plans/" + planId + "/evidence", CLERK, "場次.csv", EvidenceSamples.csv())
                .body().get("id").asString();

        for (String path : List.of("/api/plans/" + planId + "/evidence/" + pdfId,
                "/plans/" + planId + "/evidence/" + pdfId)) {
            HttpResponse<byte[]> file = download(path, CLERK);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.body()).isEqualTo(pdf);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment;").contains("filename*=UTF-8''%E6%88%90%E6%9E%9C%20%E5%A0%B1%E5%91%8A.pdf");
            assertThat(file.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(file.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
        }
        HttpResponse<byte[]> csv = download("/api/plans/" + planId + "/evidence/" + csvId, CLERK);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(download("/api/plans/" + planId + "/evidence/ef-nothing", CLERK).statusCode()).isEqualTo(404);
        String otherPlan = publishedPlan();
        assertThat(download("/api/plans/" + otherPlan + "/evidence/" + pdfId, CLERK).statusCode())
                .as("a file is served under its own plan only").isEqualTo(404);
    }

    @Test
    void aRedeliveredOrReorderedSurveyResultChangesNothingTwice() {
        String planId = publishedPlan();
        String kindness = measureId(planId, 2);
        String surveyId = "s-" + planId;
        EventEnvelope<SurveyResultsPublished> latest = KafkaProbe.envelope(survey(surveyId, planId, kindness, 0.9), 2);
        KafkaProbe.send(topics.of(Topic.SURVEY), latest);
        await().atMost(Duration.ofSeconds(20)).until(() -> !progress(planId, CLERK).at("/measures/2/surveyResults")
                .isEmpty());
        Object version = mongo.findById(planId, Map.class, "plans").get("version");

        KafkaProbe.send(topics.of(Topic.SURVEY), latest);
        KafkaProbe.send(topics.of(Topic.SURVEY), KafkaProbe.envelope(survey(surveyId, planId, kindness, 0.5), 1));
        // Behind them on the same key (the survey, so the same partition), results for another plan: once these
        // show, the two before were read too.
        String witness = http().post("/api/plans", CLERK, PLAN).body().get("id").asString();
        KafkaProbe.send(topics.of(Topic.SURVEY), KafkaProbe.envelope(survey(surveyId, witness, measureId(witness, 2),
                0.7), 3));
        await().atMost(Duration.ofSeconds(20)).until(() -> !progress(witness, CLERK).at("/measures/2/surveyResults")
                .isEmpty());

        JsonNode results = progress(planId, CLERK).at("/measures/2/surveyResults");
        assertThat(results).hasSize(1);
        assertThat(results.at("/0/satisfactionRate").asDouble()).isEqualTo(0.9);
        assertThat(mongo.findById(planId, Map.class, "plans").get("version")).as("not written again").isEqualTo(version);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static String report(String period, String status, int percent, String delayReason, List<String> fileIds,
            String link) {
        StringBuilder json = new StringBuilder("{\"period\": \"" + period + "\", \"status\": \"" + status
                + "\", \"percent\": " + percent + ", \"narrative\": \"本期辦理服務資訊公開\"");
        if (delayReason != null) {
            json.append(", \"delayReason\": \"").append(delayReason).append('"');
        }
        json.append(", \"fileIds\": [").append(String.join(",", fileIds.stream().map(id -> '"' + id + '"').toList()))
                .append(']');
        if (link != null) {
            json.append(", \"links\": [{\"name\": \"新聞稿\", \"url\": \"").append(link).append("\"}]");
        }
        return json.append('}').toString();
    }

    static String progressPath(String planId, String measureId) {
        return "/api/plans/" + planId + "/measures/" + measureId + "/progress";
    }

    private static SurveyResultsPublished survey(String surveyId, String planId, String measureId, double rate) {
        return new SurveyResultsPublished(surveyId, "kcg-civil-affairs", planId, measureId, 120, rate, 0.8,
                Instant.now());
    }

    private JsonNode progress(String planId, String token) {
        TestHttp.Reply reply = http().get("/api/plans/" + planId + "/progress", token);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.body();
    }

    private String measureId(String planId, int index) {
        return http().get("/api/plans/" + planId, CLERK).body().at("/dimensions/0/focusAreas/0/measures/" + index + "/id")
                .asString();
    }

    private String publishedPlan() {
        String planId = http().post("/api/plans", CLERK, PLAN).body().get("id").asString();
        assertThat(http().post("/api/plans/" + planId + "/submit", HEAD, null).status()).isEqualTo(200);
        KafkaProbe.send(topics.of(Topic.REVIEW), KafkaProbe.envelope(new PlanReviewDecided(planId, "task-" + planId,
                "kcg-civil-affairs", 1, ReviewDecision.APPROVED, "reviewer", List.of(), Instant.now()), 1));
        await().atMost(Duration.ofSeconds(20)).until(
                () -> "PUBLISHED".equals(http().get("/api/plans/" + planId, CLERK).body().get("status").asString()));
        return planId;
    }

    private HttpResponse<byte[]> download(String path, String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<EventEnvelope<DomainEvent>> eventsFor(String planId, String type, int atLeast) {
        List<EventEnvelope<DomainEvent>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<ConsumerRecord<byte[], byte[]>> records = KafkaProbe.readAll(topics.of(Topic.PLAN), Duration.ofMillis(500));
            found.clear();
            records.stream().filter(r -> planId.equals(new String(r.key(), StandardCharsets.UTF_8)))
                    .map(KafkaProbe::decode).filter(e -> e.payload().getClass().getSimpleName().equals(type))
                    .forEach(found::add);
            return found.size() >= atLeast;
        });
        return found;
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
