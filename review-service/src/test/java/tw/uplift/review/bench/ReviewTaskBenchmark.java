package tw.uplift.review.bench;

import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.test.bench.BenchFigure;
import tw.uplift.platform.test.bench.BenchReport;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskService;

/**
 * A benchmark, not a test (run it by name: {@code ./mvnw -o -pl review-service verify -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReviewTaskBenchmark}; nothing is asserted): review tasks
 * created and assigned per second from {@code PlanSubmitted}, three ways in one run, five rounds each, medians
 * printed:
 * <ol>
 *   <li><b>store floor</b> — inserting a document of the same size with no rule at all (the baseline);</li>
 *   <li><b>service</b> — {@link ReviewTaskService#onPlanSubmitted} called directly: redelivery check, working-day due
 *       date, the assignment rule over the body's pool and its open loads, the task with its outbox;</li>
 *   <li><b>from Kafka</b> — the events sent to {@code plan-events} in one burst, timed until every task is stored:
 *       the whole consumer path (decode, organisation copy, task, relay wake-up).</li>
 * </ol>
 * The goal compares the last with Flowable's process starts per second (in-memory H2, one user task), which
 * cannot run in this JVM (Flowable brings Spring 6): {@code ./uplift bench} measures Flowable in the bench module in
 * the same run and prints the comparison ({@code ReviewVersusFlowableBenchmark}).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "spring.config.name=review-service")
@WithUpliftInfrastructure
class ReviewTaskBenchmark {

    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 300;

    @Autowired
    ReviewTaskService tasks;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    TopicNames topics;

    @Test
    void tasksCreatedAndAssignedPerSecond() {
        // Warm-up: class loading, JIT, the consumer's first poll.
        service(100);
        kafka(100);
        List<Double> floor = new ArrayList<>();
        List<Double> service = new ArrayList<>();
        List<Double> kafka = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            floor.add(floor(PER_ROUND));
            service.add(service(PER_ROUND));
            kafka.add(kafka(PER_ROUND));
        }
        double f = median(floor);
        double s = median(service);
        double k = median(kafka);
        System.out.printf(Locale.ROOT, "%nReviewTaskBenchmark (%d rounds of %d tasks, medians)%n", ROUNDS, PER_ROUND);
        System.out.printf(Locale.ROOT, "  store floor (plain insert)        %8.1f /s   rounds %s%n", f, rounded(floor));
        System.out.printf(Locale.ROOT, "  service (onPlanSubmitted)         %8.1f /s   rounds %s   %.2f of the floor%n",
                s, rounded(service), s / f);
        System.out.printf(Locale.ROOT, "  from Kafka (PlanSubmitted burst)  %8.1f /s   rounds %s   %.2f of the floor%n",
                k, rounded(kafka), k / f);
        BenchReport.record(BenchFigure.informational("review tasks", "store floor (plain insert of a task-sized doc)",
                floor, "/s", null, Double.NaN));
        BenchReport.record(BenchFigure.informational("review tasks", "tasks via the service (onPlanSubmitted)", service,
                "/s", "store floor", f));
        // The bench module's ReviewVersusFlowableBenchmark reads this figure by name and compares it with Flowable.
        BenchReport.record(BenchFigure.informational("review tasks", "tasks from Kafka (PlanSubmitted burst)", kafka,
                "/s", "store floor", f));
    }

    /** Inserts {@code n} documents shaped like a task, without any rule. */
    private double floor(int n) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            mongo.insert(new Document("_id", UUID.randomUUID().toString()).append("kind", "PLAN_APPROVAL")
                    .append("subjectId", "plan-" + i).append("agencyId", "kcg-civil-affairs")
                    .append("supervisingBodyId", "kcg-rdec").append("status", "OPEN").append("content",
                            new Document("dimensions", List.of())), "bench_floor");
        }
        return perSecond(n, start);
    }

    /** Calls the service as the intake would, {@code n} times. */
    private double service(int n) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            tasks.onPlanSubmitted(UUID.randomUUID().toString(), Instant.now(), submission());
        }
        return perSecond(n, start);
    }

    /** Sends {@code n} submissions to Kafka at once and waits until each has its task. */
    private double kafka(int n) {
        List<EventEnvelope<PlanSubmitted>> events = new ArrayList<>();
        List<String> plans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PlanSubmitted submitted = submission();
            plans.add(submitted.planId());
            events.add(KafkaProbe.envelope(submitted, 1));
        }
        long start = System.nanoTime();
        KafkaProbe.sendAll(topics.of(Topic.PLAN), events);
        // One partition, consumed in order: the last event's task (its id derived from the event) comes last. Waiting
        // for it by _id costs the store nothing; a count over the tasks each poll would scan them all on this store
        // and take the CPU the consumer is being measured with.
        String lastTask = DerivedId.of(events.getLast().id(), "plan-approval");
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(5))
                .until(() -> mongo.findById(lastTask, Document.class, "review_tasks") != null);
        double rate = perSecond(n, start);
        long stored = mongo.count(Query.query(Criteria.where("subjectId").in(plans)), ReviewTask.class);
        if (stored != n) {
            throw new IllegalStateException(stored + " of " + n + " tasks stored when the last one was");
        }
        return rate;
    }

    private static PlanSubmitted submission() {
        PlanContentSnapshot content = new PlanContentSnapshot(List.of(new PlanContentSnapshot.Dimension("一",
                "完備基礎服務項目", List.of(new PlanContentSnapshot.FocusArea("(一)", "建立業務標準作業流程", List.of(
                        new PlanContentSnapshot.Measure("m-1", "1", "訂定標準作業流程(SOP)", null, List.of("秘書室"),
                                "12月31日前", null, null, null)))))));
        return new PlanSubmitted("plan-" + UUID.randomUUID(), "kcg-civil-affairs", "高雄市政府民政局", null, "kcg-rdec",
                115, "高雄市政府民政局115年度提升服務執行計畫", 1, 1, "clerk", Instant.now(), content);
    }

    private static double perSecond(int n, long startNanos) {
        return n / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }
}
