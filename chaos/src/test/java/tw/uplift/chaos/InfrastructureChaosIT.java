package tw.uplift.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tw.uplift.contracts.Topic;
import tw.uplift.launcher.EmbeddedMongo;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.PortPlan;
import tw.uplift.launcher.ServiceProcess;
import tw.uplift.launcher.ServiceSpec;
import tw.uplift.chaos.support.ChaosScale;

/**
 * Faults of the infrastructure under load (issue #15, item 3): poison on every topic, a broker outage, the store
 * restarted, and a restore from a backup taken mid-flow, all on one whole system as {@code ./uplift run} starts it
 * (services as processes, the Kafka child, the embedded store), started once: the restore, which restarts it, comes
 * last. Each scenario prints what it checked and its counts ({@link Chaos#report}); sizes from {@link InfraScale}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfrastructureChaosIT {

    private static final InfraScale SCALE = InfraScale.current();
    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    /** A health probe that has no answer within this is reported as a timeout (a hang, to a load balancer). */
    private static final Duration PROBE = Duration.ofSeconds(2);

    private static Path data;
    private static PortPlan ports;
    private static LocalSystem system;
    private static MongoClient mongo;

    @BeforeAll
    static void startTheSystem() throws IOException {
        data = Files.createTempDirectory("uplift-chaos-infra-");
        ports = PortPlan.random();
        system = start();
        mongo = MongoClients.create(system.mongoUri("admin"));
    }

    private static LocalSystem start() {
        // No gateway: the scenarios call the services directly, and it would only lengthen both starts.
        LocalSystem started = LocalSystem.builder().dataDir(data).ports(ports).withoutGateway().stopOnJvmExit()
                .progress(line -> System.out.println("[chaos] " + line)).start();
        System.out.println("[chaos] system (" + SCALE.name() + " scale) ready in " + Chaos.seconds(started.startupTime())
                + ", data in " + data);
        return started;
    }

    @AfterAll
    static void stop() {
        if (mongo != null) {
            mongo.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void poisonOnEveryTopicIsDeadLetteredByEveryConsumingGroupAndConsumptionGoesOn() {
        PoisonMessages poison = new PoisonMessages(system);
        List<PoisonMessages.Sent> sent = poison.sendToEveryTopic();
        Duration dead = Chaos.await("every poison record in the dead letters of every group reading its topic",
                Duration.ofMinutes(2), () -> poison.notYetDeadLettered().isEmpty());

        // Good events after the poison, on every consumed topic: a plan submitted (plan-events, then review-events and
        // deadline-events downstream) and a survey opened (survey-events).
        PlanSubmissions plans = new PlanSubmissions(system);
        List<String> planIds = plans.awaitingHead(2);
        planIds.forEach(id -> plans.submit(id).expect(200));
        String surveyId = Surveys.opened(system, "毒訊息之後的調查");
        Chaos.await("the plans' tasks and inbox items, the survey's close deadline", CATCH_UP,
                () -> PlanSubmissions.complete(PlanSubmissions.effects(mongo, planIds)) == planIds.size()
                        && Stores.surveyCloseDeadlines(mongo, surveyId) == 1);
        Broker broker = new Broker(system.kafkaBootstrapServers());
        Chaos.await("every group at the end of every topic it reads", CATCH_UP,
                () -> broker.lags().values().stream().allMatch(lag -> lag == 0));
        Map<String, PlanSubmissions.Effects> effects = PlanSubmissions.effects(mongo, planIds);
        boolean allAlive = system.services().stream().allMatch(s -> s.process().isAlive());

        Map<String, Long> byKind = sent.stream().collect(Collectors.groupingBy(PoisonMessages.Sent::kind,
                TreeMap::new, Collectors.counting()));
        Chaos.report("poison on every topic: " + sent.size() + " records " + byKind + " on "
                + Broker.CONSUMERS.size() + " topics × every partition · dead letters "
                + poison.expectedDeadLetters() + " of " + poison.expectedDeadLetters() + " expected in "
                + Broker.CONSUMERS.values().stream().mapToInt(List::size).sum() + " groups' /admin/dead-letters within "
                + Chaos.seconds(dead) + " · good events after it processed: plans " + PlanSubmissions.complete(effects)
                + "/" + planIds.size() + ", survey deadline " + Stores.surveyCloseDeadlines(mongo, surveyId)
                + "/1 · lag 0 on every group · services alive: " + (allAlive ? "yes" : "NO"));
        assertTrue(allAlive, "a service died on poison");
        assertEquals(0, PlanSubmissions.doubled(effects));
    }

    @Test
    @Order(2)
    void brokerOutageUnderSurveyLoadLosesAndDoublesNothing() {
        Map<ServiceSpec, Long> pidsBefore = pids();
        PlanSubmissions plans = new PlanSubmissions(system);
        List<String> duringOutage = plans.awaitingHead(SCALE.plans());
        List<String> afterOutage = plans.awaitingHead(SCALE.plans());
        Broker broker = new Broker(system.kafkaBootstrapServers());
        try (SurveyLoad load = SurveyLoad.onNewSurvey(system, SCALE.clients())) {
            load.start(SCALE.answersPerSecond());
            Chaos.sleep(Duration.ofSeconds(3));

            long down = System.nanoTime();
            system.stopKafka();
            Duration stopping = Duration.ofNanos(System.nanoTime() - down);
            long stopped = System.nanoTime();
            // State changes while the broker is away: each one's events wait in its service's outbox.
            Map<String, Caller.Reply> submitted = new HashMap<>();
            duringOutage.forEach(id -> submitted.put(id, plans.submit(id)));
            String openedDuring = Surveys.opened(system, "中斷期間開放的調查");
            Duration left = SCALE.brokerOutage().minusNanos(System.nanoTime() - stopped);
            if (!left.isNegative()) {
                Chaos.sleep(left);
            }
            Duration away = Duration.ofNanos(System.nanoTime() - stopped);
            long backlog = Stores.pendingEvents(mongo);
            long restarting = System.nanoTime();
            system.startKafka();
            Duration restart = Duration.ofNanos(System.nanoTime() - restarting);
            Duration outage = Duration.ofNanos(System.nanoTime() - down);
            Duration drained = Chaos.await("the outboxes empty after the broker came back", CATCH_UP,
                    () -> Stores.pendingEvents(mongo) == 0);

            // State changes after it: consumers must have resumed by themselves for their effects to appear.
            long after = System.nanoTime();
            afterOutage.forEach(id -> submitted.put(id, plans.submit(id)));
            String openedAfter = Surveys.opened(system, "恢復之後開放的調查");
            Duration resumed = Chaos.await("the effects of the plans and the survey after the outage", CATCH_UP,
                    () -> PlanSubmissions.complete(PlanSubmissions.effects(mongo, afterOutage)) == afterOutage.size()
                            && Stores.surveyCloseDeadlines(mongo, openedAfter) == 1);
            Duration resumedSinceFirst = Duration.ofNanos(System.nanoTime() - after);
            Chaos.sleep(Duration.ofSeconds(3));
            load.stop();
            load.retryRefused();

            List<String> all = Stream.concat(duringOutage.stream(), afterOutage.stream()).toList();
            Chaos.await("every submitted plan's task and inbox item, both surveys' deadlines",
                    CATCH_UP, () -> PlanSubmissions.complete(PlanSubmissions.effects(mongo, all)) == all.size()
                            && Stores.surveyCloseDeadlines(mongo, openedDuring) == 1
                            && Stores.surveyCloseDeadlines(mongo, openedAfter) == 1);
            Chaos.await("every group at the end of every topic it reads", CATCH_UP,
                    () -> broker.lags().values().stream().allMatch(lag -> lag == 0));
            Map<String, PlanSubmissions.Effects> effects = PlanSubmissions.effects(mongo, all);
            SurveyLoad.Count answers = load.count(mongo);
            long refusedSubmissions = submitted.values().stream().filter(r -> !r.accepted()).count();
            boolean sameProcesses = pids().equals(pidsBefore) && system.services().stream().allMatch(s -> s.process().isAlive());

            Chaos.report("broker outage " + Chaos.seconds(outage) + " (clean stop " + Chaos.seconds(stopping)
                    + ", down " + Chaos.seconds(away) + ", start until ready " + Chaos.seconds(restart)
                    + ") under survey load (" + SCALE.answersPerSecond()
                    + "/s from " + SCALE.clients() + " citizens): answers sent " + Chaos.number(answers.sent())
                    + " · accepted " + Chaos.number(answers.accepted()) + " · " + answers.refusedText() + " · counted "
                    + Chaos.number(answers.counted()) + " (lost " + answers.acceptedNotCounted() + ", doubled "
                    + answers.countedTwice() + ") · plans submitted " + all.size() + " (" + duringOutage.size()
                    + " during the outage, refused " + refusedSubmissions + "), tasks+inbox once each "
                    + PlanSubmissions.complete(effects) + "/" + all.size() + " (missing " + PlanSubmissions.missing(effects)
                    + ", doubled " + PlanSubmissions.doubled(effects) + ") · relay backlog at restart " + backlog
                    + " events → 0 in " + Chaos.seconds(drained) + " · survey deadlines (opened during / after) "
                    + Stores.surveyCloseDeadlines(mongo, openedDuring) + "/" + Stores.surveyCloseDeadlines(mongo, openedAfter)
                    + " · effects of events made after the outage (tasks, inbox, deadline) within "
                    + Chaos.seconds(resumedSinceFirst) + " of the first (awaited " + Chaos.seconds(resumed) + ")"
                    + " · consumers resumed without restart: " + (sameProcesses ? "yes" : "NO"));
            if (!load.refusalExamples().isEmpty()) {
                Chaos.report("  answers refused during the outage: " + load.refusalExamples());
            }
            assertEquals(0, answers.acceptedNotCounted(), "accepted answers not counted");
            assertEquals(0, answers.countedTwice(), "answers counted twice");
            assertEquals(answers.accepted(), answers.counted(), "every accepted answer counted once");
            assertEquals(0, refusedSubmissions, "submissions refused while the broker was away (the outbox takes them)");
            assertEquals(0, PlanSubmissions.doubled(effects));
            assertTrue(sameProcesses, "a service was restarted or died");
        }
    }

    @Test
    @Order(3)
    void storeRestartedUnderLoadLosesAndDoublesNothingAndServicesRecoverByThemselves() {
        Map<ServiceSpec, Long> pidsBefore = pids();
        PlanSubmissions plans = new PlanSubmissions(system);
        List<String> waiting = plans.awaitingHead(SCALE.plans() * 2);
        Map<String, Caller.Reply> submitted = new ConcurrentHashMap<>();
        Map<String, Integer> healthDuringGap = new TreeMap<>();
        try (SurveyLoad load = SurveyLoad.onNewSurvey(system, SCALE.clients())) {
            load.start(SCALE.answersPerSecond());
            AtomicBoolean flowing = new AtomicBoolean(true);
            // The heads' submissions spread over the whole scenario, the store's gap included.
            Duration spacing = SCALE.storeOutage().plusSeconds(5).dividedBy(waiting.size());
            Thread heads = Thread.ofVirtual().start(() -> {
                for (String id : waiting) {
                    if (!flowing.get()) {
                        break;
                    }
                    submitted.put(id, plans.submit(id));
                    Chaos.sleep(spacing);
                }
            });
            Chaos.sleep(Duration.ofSeconds(2));

            String ops = system.tokenFor("ops");
            Map<String, String> healthBefore = new TreeMap<>();
            system.services().forEach(s -> healthBefore.put(s.spec().name(),
                    new Caller(s.url(), ops, PROBE).get("/actuator/health").outcome()));
            long down = System.nanoTime();
            system.stopStore();
            while (System.nanoTime() - down < SCALE.storeOutage().toNanos()) {
                long probed = System.nanoTime();
                // All probes at once, each given up after PROBE: the gap is not stretched by hanging probes.
                try (var probes = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                    for (ServiceProcess service : system.services()) {
                        probes.submit(() -> {
                            Caller.Reply readiness = new Caller(service.url(), null, PROBE).get("/actuator/health/readiness");
                            Caller.Reply health = new Caller(service.url(), ops, PROBE).get("/actuator/health");
                            synchronized (healthDuringGap) {
                                healthDuringGap.merge(service.spec().name() + " readiness " + readiness.outcome(), 1,
                                        Integer::sum);
                                healthDuringGap.merge(service.spec().name() + " health " + health.outcome() + " "
                                        + health.body().path("status").asString(""), 1, Integer::sum);
                            }
                        });
                    }
                }
                Chaos.sleep(Duration.ofMillis(Math.max(0, 1000 - (System.nanoTime() - probed) / 1_000_000)));
            }
            system.startStore();
            Duration outage = Duration.ofNanos(System.nanoTime() - down);
            // Ready again (what the launcher and a Kubernetes probe wait for); the health document is only reported:
            // MongoDB's health indicator asks the embedded store for the `hello` command, which it does not know.
            Duration healthy = Chaos.await("every service ready again", CATCH_UP,
                    () -> system.services().stream().allMatch(s -> new Caller(s.url(), null, PROBE)
                            .get("/actuator/health/readiness").status() == 200));
            Map<String, String> healthAfter = new TreeMap<>();
            system.services().forEach(s -> healthAfter.put(s.spec().name(),
                    new Caller(s.url(), ops, PROBE).get("/actuator/health").outcome()));
            Chaos.sleep(Duration.ofSeconds(3));
            flowing.set(false);
            join(heads);
            load.stop();
            load.retryRefused();
            // A head whose submission was refused sends it again (as they would, seeing the error).
            submitted.forEach((id, reply) -> {
                if (!reply.accepted() && "AWAITING_HEAD".equals(plans.status(id))) {
                    submitted.put(id, plans.submit(id));
                }
            });

            List<String> sent = List.copyOf(submitted.keySet());
            List<String> accepted = sent.stream().filter(id -> submitted.get(id).accepted()
                    || !"AWAITING_HEAD".equals(plans.status(id))).toList();
            Chaos.await("every submitted plan's task and inbox item", CATCH_UP,
                    () -> PlanSubmissions.complete(PlanSubmissions.effects(mongo, accepted)) == accepted.size());
            Map<String, PlanSubmissions.Effects> effects = PlanSubmissions.effects(mongo, accepted);
            long lostSubmissions = accepted.stream().filter(id -> "AWAITING_HEAD".equals(plans.status(id))).count();
            SurveyLoad.Count answers = load.count(mongo);
            boolean sameProcesses = pids().equals(pidsBefore) && system.services().stream().allMatch(s -> s.process().isAlive());

            Chaos.report("store restarted (down " + Chaos.seconds(outage) + ") under load: answers sent "
                    + Chaos.number(answers.sent()) + " · accepted " + Chaos.number(answers.acceptedFirstTime())
                    + " first time, " + answers.refusedText() + ", accepted on retry with the same key "
                    + answers.acceptedOnRetry() + " · counted " + Chaos.number(answers.counted()) + " (lost "
                    + answers.acceptedNotCounted() + ", doubled " + answers.countedTwice() + ") · plans submitted "
                    + accepted.size() + "/" + sent.size() + ", tasks+inbox once each " + PlanSubmissions.complete(effects)
                    + " (lost " + lostSubmissions + ", doubled " + PlanSubmissions.doubled(effects) + ") · ready again "
                    + Chaos.seconds(healthy) + " after the store came back, without restart: " + (sameProcesses ? "yes" : "NO"));
            Chaos.report("  health probes during the gap (once a second): " + healthDuringGap + "; /actuator/health before: "
                    + healthBefore + ", after: " + healthAfter);
            Chaos.report("  answers refused during the gap: " + load.refusalExamples());
            assertEquals(0, answers.acceptedNotCounted(), "accepted answers not counted");
            assertEquals(0, answers.countedTwice(), "answers counted twice");
            assertEquals(answers.accepted(), answers.counted(), "every accepted answer counted once");
            assertEquals(0, lostSubmissions);
            assertEquals(0, PlanSubmissions.doubled(effects));
            assertTrue(sameProcesses, "a service was restarted or died");
            assertTrue(load.refusalExamples().values().stream().noneMatch(text -> text.contains("\tat ")
                    || text.contains("Exception:")), "a refusal shows a stack trace: " + load.refusalExamples());
            assertTrue(load.refusalExamples().keySet().stream().noneMatch(outcome -> outcome.startsWith("500")),
                    "the store's gap answered with 500 instead of 503: " + load.refusalExamples());
            assertTrue(submitted.values().stream().noneMatch(r -> r.status() == 500), "a submission answered 500");
        }
    }

    @Test
    @Order(4)
    void restoreFromABackupTakenMidFlowRepublishesWhatWasPendingAndDoublesNothing() throws IOException {
        assumeTrue(ChaosScale.current().isFull(), "the restore stops and starts the whole system a second time (about "
                + "2 min on two cores): only in ./uplift chaos (-Duplift.chaos.scale=full)");
        PlanSubmissions plans = new PlanSubmissions(system);
        // Enough waiting plans for one submission every 800 ms through the whole scenario, the backup and after it.
        List<String> waiting = plans.awaitingHead(Math.min(SCALE.plans() * 6, 50));
        Map<String, Caller.Reply> submitted = new ConcurrentHashMap<>();
        Path kafkaCopy = data.resolveSibling(data.getFileName() + "-backup-kafka");
        StoreBackup backup;
        long pendingAtBackup;
        List<String> pendingIds;
        List<String> surveys = Collections.synchronizedList(new ArrayList<>());
        try (SurveyLoad load = SurveyLoad.onNewSurvey(system, SCALE.clients())) {
            load.start(SCALE.answersPerSecond());
            AtomicBoolean flowing = new AtomicBoolean(true);
            Thread heads = Thread.ofVirtual().start(() -> {
                int n = 0;
                for (String id : waiting) {
                    if (!flowing.get()) {
                        break;
                    }
                    submitted.put(id, plans.submit(id));
                    if (++n % 3 == 0) {
                        surveys.add(Surveys.opened(system, "備份演練調查 " + n));
                    }
                    Chaos.sleep(Duration.ofMillis(800));
                }
            });
            Chaos.sleep(Duration.ofSeconds(3));

            // The backup, mid-flow, of the local data folder as a whole: the broker stopped first (its log directory is
            // copied while it is down; the flow goes on meanwhile, its events waiting in the outboxes), then the services
            // frozen, the store copied through the driver and the broker's folder copied, the services thawed and the
            // broker started again: store and broker of one instant, with events pending.
            system.stopKafka();
            Chaos.sleep(Duration.ofSeconds(2));
            Pause.freeze(system.services());
            try {
                backup = StoreBackup.take(mongo);
                pendingAtBackup = Stores.pendingEvents(mongo);
                pendingIds = Stores.pendingEventIds(mongo);
                copy(system.dataDir().kafka(), kafkaCopy);
            } finally {
                Pause.thaw(system.services());
            }
            system.startKafka();
            Chaos.sleep(Duration.ofSeconds(3)); // the flow goes on: this is what the restore undoes
            flowing.set(false);
            join(heads);
            load.stop();
        }

        // Everything stopped, the backup put back (an empty store filled from the copy, the broker's folder replaced),
        // everything started again on the same folder and ports.
        system.close();
        mongo.close();
        Files.delete(data.resolve("mongo.mv"));
        deleteRecursively(system.dataDir().kafka());
        copy(kafkaCopy, system.dataDir().kafka());
        EmbeddedMongo store = EmbeddedMongo.start(data.resolve("mongo.mv"), ports.mongo());
        try (MongoClient restoring = MongoClients.create(store.uri("admin"))) {
            backup.restoreInto(restoring);
        } finally {
            store.close();
        }
        long restart = System.nanoTime();
        system = start();
        mongo = MongoClients.create(system.mongoUri("admin"));
        Duration republished = Chaos.await("the outboxes empty after the restart", CATCH_UP,
                () -> Stores.pendingEvents(mongo) == 0);
        Duration sinceRestart = Duration.ofNanos(System.nanoTime() - restart);

        // Lost, after a restore to an earlier point: a cause that is in the restored store (a plan SUBMITTED or later, a
        // survey OPEN) whose effect is missing once everything is quiet. Work done after the backup is undone by the
        // restore by definition (counted apart); an effect of such undone work that survived would be a phantom.
        Map<String, String> status = new HashMap<>();
        for (Document plan : mongo.getDatabase(ServiceSpec.PLAN.database()).getCollection("plans")
                .find(Filters.in("_id", submitted.keySet())).projection(new Document("status", 1))) {
            status.put(plan.get("_id").toString(), plan.getString("status"));
        }
        List<String> submittedInBackup = submitted.keySet().stream()
                .filter(id -> status.get(id) != null && !"AWAITING_HEAD".equals(status.get(id))).toList();
        List<String> undone = submitted.keySet().stream().filter(id -> "AWAITING_HEAD".equals(status.get(id))).toList();
        Set<String> openInBackup = mongo.getDatabase(ServiceSpec.SURVEY.database()).getCollection("surveys")
                .find(Filters.and(Filters.in("_id", surveys), Filters.eq("status", "OPEN"))).projection(new Document("_id", 1))
                .map(d -> d.get("_id").toString()).into(new java.util.HashSet<>());
        Broker broker = new Broker(system.kafkaBootstrapServers());
        Chaos.await("every effect of what the backup holds", CATCH_UP,
                () -> PlanSubmissions.complete(PlanSubmissions.effects(mongo, submittedInBackup)) == submittedInBackup.size()
                        && openInBackup.stream().allMatch(s -> Stores.surveyCloseDeadlines(mongo, s) == 1));
        Chaos.await("every group at the end of every topic it reads", CATCH_UP,
                () -> broker.lags().values().stream().allMatch(lag -> lag == 0));
        Map<String, PlanSubmissions.Effects> effects = PlanSubmissions.effects(mongo, submittedInBackup);
        Map<String, PlanSubmissions.Effects> phantoms = PlanSubmissions.effects(mongo, undone);
        long phantomEffects = phantoms.values().stream().mapToLong(e -> e.tasks() + e.inboxItems()).sum();
        long surveysLost = openInBackup.stream().filter(s -> Stores.surveyCloseDeadlines(mongo, s) == 0).count();
        long surveysDoubled = openInBackup.stream().filter(s -> Stores.surveyCloseDeadlines(mongo, s) > 1).count();
        phantomEffects += surveys.stream().filter(s -> !openInBackup.contains(s))
                .mapToLong(s -> Stores.surveyCloseDeadlines(mongo, s)).sum();
        Map<String, Integer> onTheBroker = new HashMap<>();
        for (Topic topic : Topic.values()) {
            broker.eventIds(topic).forEach(id -> onTheBroker.merge(id, 1, Integer::sum));
        }
        long republishedOnBroker = pendingIds.stream().filter(onTheBroker::containsKey).count();
        long twiceOnBroker = pendingIds.stream().filter(id -> onTheBroker.getOrDefault(id, 0) > 1).count();
        long answersCounted = tallyOf(mongo);

        Chaos.report("restore from a backup taken mid-flow: backup " + Chaos.number(backup.documents()) + " documents in "
                + backup.collectionCount() + " collections (outbox markers left out) · events pending at backup "
                + pendingAtBackup + " → republished by the start-up sweep " + republishedOnBroker + " (outboxes empty "
                + Chaos.seconds(republished) + " after the system was ready, " + Chaos.seconds(sinceRestart)
                + " after the restart began), already on the broker before (sent, not yet pulled) " + twiceOnBroker
                + " · plans submitted in the backup " + submittedInBackup.size() + ": tasks+inbox once each "
                + PlanSubmissions.complete(effects) + " (lost " + PlanSubmissions.missing(effects) + ", doubled "
                + PlanSubmissions.doubled(effects) + ") · surveys open in the backup " + openInBackup.size()
                + ": close deadlines lost " + surveysLost + ", doubled " + surveysDoubled + " · undone by the restore "
                + "(after the backup) " + undone.size() + " plan submissions and " + (surveys.size() - openInBackup.size())
                + " survey openings, their effects left " + phantomEffects
                + " · answers: tally equals counted receipts " + answersCounted + " (doubled 0)");
        assertTrue(pendingAtBackup > 0, "the backup was taken with events pending (else the sweep is not tested)");
        assertEquals(pendingIds.size(), republishedOnBroker, "every event pending at backup on the broker after");
        assertEquals(0, PlanSubmissions.missing(effects));
        assertEquals(0, PlanSubmissions.doubled(effects));
        assertEquals(0, surveysLost);
        assertEquals(0, surveysDoubled);
        assertEquals(0, phantomEffects, "effects of work the restore undid");
    }

    /** Every survey's tally n equals its counted receipts; returns the total counted (fails on a difference). */
    private static long tallyOf(MongoClient mongo) {
        long total = 0;
        for (Document survey : mongo.getDatabase(ServiceSpec.SURVEY.database()).getCollection("surveys").find()
                .projection(new Document("_id", 1))) {
            String id = survey.get("_id").toString();
            long receipts = mongo.getDatabase(ServiceSpec.SURVEY.database()).getCollection("survey_responses")
                    .countDocuments(Filters.and(Filters.eq("surveyId", id), Filters.eq("counted", true)));
            long n = new Caller(system.serviceUrl(ServiceSpec.SURVEY), system.tokenFor("clerk"))
                    .get("/api/surveys/" + id + "/results").body().path("n").asLong(receipts);
            assertEquals(receipts, n, "survey " + id + ": tally n against counted receipts");
            total += n;
        }
        return total;
    }

    private static Map<ServiceSpec, Long> pids() {
        Map<ServiceSpec, Long> pids = new HashMap<>();
        system.services().forEach(s -> pids.put(s.spec(), s.process().pid()));
        return pids;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        deleteRecursively(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
