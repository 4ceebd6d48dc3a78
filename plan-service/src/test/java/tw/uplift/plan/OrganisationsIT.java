package tw.uplift.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.AgencyChanged;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.plan.SupervisingBodyChanged;
import tw.uplift.plan.organisations.Agency;
import tw.uplift.plan.organisations.AgencyDirectory;
import tw.uplift.plan.organisations.OrganisationSeed;
import tw.uplift.plan.organisations.OrganisationSeedProperties;
import tw.uplift.plan.organisations.OrganisationSeedProperties.AgencySeed;
import tw.uplift.plan.organisations.OrganisationSeedProperties.BodySeed;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * The organisations plan-service keeps, against the real broker and store: the configured ones registered once on
 * start, an administrator's changes announced with the whole state, everyone else refused, bad input named by field.
 * Each test registers organisations of its own, so the seeded ones carry exactly the seed's events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=plan-service")
@WithUpliftInfrastructure
class OrganisationsIT {

    static final String ADMIN = TestTokens.admin();
    static final String CLERK = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");
    static final String REVIEWER = TestTokens.reviewer("reviewer", "kcg-rdec", null);
    static final String OPS = TestTokens.token("ops", List.of("OPS"), null, null);
    static final String AGENCIES = "/api/organisations/agencies";
    static final String BODIES = "/api/organisations/bodies";

    @LocalServerPort
    int port;
    @Autowired
    TopicNames topics;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OrganisationSeedProperties configured;
    @Autowired
    OrganisationSeed seed;
    @Autowired
    AggregateStore store;
    @Autowired
    AgencyDirectory directory;
    @Autowired
    Clock clock;

    @Test
    void theConfiguredOrganisationsAreRegisteredOnceAndEachIsAnnouncedOnce() {
        List<String> agencyIds = configured.agencies().stream().map(AgencySeed::id).toList();
        assertThat(agencyIds).as("the demo's agencies and those of the example plans")
                .contains("kcg-civil-affairs", "kcg-household-xinxing", "kcg-funeral", "kcg-sanmin-district",
                        "taichung-household-beitun");
        assertThat(directory.find("kcg-sanmin-district")).contains(new Agency("kcg-sanmin-district", "高雄市三民區公所",
                "kcg-civil-affairs", "kcg-rdec", List.of("民政課", "社會課", "經建課", "兵役課", "秘書室")));
        await().atMost(Duration.ofSeconds(20)).until(() -> agencyIds.stream().allMatch(id -> !eventsFor(id).isEmpty()));

        // A restart: nothing registered, nothing written, nothing announced.
        List<Document> before = mongo.findAll(Document.class, "agencies");
        assertThat(seed.registerConfigured()).isZero();
        assertThat(mongo.findAll(Document.class, "agencies")).isEqualTo(before);

        List<EventEnvelope<DomainEvent>> events = planEvents();
        for (AgencySeed agency : configured.agencies()) {
            List<DomainEvent> ofAgency = payloadsFor(events, agency.id());
            assertThat(ofAgency).as(agency.id()).hasSize(1).first().isInstanceOfSatisfying(AgencyChanged.class,
                    changed -> {
                        assertThat(changed.name()).isEqualTo(agency.name());
                        assertThat(changed.supervisingBodyId()).isEqualTo(agency.supervisingBodyId());
                        assertThat(changed.active()).isTrue();
                    });
        }
        for (BodySeed body : configured.bodies()) {
            assertThat(payloadsFor(events, body.id())).as(body.id()).hasSize(1).first()
                    .isInstanceOf(SupervisingBodyChanged.class);
        }
    }

