package tw.uplift.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.PortPlan;
import tw.uplift.launcher.SystemMemory;
import tw.uplift.platform.test.bench.BenchFigure;
import tw.uplift.platform.test.bench.BenchReport;
import tw.uplift.platform.test.bench.Stats;

/**
 * The benchmarks that need the whole system as {@code ./uplift run} starts it (services and gateway as processes, the
 * Kafka child, the embedded store), in one go because starting it is the expensive part:
 * <ol>
 *   <li>start-up and memory: a first start in an empty data folder (it trains the start-up caches, as {@code ./uplift
 *       run} does), stopped, then a second start of the same folder, each until every part answers ready; then the
 *       proportional set size of all its processes (shared pages counted once) and their resident set size;</li>
 *   <li>the anchors on the same broker and store: raw produce → consume latency and producer rate (acks=all), raw
 *       single and batched inserts and reads by {@code _id};</li>
 *   <li>the event hop: 1,000 plan submissions at a steady 20/s, then 250 at 5/s, PlanSubmitted → ReviewTaskAssigned →
 *       inbox item, with how busy the whole system kept the cores meanwhile.</li>
 * </ol>
 * A benchmark, not a test: it asserts nothing and is run only by {@code ./uplift bench}.
 */
class WholeSystemBenchmark {

    private static final String NAME = "whole system";
    private static final int HOP_SUBMISSIONS = 1_000;
    private static final double HOP_RATE = 20;
    private static final int ROUNDS = 3;
    private static final double MIB = 1024.0 * 1024.0;

    @Test
    void wholeSystem() throws Exception {
        Path data = Files.createTempDirectory("uplift-bench-");
        PortPlan ports = PortPlan.random();
        double firstStart;
        // The first start trains the start-up caches as ./uplift run does (where a build left them, it uses them).
        try (LocalSystem first = start(LocalSystem.builder().trainStartupCaches(), data, ports)) {
            firstStart = first.startupTime().toMillis() / 1000.0;
        }
        try (LocalSystem system = start(LocalSystem.builder(), data, ports)) {
            double secondStart = system.startupTime().toMillis() / 1000.0;
            SystemMemory memory = system.memory();
            System.out.println("[bench] memory after the second start: " + memory.summary());
            BenchReport.record(BenchFigure.informational("local run", "ready, first start (empty data folder, trains)",
                    List.of(firstStart), "s", null, Double.NaN));
            BenchReport.record(BenchFigure.atMost("local run", "ready, second start (all healthy, gateway, mail sink)",
                    List.of(secondStart), "s", null, Double.NaN, "≤ 15 s", 15));
            if (memory.measured()) {
                BenchReport.record(BenchFigure.atMost("local run", "memory after start, PSS of all " + memory.processes()
                        .size() + " processes", List.of(memory.pssBytes() / MIB), "MiB", null, Double.NaN,
                        "≤ 1.5 GiB", 1536));
                BenchReport.record(BenchFigure.informational("local run", "memory after start, RSS (shared counted "
                        + "in each)", List.of(memory.rssBytes() / MIB), "MiB", null, Double.NaN));
            }
            double kafkaP99 = brokerAnchors(system);
            storeAnchors(system);
            eventHop(system, kafkaP99);
        }
    }

    private static LocalSystem start(LocalSystem.Builder builder, Path data, PortPlan ports) {
        return builder.dataDir(data).ports(ports).stopOnJvmExit()
                .progress(line -> System.out.println("[bench] " + line)).start();
    }

