package tw.uplift.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.AgencyChanged;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.plan.SupervisingBodyChanged;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.review.organisation.Agency;
import tw.uplift.review.organisation.Organisation;
import tw.uplift.review.reviewers.Availability;
import tw.uplift.review.reviewers.Reviewer;
import tw.uplift.review.reviewers.Reviewers;

/**
 * The reviewer pool and the organisation copy against the real broker and store: who may see and edit a body's
 * reviewers, what an edit refuses, agency events taken once and in order however they arrive, and an assignment
 * that keeps clear of a reviewer two agencies up. Each test works in a body of its own, so the demo pool the other
 * scenarios rely on is never touched.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "spring.config.name=review-service")
@WithUpliftInfrastructure
class ReviewersIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant MONDAY = Instant.parse("2026-03-09T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    TopicNames topics;

    @Autowired
    Reviewers reviewers;

    @Autowired
    Organisation organisation;

    private String body;
    private String otherBody;

    @BeforeEach
    void aBodyOfItsOwn() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        body = "it-body-" + run;
        otherBody = "it-other-" + run;
        reviewers.addIfMissing(lead(body + "-lead", body));
        reviewers.addIfMissing(Reviewer.of(body + "-ann", "林審查", body, null));
        reviewers.addIfMissing(Reviewer.of(body + "-bob", "吳審查", body, null));
        reviewers.addIfMissing(lead(otherBody + "-lead", otherBody));
    }

    // ---- the reviewers pages ----

    @Test
    void theLeadSetsAnAbsenceOnThePageWithErrorsLinkedToTheirFieldsAndAColleagueOnlyReads() {
        PageBrowser lead = new PageBrowser(port, leadToken(body));
        assertThat(lead.get("/reviews/reviewers").html()).contains("林審查", "吳審查", "/reviews/reviewers/" + body + "-ann");
        String page = "/reviews/reviewers/" + body + "-ann/availability";
        PageBrowser.Page backwards = lead.post(page, java.util.Map.of("awayFrom", "2026-03-13", "awayTo", "2026-03-09",
                "delegateId", body + "-bob"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.html()).contains("<a href=\"#awayTo\">休假結束日不可早於開始日。</a>", "value=\"2026-03-13\"");
        PageBrowser.Page saved = lead.post(page, java.util.Map.of("awayFrom", "2026-03-09", "awayTo", "2026-03-13",
                "delegateId", body + "-bob"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(reviewers.find(body + "-ann").orElseThrow().availability().delegateId()).isEqualTo(body + "-bob");

        PageBrowser colleague = new PageBrowser(port, reviewerToken(body + "-bob", body));
        assertThat(colleague.get("/reviews/reviewers/" + body + "-ann").html()).contains("林審查")
                .doesNotContain("name=\"awayFrom\"");
        assertThat(colleague.post(page, java.util.Map.of("awayFrom", "", "awayTo", "")).status()).isEqualTo(403);
        assertThat(new PageBrowser(port, leadToken(otherBody)).get("/reviews/reviewers/" + body + "-ann").status())
                .isEqualTo(404);
    }

    // ---- the reviewers API ----

    @Test
    void theLeadSetsAColleagueAwayWithADelegate() {
        TestHttp.Reply changed = put("/api/reviewers/" + body + "-ann/availability", leadToken(body), """
                {"awayFrom": "2026-03-09", "awayTo": "2026-03-13", "delegateId": "%s-bob"}""".formatted(body));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        JsonNode ann = get("/api/reviewers/" + body + "-ann", reviewerToken(body + "-bob", body)).body();
        assertThat(ann.get("awayFrom").asString()).isEqualTo("2026-03-09");
        assertThat(ann.get("awayTo").asString()).isEqualTo("2026-03-13");
        assertThat(ann.get("delegateId").asString()).isEqualTo(body + "-bob");
        assertThat(ids(get("/api/reviewers", reviewerToken(body + "-bob", body)).body()))
                .as("the body's reviewers, no one else's")
                .containsExactlyInAnyOrder(body + "-lead", body + "-ann", body + "-bob");
    }

    @Test
    void anotherBodysLeadFindsNoSuchReviewer() {
        String outsider = leadToken(otherBody);
        assertThat(get("/api/reviewers/" + body + "-ann", outsider).status()).isEqualTo(404);
        assertThat(put("/api/reviewers/" + body + "-ann", outsider, profile("改名", false)).status()).isEqualTo(404);
        assertThat(put("/api/reviewers/" + body + "-ann/availability", outsider, "{}").status()).isEqualTo(404);
        assertThat(ids(get("/api/reviewers", outsider).body())).doesNotContain(body + "-ann");
        // Their token naming our body proves nothing: they are not stored as our lead.
        String claimsOurBody = TestTokens.reviewer(otherBody + "-lead", body, null);
        assertThat(put("/api/reviewers/" + body + "-ann", claimsOurBody, profile("改名", false)).status())
                .isEqualTo(403);
        assertThat(get("/api/reviewers/" + body + "-ann", leadToken(body)).body().get("name").asString())
                .isEqualTo("林審查");
    }

    @Test
    void aReviewerEditsNobodyAndOnlyAnAdminNamesALead() {
        String colleague = reviewerToken(body + "-bob", body);
        assertThat(put("/api/reviewers/" + body + "-ann", colleague, profile("改名", false)).status()).isEqualTo(403);
        assertThat(put("/api/reviewers/" + body + "-bob/availability", colleague, "{}").status()).isEqualTo(403);
        assertThat(put("/api/reviewers/" + body + "-ann", leadToken(body), profile("林審查", true)).status())
                .as("a lead does not name leads").isEqualTo(403);
        TestHttp.Reply byAdmin = put("/api/reviewers/" + body + "-ann", TestTokens.admin(), profile("林組長", true));
        assertThat(byAdmin.status()).as(byAdmin.text()).isEqualTo(200);
        assertThat(byAdmin.body().get("lead").asBoolean()).isTrue();
        assertThat(byAdmin.body().get("bodyId").asString()).isEqualTo(body);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        String lead = leadToken(body);
        String ann = "/api/reviewers/" + body + "-ann";
        assertProblem(put(ann + "/availability", lead, """
                {"awayFrom": "2026-03-13", "awayTo": "2026-03-09"}"""), "awayTo");
        assertProblem(put(ann + "/availability", lead, """
                {"awayFrom": "2026-03-09", "delegateId": "%s-ann"}""".formatted(body)), "delegateId");
        assertProblem(put(ann + "/availability", lead, """
                {"awayFrom": "2026-03-09", "delegateId": "%s-lead"}""".formatted(otherBody)), "delegateId");
        assertProblem(put(ann + "/availability", lead, """
                {"awayFrom": "next week"}"""), "awayFrom");
        assertProblem(put(ann, lead, profile(" ", false)), "name");
        assertProblem(put(ann, lead, "{\"name\": "), "body");
        JsonNode unchanged = get(ann, lead).body();
        assertThat(unchanged.get("awayFrom").isNull()).isTrue();
        assertThat(unchanged.get("name").asString()).isEqualTo("林審查");
    }

    // ---- the organisation copy ----

    @Test
    void aRedeliveredAgencyChangeChangesNothingAndAnOlderOneIsIgnored() {
        String agency = "it-agency-" + UUID.randomUUID();
        EventEnvelope<AgencyChanged> renamed = KafkaProbe.envelope(agencyChanged(agency, "新名稱", "it-parent-b"), 2);
        EventEnvelope<AgencyChanged> older = KafkaProbe.envelope(agencyChanged(agency, "舊名稱", "it-parent-a"), 1);
        KafkaProbe.send(topics.of(Topic.PLAN), renamed);
        KafkaProbe.send(topics.of(Topic.PLAN), renamed);
        KafkaProbe.send(topics.of(Topic.PLAN), older);
        // A body event on the same key (so the same partition), behind them: once it is applied, the three before it
        // have been consumed too.
        KafkaProbe.send(topics.of(Topic.PLAN), KafkaProbe.envelope(
                new SupervisingBodyChanged(agency, "marker", null, true, MONDAY), 1));
        await().atMost(WAIT).until(() -> organisation.body(agency).isPresent());

        assertThat(organisation.agency(agency)).contains(new Agency(agency, "新名稱", "it-parent-b", body, true));
    }

    @Test
    void anOlderSubmissionDoesNotUndoANewerAgencyChange() {
        String agency = "it-agency-" + UUID.randomUUID();
        KafkaProbe.send(topics.of(Topic.PLAN), KafkaProbe.envelope(agencyChanged(agency, "新名稱", "it-parent-b"), 3));
        await().atMost(WAIT).until(() -> organisation.agency(agency).isPresent());
        EventEnvelope<PlanSubmitted> submittedBefore = KafkaProbe.envelope(new PlanSubmitted("plan-" + UUID.randomUUID(),
                agency, "舊名稱", "it-parent-a", body, 115, "提升服務執行計畫", 1, 3, "clerk",
                MONDAY.minus(Duration.ofDays(30))), 1);
        KafkaProbe.send(topics.of(Topic.PLAN), submittedBefore);
        await().atMost(WAIT).until(() -> get("/api/review-tasks/" + DerivedId.of(submittedBefore.id(), "plan-approval"),
                TestTokens.admin()).status() == 200);

        assertThat(organisation.agency(agency)).contains(new Agency(agency, "新名稱", "it-parent-b", body, true));
    }

    @Test
    void aPlanNeverGoesToAReviewerTwoAgenciesAboveIt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String city = "it-city-" + run;
        String bureau = "it-bureau-" + run;
        String office = "it-office-" + run;
        String poolBody = "it-pool-" + run;
        // Alphabetically first and idle: without the whole chain the city hall's reviewer would get it.
        reviewers.addIfMissing(Reviewer.of(poolBody + "-a-city-hall", "市府審查", poolBody, city));
        reviewers.addIfMissing(Reviewer.of(poolBody + "-z-outside", "外部審查", poolBody, null));
        for (AgencyChanged changed : List.of(
                new AgencyChanged(city, "市政府", null, poolBody, List.of(), true, MONDAY),
                new AgencyChanged(bureau, "民政局", city, poolBody, List.of(), true, MONDAY))) {
            KafkaProbe.send(topics.of(Topic.PLAN), KafkaProbe.envelope(changed, 1));
        }
        await().atMost(WAIT).until(() -> organisation.ancestorIds(bureau).equals(List.of(city)));

        // The submission names only the direct parent; the rest of the chain comes from the organisation copy.
        EventEnvelope<PlanSubmitted> submitted = KafkaProbe.envelope(new PlanSubmitted("plan-" + run, office,
                "戶政事務所", bureau, poolBody, 115, "提升服務執行計畫", 1, 3, "clerk", MONDAY), 1);
        KafkaProbe.send(topics.of(Topic.PLAN), submitted);
        String taskId = DerivedId.of(submitted.id(), "plan-approval");
        JsonNode task = await().atMost(WAIT).until(() -> get("/api/review-tasks/" + taskId, TestTokens.admin()),
                r -> r.status() == 200).body();

        assertThat(task.get("assigneeId").asString()).isEqualTo(poolBody + "-z-outside");
        assertThat(organisation.ancestorIds(office)).containsExactly(bureau, city);
        assertThat(organisation.agenciesOf(poolBody)).extracting(Agency::id).contains(city, bureau, office);
    }

    @Test
    void aParentChainWithACycleEnds() {
        String a = "it-cycle-a-" + UUID.randomUUID();
        String b = "it-cycle-b-" + UUID.randomUUID();
        organisation.agencyChanged(new Agency(a, "甲", b, body, true), new tw.uplift.review.organisation.AsOf(MONDAY, 1));
        organisation.agencyChanged(new Agency(b, "乙", a, body, true), new tw.uplift.review.organisation.AsOf(MONDAY, 1));
        assertThat(organisation.ancestorIds(a)).containsExactly(b);
    }

    // ---- fixtures and helpers ----

    private static Reviewer lead(String id, String bodyId) {
        return new Reviewer(id, "組長", bodyId, null, true, true, Set.of(), Availability.ALWAYS);
    }

    private AgencyChanged agencyChanged(String agencyId, String name, String parentId) {
        return new AgencyChanged(agencyId, name, parentId, body, List.of("秘書室"), true, MONDAY);
    }

    private String leadToken(String bodyId) {
        return TestTokens.reviewer(bodyId + "-lead", bodyId, null);
    }

    private static String reviewerToken(String username, String bodyId) {
        return TestTokens.reviewer(username, bodyId, null);
    }

    private static String profile(String name, boolean lead) {
        return """
                {"name": "%s", "homeAgencyId": null, "lead": %s, "active": true, "covers": []}""".formatted(name, lead);
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asString()).toList();
    }

    private static void assertProblem(TestHttp.Reply reply, String field) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(StreamSupport.stream(reply.body().get("errors").spliterator(), false)
                .map(e -> e.get("field").asString())).as(reply.text()).contains(field);
    }

    private TestHttp.Reply get(String path, String token) {
        return new TestHttp(port).get(path, token);
    }

    private TestHttp.Reply put(String path, String token, String json) {
        return new TestHttp(port).put(path, token, json);
    }
}
