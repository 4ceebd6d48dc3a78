package tw.uplift.plan.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.plan.authoring.AgencyPlans;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.Plans;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.test.bench.BenchFigure;
import tw.uplift.platform.test.bench.BenchReport;
import tw.uplift.platform.test.bench.Stats;

/**
 * A benchmark, not a test (run it by name, with the full JIT: {@code ./mvnw -o -pl plan-service -am verify -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PlanListGrowthBenchmark -Dfailsafe.failIfNoSpecifiedTests=false
 * -Duplift.it.jit=}; nothing is asserted): does one agency's plan list (我的計畫, {@code GET /api/plans}) cost more
 * when other agencies' plans pile up in the store? The agency has {@value #OWN} plans (three years'); its clerk reads
 * the list over HTTP first with nothing else stored (the anchor, measured in this run), then with
 * {@code bench.plans.sizes} (default 10,000 and 100,000) plans of other agencies stored, {@value #PER_OTHER_AGENCY}
 * each, bulk-inserted in the stored form of a published plan with two measures (whose events the relay has
 * published), each listed under its agency as {@link AgencyPlans} lists a new plan. 1,000,000 plans (200,000
 * agencies' five years) is past any installation; add it with {@code -Dbench.plans.sizes=10000,100000,1000000}.
 * Each figure: the median of {@value #ROUNDS} rounds of {@value #REQUESTS} requests (mean per request), after a
 * warm-up. The goal (issue #14, item 5): ≤ 1.5 × the anchor at every size.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=plan-service")
@WithUpliftInfrastructure
class PlanListGrowthBenchmark {

    private static final String BENCHMARK = "plan list growth";
    private static final String AGENCY = Plans.CIVIL_AFFAIRS.id();
    private static final int OWN = 3;
    private static final int PER_OTHER_AGENCY = 5;
    private static final int ROUNDS = 5;
    private static final int REQUESTS = 10;
    private static final int WARM_UP_REQUESTS = 300;
    private static final int BATCH = 2_000;

    @Autowired
    AggregateStore store;

    @Autowired
    AgencyPlans agencyPlans;

    @Autowired
    MongoTemplate mongo;

    @LocalServerPort
    int port;

    @Test
    void anAgencysPlanListAsOtherAgenciesPlansPileUp() {
        for (int i = 0; i < OWN; i++) {
            String id = "p-bench-own-" + i;
            agencyPlans.add(AGENCY, id); // as PlanAuthoring makes a plan: listed first, then stored
            store.save(Plan.draft(id, AGENCY, 113 + i, Plans.draft(id).getText(), "clerk", Plans.NOW));
        }
        TestHttp http = new TestHttp(port);
        String token = TestTokens.agencyStaff("bench-clerk", AGENCY);
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            list(http, token);
        }
        List<Double> anchor = rounds(http, token);
        System.out.printf(Locale.ROOT, "%nPlanListGrowthBenchmark (%s, %d cores): no other plans: %.2f ms%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Stats.median(anchor));

        Document template = storedForm(Plans.published("template"));
        int stored = 0;
        for (int size : sizes()) {
            long seedStart = System.nanoTime();
            List<Document> batch = new ArrayList<>(BATCH);
            while (stored < size) {
                int i = stored++;
                Document plan = new Document(template);
                plan.put("_id", "p-ballast-" + i);
                plan.put("agencyId", "other-agency-" + i / PER_OTHER_AGENCY);
                plan.put("rocYear", 111 + i % PER_OTHER_AGENCY);
                batch.add(plan);
                if (batch.size() == BATCH || stored == size) {
                    listUnderAgencies(batch);
                    mongo.getCollection("plans").insertMany(batch);
                    batch.clear();
                }
            }
            System.out.printf(Locale.ROOT, "  %,d other plans stored in %.1f s%n", size,
                    (System.nanoTime() - seedStart) / 1e9);
            for (int i = 0; i < 5; i++) {
                list(http, token);
            }
            double a = Stats.median(anchor);
            BenchReport.record(BenchFigure.atMost(BENCHMARK, "GET /api/plans, " + label(size) + " other plans",
                    rounds(http, token), "ms", "same read, no other plans", a, "≤ 1.5 × anchor", 1.5 * a));
        }
    }

    private void listUnderAgencies(List<Document> batch) {
        java.util.Map<String, List<String>> byAgency = new java.util.LinkedHashMap<>();
        batch.forEach(p -> byAgency.computeIfAbsent(p.getString("agencyId"), a -> new ArrayList<>()).add(p.getString("_id")));
        agencyPlans.addAll(byAgency);
    }

    /** A plan as the store holds it once the relay has published its events. */
    private Document storedForm(Plan plan) {
        Document doc = new Document();
        mongo.getConverter().write(plan, doc);
        doc.put("pendingEvents", List.of());
        doc.put("version", 1L);
        return doc;
    }

    private static void list(TestHttp http, String token) {
        TestHttp.Reply reply = http.get("/api/plans", token);
        if (reply.status() != 200 || reply.body().size() != OWN) {
            throw new IllegalStateException("the list answered " + reply.status() + ": " + reply.text());
        }
    }

    /** {@value #ROUNDS} rounds, each the mean milliseconds of {@value #REQUESTS} requests. */
    private static List<Double> rounds(TestHttp http, String token) {
        List<Double> rounds = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < REQUESTS; i++) {
                list(http, token);
            }
            rounds.add((System.nanoTime() - start) / 1e6 / REQUESTS);
        }
        return rounds;
    }

    private static List<Integer> sizes() {
        return Arrays.stream(System.getProperty("bench.plans.sizes", "10000,100000").split(",")).map(String::strip)
                .map(Integer::valueOf).sorted().toList();
    }

    private static String label(int size) {
        return size >= 1_000_000 && size % 1_000_000 == 0 ? size / 1_000_000 + " M"
                : size >= 1_000 && size % 1_000 == 0 ? size / 1_000 + " k" : Integer.toString(size);
    }
}