    /** Returns the median p99 of the raw round trips, the anchor of the hop. */
    private double brokerAnchors(LocalSystem system) {
        KafkaAnchor kafka = new KafkaAnchor(system.kafkaBootstrapServers());
        kafka.roundTrips("bench-anchor-latency", 200, 50); // warm-up
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<Double> trips = kafka.roundTrips("bench-anchor-latency", 500, 50);
            p50.add(Stats.percentile(trips, 50));
            p99.add(Stats.percentile(trips, 99));
        }
        kafka.producerRate("bench-anchor-rate", 20_000); // warm-up
        List<Double> rate = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            rate.add(kafka.producerRate("bench-anchor-rate", 50_000));
        }
        BenchReport.record(BenchFigure.informational("anchors", "Kafka produce → consume p50 (raw, 1 KiB)", p50, "ms",
                null, Double.NaN));
        BenchReport.record(BenchFigure.informational("anchors", "Kafka produce → consume p99 (raw, 1 KiB)", p99, "ms",
                null, Double.NaN));
        BenchReport.record(BenchFigure.informational("anchors", "Kafka producer rate (acks=all, idempotent, 1 KiB)",
                rate, "/s", null, Double.NaN));
        return Stats.median(p99);
    }

    private void storeAnchors(LocalSystem system) {
        try (StoreAnchor store = new StoreAnchor(system.mongoUri("bench"))) {
            store.singleInserts(2_000); // warm-up
            store.idReads(2_000);
            List<Double> single = new ArrayList<>();
            List<Double> batched = new ArrayList<>();
            List<Double> reads = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                single.add(store.singleInserts(3_000));
                batched.add(store.batchedInserts(20_000, 500));
                reads.add(store.idReads(5_000));
            }
            BenchReport.record(BenchFigure.informational("anchors", "store: single inserts (local run's store)", single,
                    "/s", null, Double.NaN));
            BenchReport.record(BenchFigure.informational("anchors", "store: batched inserts (500 per call)", batched,
                    "/s", null, Double.NaN));
            BenchReport.record(BenchFigure.informational("anchors", "store: reads by _id", reads, "/s", null,
                    Double.NaN));
        }
    }

    private void eventHop(LocalSystem system, double kafkaP99) {
        try (EventHop hop = new EventHop(system)) {
            hop.submit(hop.awaitingHead(50), HOP_RATE); // warm-up: every step's first calls, JIT, consumers
            hopAt(system, hop, HOP_SUBMISSIONS, HOP_RATE, kafkaP99);
            // The same at a quarter of the rate: how much of the tail is the machine queueing at 20/s.
            hopAt(system, hop, HOP_SUBMISSIONS / 4, HOP_RATE / 4, kafkaP99);
        }
    }

    private void hopAt(LocalSystem system, EventHop hop, int submissions, double rate, double kafkaP99) {
        List<String> plans = hop.awaitingHead(submissions);
        SystemCpu cpu = SystemCpu.start(system);
        EventHop.Hops hops = hop.submit(plans, rate);
        double busy = cpu.busyPercent();
        double goal = 2 * kafkaP99 + 10;
        String anchor = "raw produce → consume p99";
        String goalText = "p99 ≤ 2 × anchor + 10 ms";
        String name = "event hop (" + submissions + " at " + (int) rate + "/s)";
        BenchReport.record(BenchFigure.informational(name, "CPU busy, all processes of the local run",
                List.of(busy), "%", null, Double.NaN));
        BenchReport.record(BenchFigure.informational(name, "PlanSubmitted → ReviewTaskAssigned p50",
                List.of(Stats.percentile(hops.submittedToAssigned(), 50)), "ms", null, Double.NaN));
        BenchReport.record(BenchFigure.informational(name, "PlanSubmitted → ReviewTaskAssigned p90",
                List.of(Stats.percentile(hops.submittedToAssigned(), 90)), "ms", null, Double.NaN));
        BenchReport.record(BenchFigure.atMost(name, "PlanSubmitted → ReviewTaskAssigned p99",
                List.of(Stats.percentile(hops.submittedToAssigned(), 99)), "ms", anchor, kafkaP99, goalText, goal));
        BenchReport.record(BenchFigure.informational(name, "ReviewTaskAssigned → inbox item stored p50",
                List.of(Stats.percentile(hops.assignedToInbox(), 50)), "ms", null, Double.NaN));
        BenchReport.record(BenchFigure.atMost(name, "ReviewTaskAssigned → inbox item stored p99",
                List.of(Stats.percentile(hops.assignedToInbox(), 99)), "ms", anchor, kafkaP99, goalText, goal));
        BenchReport.record(BenchFigure.informational(name, "PlanSubmitted → inbox item stored p99",
                List.of(Stats.percentile(hops.submittedToInbox(), 99)), "ms", anchor, kafkaP99));
    }
}