    @Test
    void twoInstancesStartingAtOnceRegisterEachConfiguredOrganisationOnce() throws Exception {
        OrganisationSeedProperties both = new OrganisationSeedProperties(
                List.of(new BodySeed("kcg-rdec-twin", "高雄市政府研考會（測試）", null)),
                List.of(new AgencySeed("kcg-cijin-district", "高雄市旗津區公所", "kcg-civil-affairs", "kcg-rdec-twin",
                                List.of("民政課", "秘書室")),
                        new AgencySeed("kcg-cijin-household", "高雄市旗津區戶政事務所", "kcg-cijin-district",
                                "kcg-rdec-twin", List.of())));
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> startingInstance(both, start));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> startingInstance(both, start));
        start.countDown();

        assertThat(first.get() + second.get()).as("registered once between them").isEqualTo(3);
        assertThat(directory.ancestors("kcg-cijin-household")).extracting(Agency::id)
                .containsExactly("kcg-cijin-district", "kcg-civil-affairs");
        await().atMost(Duration.ofSeconds(20)).until(() -> !eventsFor("kcg-cijin-household").isEmpty());
        List<EventEnvelope<DomainEvent>> events = planEvents();
        for (String id : List.of("kcg-rdec-twin", "kcg-cijin-district", "kcg-cijin-household")) {
            assertThat(payloadsFor(events, id)).as(id).hasSize(1);
        }
    }

    @Test
    void anAdministratorsChangeIsAnnouncedWithTheWholeStateAndOnlyWhenSomethingChanged() {
        TestHttp http = new TestHttp(port);
        TestHttp.Reply registered = http.post(AGENCIES, ADMIN, """
                {"id": "kcg-lingya-district", "name": "高雄市苓雅區公所", "parentId": "kcg-civil-affairs",
                 "supervisingBodyId": "kcg-rdec", "units": ["民政課", "秘書室"]}""");
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(registered.body().get("active").asBoolean()).isTrue();

        TestHttp.Reply changed = http.put(AGENCIES + "/kcg-lingya-district", ADMIN, """
                {"name": "高雄市苓雅區公所", "parentId": "kcg-civil-affairs", "supervisingBodyId": "kcg-rdec",
                 "units": ["民政課", "社會課", "秘書室"]}""");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.body().get("active").asBoolean()).as("left out: unchanged").isTrue();
        // The same state again changes nothing and announces nothing.
        assertThat(http.put(AGENCIES + "/kcg-lingya-district", ADMIN, """
                {"name": "高雄市苓雅區公所", "parentId": "kcg-civil-affairs", "supervisingBodyId": "kcg-rdec",
                 "units": ["民政課", "社會課", "秘書室"]}""").status()).isEqualTo(200);
        // Retired, not deleted.
        assertThat(http.put(AGENCIES + "/kcg-lingya-district", ADMIN, """
                {"name": "高雄市苓雅區公所", "parentId": "kcg-civil-affairs", "supervisingBodyId": "kcg-rdec",
                 "units": ["民政課", "社會課", "秘書室"], "active": false}""").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> eventsFor("kcg-lingya-district").size() >= 3);
        List<DomainEvent> announced = payloadsFor(planEvents(), "kcg-lingya-district");
        assertThat(announced).hasSize(3);
        AgencyChanged unitAdded = (AgencyChanged) announced.get(1);
        assertThat(unitAdded).usingRecursiveComparison().ignoringFields("changedAt").isEqualTo(new AgencyChanged(
                "kcg-lingya-district", "高雄市苓雅區公所", "kcg-civil-affairs", "kcg-rdec", List.of("民政課", "社會課", "秘書室"),
                true, null));
        assertThat(((AgencyChanged) announced.get(2)).active()).isFalse();
        assertThat(((AgencyChanged) announced.get(2)).units()).containsExactly("民政課", "社會課", "秘書室");

        // Anyone signed in reads it (agency staff need their units in the plan editor); the directory still finds it.
        JsonNode read = http.get(AGENCIES + "/kcg-lingya-district", CLERK).body();
        assertThat(read.get("active").asBoolean()).isFalse();
        assertThat(read.get("units").toString()).isEqualTo("[\"民政課\",\"社會課\",\"秘書室\"]");
        assertThat(http.get(AGENCIES, CLERK).text()).contains("kcg-lingya-district");
        assertThat(directory.find("kcg-lingya-district")).isPresent();
        assertThat(directory.isActive("kcg-lingya-district")).isFalse();
    }

    @Test
    void aSupervisingBodyIsRegisteredChangedAndAnnounced() {
        TestHttp http = new TestHttp(port);
        assertThat(http.post(BODIES, ADMIN, """
                {"id": "kcg-civil-affairs-review", "name": "高雄市政府民政局督考小組", "agencyId": "kcg-civil-affairs"}""")
                .status()).isEqualTo(201);
        assertThat(http.put(BODIES + "/kcg-civil-affairs-review", ADMIN, """
                {"name": "高雄市政府民政局督考小組", "agencyId": "kcg-civil-affairs", "active": false}""").status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> eventsFor("kcg-civil-affairs-review").size() >= 2);
        List<DomainEvent> announced = payloadsFor(planEvents(), "kcg-civil-affairs-review");
        assertThat(announced).hasSize(2).last().isInstanceOfSatisfying(SupervisingBodyChanged.class, body -> {
            assertThat(body.agencyId()).isEqualTo("kcg-civil-affairs");
            assertThat(body.active()).isFalse();
        });
        assertThat(http.get(BODIES, REVIEWER).text()).contains("kcg-rdec", "kcg-civil-affairs-review");
    }

    @Test
    void onlyAnAdministratorWrites() {
        TestHttp http = new TestHttp(port);
        Document before = mongo.findById("kcg-civil-affairs", Document.class, "agencies");
        String agency = """
                {"id": "kcg-zuoying-district", "name": "高雄市左營區公所", "supervisingBodyId": "kcg-rdec"}""";
        String rename = """
                {"name": "改名", "supervisingBodyId": "kcg-rdec"}""";

        for (String token : List.of(CLERK, REVIEWER, OPS, TestTokens.agencyHead("head", "kcg-civil-affairs"))) {
            assertThat(http.post(AGENCIES, token, agency).status()).isEqualTo(403);
            TestHttp.Reply refused = http.put(AGENCIES + "/kcg-civil-affairs", token, rename);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(http.post(BODIES, token, "{\"id\": \"x-body\", \"name\": \"x\"}").status()).isEqualTo(403);
        }
        assertThat(http.put(AGENCIES + "/kcg-civil-affairs", null, rename).status()).isEqualTo(401);
        assertThat(http.get(AGENCIES, null).status()).isEqualTo(401);

        assertThat(mongo.findById("kcg-civil-affairs", Document.class, "agencies")).isEqualTo(before);
        assertThat(directory.find("kcg-zuoying-district")).isEmpty();
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndARuleIsAConflictNamingIt() {
        TestHttp http = new TestHttp(port);
        Document before = mongo.findById("kcg-civil-affairs", Document.class, "agencies");

        TestHttp.Reply bad = http.post(AGENCIES, ADMIN, """
                {"id": "Kcg Gushan", "name": " ", "supervisingBodyId": "kcg-rdec", "units": ["秘書室", "秘書室"]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body().get("errors").findValuesAsString("field")).containsExactly("id", "name", "units[1]");

        TestHttp.Reply cycle = http.put(AGENCIES + "/kcg-civil-affairs", ADMIN, """
                {"name": "高雄市政府民政局", "parentId": "kcg-household-xinxing", "supervisingBodyId": "kcg-rdec"}""");
        assertThat(cycle.status()).isEqualTo(409);
        assertThat(cycle.body().get("code").asString()).isEqualTo("parent-cycle");
        assertThat(cycle.body().get("errors").findValuesAsString("field")).containsExactly("parentId");

        TestHttp.Reply unknownBody = http.post(AGENCIES, ADMIN, """
                {"id": "kcg-gushan-district", "name": "高雄市鼓山區公所", "supervisingBodyId": "tpe-rdec"}""");
        assertThat(unknownBody.status()).isEqualTo(409);
        assertThat(unknownBody.body().get("errors").findValuesAsString("field")).containsExactly("supervisingBodyId");

        TestHttp.Reply taken = http.post(AGENCIES, ADMIN, """
                {"id": "kcg-civil-affairs", "name": "高雄市政府民政局", "supervisingBodyId": "kcg-rdec"}""");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().get("code").asString()).isEqualTo("agency-exists");

        TestHttp.Reply otherId = http.put(AGENCIES + "/kcg-civil-affairs", ADMIN, """
                {"id": "kcg-civil-affairs-2", "name": "高雄市政府民政局", "supervisingBodyId": "kcg-rdec"}""");
        assertThat(otherId.status()).isEqualTo(400);
        assertThat(otherId.body().get("errors").findValuesAsString("field")).containsExactly("id");

        assertThat(http.post(AGENCIES, ADMIN, "{not json").status()).isEqualTo(400);
        assertThat(http.put(AGENCIES + "/kcg-nowhere", ADMIN, "{\"name\": \"x\", \"supervisingBodyId\": \"kcg-rdec\"}")
                .status()).isEqualTo(404);
        assertThat(http.get(AGENCIES + "/kcg-nowhere", CLERK).status()).isEqualTo(404);
        TestHttp.Reply bodyOfNobody = http.post(BODIES, ADMIN, """
                {"id": "kcg-nowhere-review", "name": "查無此機關", "agencyId": "kcg-nowhere"}""");
        assertThat(bodyOfNobody.status()).isEqualTo(409);
        assertThat(bodyOfNobody.body().get("errors").findValuesAsString("field")).containsExactly("agencyId");

        assertThat(mongo.findById("kcg-civil-affairs", Document.class, "agencies")).isEqualTo(before);
        assertThat(directory.find("kcg-gushan-district")).isEmpty();
    }

    @Test
    void staffOfAnAgencyAnAdministratorRegisteredWriteAndSubmitPlansUnderItsPlace() {
        TestHttp http = new TestHttp(port);
        assertThat(http.post(AGENCIES, ADMIN, """
                {"id": "kcg-qianjin-district", "name": "高雄市前金區公所", "parentId": "kcg-civil-affairs",
                 "supervisingBodyId": "kcg-rdec", "units": ["民政課"]}""").status()).isEqualTo(201);
        String head = TestTokens.agencyHead("qianjin-head", "kcg-qianjin-district");

        String planId = http.post("/api/plans", head, PlanFlowIT.PLAN).body().get("id").asString();
        assertThat(http.post("/api/plans/" + planId + "/submit", head, null).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> !eventsFor(planId).isEmpty());
        PlanSubmitted submitted = (PlanSubmitted) eventsFor(planId).getFirst().payload();
        assertThat(submitted.agencyName()).isEqualTo("高雄市前金區公所");
        assertThat(submitted.parentAgencyId()).isEqualTo("kcg-civil-affairs");
    }

    private int startingInstance(OrganisationSeedProperties configuration, CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new OrganisationSeed(configuration, store, directory, clock).registerConfigured();
    }

    private List<EventEnvelope<DomainEvent>> planEvents() {
        return KafkaProbe.readAll(topics.of(Topic.PLAN), Duration.ofSeconds(1)).stream().map(KafkaProbe::decode)
                .toList();
    }

    private List<EventEnvelope<DomainEvent>> eventsFor(String key) {
        List<ConsumerRecord<byte[], byte[]>> records = KafkaProbe.readAll(topics.of(Topic.PLAN), Duration.ofMillis(500));
        return records.stream().filter(r -> key.equals(new String(r.key(), StandardCharsets.UTF_8)))
                .map(KafkaProbe::decode).toList();
    }

    private static List<DomainEvent> payloadsFor(List<EventEnvelope<DomainEvent>> events, String key) {
        return events.stream().filter(e -> key.equals(e.payload().aggregateId())).map(EventEnvelope::payload).toList();
    }
}
