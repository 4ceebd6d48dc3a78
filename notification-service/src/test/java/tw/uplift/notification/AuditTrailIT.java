package tw.uplift.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.contracts.notification.NotificationDelivered;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.contracts.survey.SurveyClosed;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.notification.audit.AuditedEvent;
import tw.uplift.notification.audit.ChainReport;
import tw.uplift.notification.audit.application.AuditTrail;
import tw.uplift.notification.audit.persistence.AuditEntries;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * The audit trail through the real broker and store: events of the four services (one redelivered) each become
 * one entry of a chain that verifies; an entry edited or removed in the store is named by the verification, the
 * API and the page; two appenders racing on one store keep one chain; only ADMIN reads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=notification-service")
@WithUpliftInfrastructure
class AuditTrailIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Autowired
    TopicNames topics;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoClient client;

    @LocalServerPort
    int port;

    private TestHttp http() {
        return new TestHttp(port);
    }

    private static <E extends tw.uplift.contracts.DomainEvent> EventEnvelope<E> from(String service, E payload) {
        return EventEnvelope.of(UUID.randomUUID().toString(), "/uplift/" + service, Instant.now(), 1,
                "00-" + TRACE + "-00f067aa0ba902b7-01", payload);
    }

    /** The trail's entries of one item, in chain order, as the JSON export gives them. */
    private JsonNode entriesOf(String item) {
        TestHttp.Reply reply = http().get("/api/audit/entries.json?item=" + item, TestTokens.admin());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.body();
    }

    private JsonNode verification() {
        TestHttp.Reply reply = http().get("/api/audit/verification", TestTokens.admin());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.body();
    }

    @Test
    void everyServicesEventsBecomeOneEntryEachInOneChainThatVerifies() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        var submitted = from("plan-service", new PlanSubmitted("p-" + suffix, "agency-" + suffix, "機關", null, "body",
                115, "計畫", 1, 3, "clerk-" + suffix, now, null));
        var completed = from("review-service", new ReviewTaskCompleted("t-" + suffix, ReviewTaskKind.PLAN_APPROVAL,
                "p-" + suffix, "agency-" + suffix, "reviewer-" + suffix, "APPROVED", now));
        var closed = from("survey-service", new SurveyClosed("s-" + suffix, "agency-" + suffix, 12, now));
        var overdue = from("notification-service", new ItemOverdue("d-" + suffix, TrackedItemKind.MEASURE,
                "m-" + suffix, "p-" + suffix, "agency-" + suffix, "措施", LocalDate.now(), now));
        var delivered = from("notification-service", new NotificationDelivered("n-" + suffix, Channel.EMAIL,
                "clerk-" + suffix, overdue.id(), now, "d-" + suffix));

        KafkaProbe.send(topics.of(Topic.PLAN), submitted);
        KafkaProbe.send(topics.of(Topic.REVIEW), completed);
        KafkaProbe.send(topics.of(Topic.SURVEY), closed);
        KafkaProbe.send(topics.of(Topic.DEADLINE), overdue);
        KafkaProbe.send(topics.of(Topic.NOTIFICATION), delivered);
        KafkaProbe.send(topics.of(Topic.PLAN), submitted); // redelivered

        List<String> ids = List.of(submitted.id(), completed.id(), closed.id(), overdue.id(), delivered.id());
        await().atMost(WAIT).untilAsserted(() -> {
            List<String> seen = new ArrayList<>();
            for (String item : List.of("p-" + suffix, "t-" + suffix, "s-" + suffix, "d-" + suffix, "n-" + suffix)) {
                entriesOf(item).forEach(e -> seen.add(e.get("eventId").asString()));
            }
            assertThat(seen).containsAll(ids);
        });
        // The redelivered record came after the first on the same partition: once it has surely been read, there is
        // still one entry of the event.
        await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).untilAsserted(() ->
                assertThat(entriesOf("p-" + suffix)).hasSize(1));

        JsonNode plan = entriesOf("p-" + suffix).get(0);
        assertThat(plan.get("service").asString()).isEqualTo("plan-service");
        assertThat(plan.get("type").asString()).isEqualTo("tw.uplift.plan.PlanSubmitted.v1");
        assertThat(plan.get("actor").asString()).isEqualTo("clerk-" + suffix);
        assertThat(plan.get("request").asString()).isEqualTo(TRACE);
        assertThat(plan.get("timeTaipei").asString()).endsWith("+08:00");
        assertThat(entriesOf("t-" + suffix).get(0).get("actor").asString()).isEqualTo("reviewer-" + suffix);
        assertThat(entriesOf("d-" + suffix).get(0).get("actor").asString()).isEqualTo("system");
        assertThat(entriesOf("s-" + suffix).get(0).get("actor").asString()).isEmpty();

        TestHttp.Reply all = http().get("/api/audit/entries.json", TestTokens.admin());
        List<Long> positions = new ArrayList<>();
        Set<String> eventIds = new HashSet<>();
        all.body().forEach(e -> {
            positions.add(e.get("position").asLong());
            assertThat(eventIds.add(e.get("eventId").asString())).as("each event once").isTrue();
        });
        assertThat(positions).as("1, 2, 3 … in chain order").isEqualTo(
                java.util.stream.LongStream.rangeClosed(1, positions.size()).boxed().toList());
        JsonNode report = verification();
        assertThat(report.get("broken").isNull()).as(report.toString()).isTrue();
        assertThat(report.get("checked").asLong()).isGreaterThanOrEqualTo(5);

        TestHttp.Reply csv = http().get("/api/audit/entries.csv?service=plan-service&item=p-" + suffix,
                TestTokens.admin());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).startsWith("\uFEFFposition,eventId,service,type,item,actor,time,timeTaipei,request,"
                + "payloadDigest,prevHash,hash\r\n").contains(submitted.id()).doesNotContain(closed.id());
    }

    @Test
    void anEntryEditedOrRemovedInTheStoreIsTheOneTheVerificationNames() {
        String survey = "s-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        var opened = from("survey-service", new SurveyOpened(survey, "agency-x", "滿意度調查", null, null, now, null));
        var closed = from("survey-service", new SurveyClosed(survey, "agency-x", 3, now));
        // One aggregate, one partition: the trail takes the opening before the closing.
        KafkaProbe.sendAll(topics.of(Topic.SURVEY), List.of(opened, closed));
        await().atMost(WAIT).untilAsserted(() -> assertThat(entriesOf(survey)).hasSize(2));
        long edited = entriesOf(survey).get(0).get("position").asLong();
        assertThat(verification().get("broken").isNull()).isTrue();
        MongoCollection<Document> store = mongo.getCollection(AuditEntries.COLLECTION);
        Document original = store.find(Filters.eq("_id", edited)).first();

        store.updateOne(Filters.eq("_id", edited), Updates.set("actor", "mallory"));
        try {
            JsonNode broken = verification().get("broken");
            assertThat(broken.get("position").asLong()).isEqualTo(edited);
            assertThat(broken.get("eventId").asString()).isEqualTo(opened.id());
            assertThat(broken.get("problem").asString()).isEqualTo("HASH_MISMATCH");
            PageBrowser.Page page = new PageBrowser(port, TestTokens.admin()).get("/admin/audit");
            assertThat(page.html()).contains("第 " + edited + " 筆紀錄寫入後遭修改", opened.id(),
                    "/admin/audit?at=" + edited + "#entry-" + edited);
            assertThat(new PageBrowser(port, TestTokens.admin()).get("/admin/audit?at=" + edited).html())
                    .contains("id=\"entry-" + edited + "\"");
        } finally {
            store.replaceOne(Filters.eq("_id", edited), original);
        }
        assertThat(verification().get("broken").isNull()).as("restored").isTrue();

        store.deleteOne(Filters.eq("_id", edited));
        try {
            JsonNode broken = verification().get("broken");
            assertThat(broken.get("position").asLong()).isEqualTo(edited);
            assertThat(broken.get("problem").asString()).isEqualTo("GAP");
        } finally {
            store.insertOne(original);
        }
        assertThat(verification().get("broken").isNull()).isTrue();
    }

    @Test
    void twoAppendersOnOneStoreWithRedeliveriesKeepOneChain() throws Exception {
        MongoTemplate own = new MongoTemplate(client, "audit-race-" + UUID.randomUUID().toString().substring(0, 8));
        AuditTrail one = new AuditTrail(new AuditEntries(own), new SimpleMeterRegistry());
        AuditTrail two = new AuditTrail(new AuditEntries(own), new SimpleMeterRegistry());
        List<AuditedEvent> events = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            events.add(new AuditedEvent("e-" + i, "plan-service", "t", "p-" + i, "clerk", Instant.now(), "", "d"));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                AuditTrail trail = t % 2 == 0 ? one : two;
                int offset = t * 30;
                // Each thread appends its own 30 and then the next thread's 30 again (a redelivery to the other instance).
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 60; i++) {
                        trail.record(events.get((offset + i) % events.size()));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }

        ChainReport report = one.verify();
        assertThat(report.intact()).as(String.valueOf(report.broken())).isTrue();
        assertThat(report.checked()).isEqualTo(120);
        assertThat(own.getCollection(AuditEntries.COLLECTION).countDocuments()).isEqualTo(120);
    }

    @Test
    void onlyAnAdministratorReadsTheTrail() {
        String clerk = TestTokens.agencyStaff("clerk", "agency-x");
        String reviewer = TestTokens.reviewer("reviewer", "body-x", null);
        String ops = TestTokens.token("ops", List.of("OPS"), null, null);
        for (String path : List.of("/api/audit/verification", "/api/audit/entries.json", "/api/audit/entries.csv")) {
            assertThat(http().get(path, null).status()).as(path).isEqualTo(401);
            for (String token : List.of(clerk, reviewer, ops)) {
                assertThat(http().get(path, token).status()).as(path).isEqualTo(403);
            }
            assertThat(http().get(path, TestTokens.admin()).status()).as(path).isEqualTo(200);
        }
        assertThat(new PageBrowser(port, ops).get("/admin/audit").status()).isEqualTo(403);
        assertThat(new PageBrowser(port, clerk).get("/admin/audit").status()).isEqualTo(403);
        PageBrowser.Page page = new PageBrowser(port, TestTokens.admin()).get("/admin/audit");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<h1 class=\"govuk-heading-l\">稽核軌跡</h1>", "id=\"verification\"",
                "/api/notification/audit/entries.csv");
    }

    @Test
    void aBadDateIsAProblemNamingItsFieldAndAnErrorOnThePage() {
        TestHttp.Reply reply = http().get("/api/audit/entries.json?from=yesterday", TestTokens.admin());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.text()).contains("\"from\"");
        PageBrowser.Page page = new PageBrowser(port, TestTokens.admin()).get("/admin/audit?from=2026-03-05&to=2026-03-01");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html()).contains("govuk-error-summary", "href=\"#to\"", "不早於起日");
    }

    /** The trail's API only reads (the store's class has no update or delete either: ArchitectureTest). */
    @Test
    void theTrailsApiHasNoOperationThatWrites() {
        JsonNode paths = http().get("/v3/api-docs", null).body().get("paths");
        List<String> audit = new ArrayList<>();
        paths.properties().forEach(p -> {
            if (p.getKey().startsWith("/api/audit")) {
                audit.add(p.getKey());
                for (String method : List.of("post", "put", "patch", "delete")) {
                    assertThat(p.getValue().has(method)).as(method + " " + p.getKey()).isFalse();
                }
            }
        });
        assertThat(audit).containsExactlyInAnyOrder("/api/audit/verification", "/api/audit/entries.json",
                "/api/audit/entries.csv");
    }
}
