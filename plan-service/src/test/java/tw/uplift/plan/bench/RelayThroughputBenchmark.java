package tw.uplift.plan.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.plan.authoring.Plans;
import tw.uplift.platform.events.EventCodec;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.outbox.EventPublisher;
import tw.uplift.platform.outbox.OutboxAggregate;
import tw.uplift.platform.outbox.OutboxRelay;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.test.bench.BenchFigure;
import tw.uplift.platform.test.bench.BenchReport;
import tw.uplift.platform.test.bench.Stats;

/**
 * A benchmark, not a test (nothing is asserted; run it by name: {@code ./mvnw -B -ntp -o -pl plan-service -am verify
 * -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=RelayThroughputBenchmark
 * -Dfailsafe.failIfNoSpecifiedTests=false -Duplift.it.jit=}). The outbox relay of plan-service's own configuration
 * (its publisher, its store), against anchors measured in the same run on the same broker and store:
 * <ul>
 *   <li><b>relay rate</b>, events per second from saved aggregates to acknowledged by the broker and pulled from
 *       their aggregates: (a) one aggregate holding many events, drained by passes; (b) many one-event aggregates
 *       saved by eight writers in parallel, then drained; (b') the same while the writers save, the relay running
 *       as in production (woken by the saves), against the writers' own rate with no relay;</li>
 *   <li><b>anchors</b>: a plain {@link KafkaProducer} (acks=all, defaults otherwise) sending records of the same size
 *       and headers to a scratch topic, and single-document inserts of the same size into the same store from one
 *       thread; the goal is half of the slower of the two;</li>
 *   <li><b>hop latency</b>: a submitted plan saved through the service's {@link AggregateStore} until its
 *       {@code PlanSubmitted} reaches a consumer, with the service's relay running, at a steady rate; against a raw
 *       produce → consume on the same broker and consumer (goal from the issue: p99 ≤ 2 × raw p99 + 10 ms).</li>
 * </ul>
 * Medians of several rounds after a warm-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=plan-service", "uplift.outbox.auto-start=false"})
@WithUpliftInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelayThroughputBenchmark {

    private static final String NAME = "relay throughput";
    private static final int ROUNDS = 5;
    private static final int EVENTS_IN_ONE = 1_000;
    private static final int WRITERS = 8;
    private static final int AGGREGATES_PER_WRITER = 150;
    private static final int HOPS = 200;
    private static final Duration HOP_SPACING = Duration.ofMillis(10);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventPublisher publisher;
    @Autowired
    TopicNames topics;
    @Autowired
    AggregateStore serviceStore;
    @Autowired
    OutboxRelay serviceRelay;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;

    private final EventCodec codec = new EventCodec();
    private KafkaProducer<byte[], byte[]> rawProducer;
    private String scratchTopic;

    @BeforeAll
    void rawProducer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        rawProducer = new KafkaProducer<>(props);
        scratchTopic = topics.of(Topic.PLAN) + ".bench-raw";
    }

    @AfterAll
    void closeRawProducer() {
        rawProducer.close();
    }

    /** A stand-in aggregate of the benchmark's own collection, holding as many submissions as asked. */
    @org.springframework.data.mongodb.core.mapping.Document("bench_outbox")
    static class Outbound extends OutboxAggregate {

        Outbound() {
        }

        Outbound(String id, int events) {
            super(id);
            for (int i = 0; i < events; i++) {
                record(submission(id), Instant.now());
            }
        }
    }

    @Test
    void relayRatesAgainstRawProduceAndRawInserts() throws Exception {
        // Warm-up: class loading, JIT, topic creation, producer metadata.
        rawProduce(2_000);
        rawInserts(2_000);
        oneAggregate(EVENTS_IN_ONE);
        manyDrained(WRITERS, 40);
        manyAggregates(WRITERS, 40);
        writersAlone(WRITERS, 40);

        List<Double> produce = new ArrayList<>();
        List<Double> inserts = new ArrayList<>();
        List<Double> one = new ArrayList<>();
        List<Double> drained = new ArrayList<>();
        List<Double> many = new ArrayList<>();
        List<Double> writers = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            produce.add(rawProduce(5_000));
            inserts.add(rawInserts(5_000));
            one.add(oneAggregate(EVENTS_IN_ONE));
            drained.add(manyDrained(WRITERS, AGGREGATES_PER_WRITER));
            many.add(manyAggregates(WRITERS, AGGREGATES_PER_WRITER));
            writers.add(writersAlone(WRITERS, AGGREGATES_PER_WRITER));
        }
        double rawProduce = Stats.median(produce);
        double rawInserts = Stats.median(inserts);
        boolean produceSlower = rawProduce <= rawInserts;
        String anchor = String.format(Locale.ROOT, produceSlower ? "raw produce acks=all (inserts %.0f/s)"
                : "raw single inserts (produce %.0f/s)", produceSlower ? rawInserts : rawProduce);
        double slower = Math.min(rawProduce, rawInserts);
        BenchReport.record(BenchFigure.atLeast(NAME, "(a) one aggregate, " + EVENTS_IN_ONE + " events", one, "/s",
                anchor, slower, "≥ 0.5 × slower anchor", 0.5 * slower));
        BenchReport.record(BenchFigure.atLeast(NAME, "(b) " + WRITERS * AGGREGATES_PER_WRITER
                + " 1-event aggregates", drained, "/s", anchor, slower, "≥ 0.5 × slower anchor", 0.5 * slower));
        double alone = Stats.median(writers);
        BenchReport.record(BenchFigure.atLeast(NAME, "(b') same, relayed while " + WRITERS + " writers save", many,
                "/s", WRITERS + " writers' saves, no relay", alone, "≥ 0.5 × anchor", 0.5 * alone));
    }

    @Test
    void hopLatencyAgainstRawProduceConsume() throws Exception {
        String planTopic = topics.of(Topic.PLAN);
        rawProducer.send(new ProducerRecord<>(planTopic, new byte[0], new byte[0])).get(); // the topic exists
        try (ArrivalClock arrivals = new ArrivalClock(brokers, List.of(scratchTopic, planTopic))) {
            serviceRelay.start();
            try {
                rawHops(arrivals, 100); // warm-up
                serviceHops(arrivals, 100);
                List<Double> raw50 = new ArrayList<>();
                List<Double> raw99 = new ArrayList<>();
                List<Double> service50 = new ArrayList<>();
                List<Double> service99 = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    List<Double> raw = rawHops(arrivals, HOPS);
                    List<Double> service = serviceHops(arrivals, HOPS);
                    raw50.add(Stats.percentile(raw, 50));
                    raw99.add(Stats.percentile(raw, 99));
                    service50.add(Stats.percentile(service, 50));
                    service99.add(Stats.percentile(service, 99));
                }
                double rawP50 = Stats.median(raw50);
                double rawP99 = Stats.median(raw99);
                BenchReport.record(BenchFigure.atMost(NAME, "hop save→PlanSubmitted consumed p50", service50, "ms",
                        "raw produce→consume p50", rawP50, "≤ 2 × anchor + 10 ms", 2 * rawP50 + 10));
                BenchReport.record(BenchFigure.atMost(NAME, "hop save→PlanSubmitted consumed p99", service99, "ms",
                        "raw produce→consume p99", rawP99, "≤ 2 × anchor + 10 ms", 2 * rawP99 + 10));
            } finally {
                serviceRelay.stop();
            }
        }
    }

    /** Records of the relay's size and headers, through a plain producer: sent all, then every ack awaited. */
    private double rawProduce(int n) throws Exception {
        EventEnvelope<PlanSubmitted> sample = envelope(submission("plan-raw"));
        byte[] value = codec.payloadBytes(sample);
        long start = System.nanoTime();
        List<Future<RecordMetadata>> acks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(scratchTopic,
                    ("plan-" + (i % 64)).getBytes(StandardCharsets.UTF_8), value);
            codec.headers(sample).forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            acks.add(rawProducer.send(record));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
        return perSecond(n, start);
    }

    /** Single-document inserts of an event's stored size into the same store, from one thread. */
    private double rawInserts(int n) {
        Document shape = new Document();
        mongo.getConverter().write(new Outbound("shape", 1), shape);
        Object event = shape.getList("pendingEvents", Object.class).getFirst();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            mongo.insert(new Document("_id", UUID.randomUUID().toString()).append("event", event), "bench_raw_inserts");
        }
        return perSecond(n, start);
    }

    /** (a) One aggregate saved with {@code events} pending, then relayed by passes until none is left. */
    private double oneAggregate(int events) {
        AggregateStore store = new AggregateStore(mongo, () -> { });
        store.save(new Outbound("one-" + UUID.randomUUID(), events));
        OutboxRelay relay = handDriven();
        long start = System.nanoTime();
        int relayed = 0;
        while (relayed < events) {
            relayed += relay.relayOnce();
        }
        return perSecond(events, start);
    }

    /** (b) {@code writers} threads each save {@code each} one-event aggregates; then passes relay them all. */
    private double manyDrained(int writers, int each) throws Exception {
        writeInParallel(writers, each, new AggregateStore(mongo, () -> { }));
        OutboxRelay relay = handDriven();
        int total = writers * each;
        long start = System.nanoTime();
        int relayed = 0;
        while (relayed < total) {
            relayed += relay.relayOnce();
        }
        return perSecond(total, start);
    }

    /** The anchor of (b'): saves per second of the same writers with no relay running (their markers stay). */
    private double writersAlone(int writers, int each) throws Exception {
        long start = System.nanoTime();
        writeInParallel(writers, each, new AggregateStore(mongo, () -> { }));
        double rate = perSecond(writers * each, start);
        OutboxRelay relay = handDriven(); // not timed: leaves nothing for the next round
        while (relay.relayOnce() > 0) {
            Thread.onSpinWait();
        }
        return rate;
    }

    private static void writeInParallel(int writers, int each, AggregateStore store) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        store.save(new Outbound("many-" + UUID.randomUUID(), 1));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        }
    }

    /**
     * (b') {@code writers} threads each saving {@code each} one-event aggregates while the relay runs on its own thread
     * as in production (woken by every save): from the first save until the last event is acknowledged and pulled.
     */
    private double manyAggregates(int writers, int each) throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = new OutboxRelay(mongo, publisher, "/uplift/plan-service", Set.of("bench_outbox"),
                Clock.systemUTC(), Duration.ofMillis(500), meters);
        AggregateStore store = new AggregateStore(mongo, relay::wake);
        relay.start();
        int total = writers * each;
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        store.save(new Outbound("many-" + UUID.randomUUID(), 1));
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> writer : done) {
                writer.get();
            }
            while (meters.counter("uplift.outbox.published").count() < total) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            return perSecond(total, start);
        } finally {
            relay.stop();
        }
    }

    private OutboxRelay handDriven() {
        return new OutboxRelay(mongo, publisher, "/uplift/plan-service", Set.of("bench_outbox"), Clock.systemUTC(),
                Duration.ofSeconds(1), new SimpleMeterRegistry());
    }

    /** Raw produce → consume latencies (ms) of {@code n} records sent at a steady rate. */
    private List<Double> rawHops(ArrivalClock arrivals, int n) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        for (int i = 0; i < n; i++) {
            String key = "raw-" + UUID.randomUUID();
            sentAt.put(key, System.nanoTime());
            rawProducer.send(new ProducerRecord<>(scratchTopic, key.getBytes(StandardCharsets.UTF_8), new byte[600]));
            LockSupport.parkNanos(HOP_SPACING.toNanos());
        }
        return arrivals.latencies(sentAt);
    }

    /** Save → consumed latencies (ms) of {@code n} submitted plans saved at a steady rate through the service. */
    private List<Double> serviceHops(ArrivalClock arrivals, int n) throws Exception {
        Map<String, Long> savedAt = new ConcurrentHashMap<>();
        for (int i = 0; i < n; i++) {
            String planId = "hop-" + UUID.randomUUID();
            savedAt.put(planId, System.nanoTime());
            serviceStore.save(Plans.submitted(planId));
            LockSupport.parkNanos(HOP_SPACING.toNanos());
        }
        return arrivals.latencies(savedAt);
    }

    /** A consumer on its own thread noting when each key arrives (partitions assigned: no group to join). */
    private static final class ArrivalClock implements AutoCloseable {

        private final Map<String, Long> arrived = new ConcurrentHashMap<>();
        private final Thread poller;
        private volatile boolean closed;

        ArrivalClock(String brokers, List<String> topics) {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props);
            List<TopicPartition> partitions = topics.stream().flatMap(t -> consumer.partitionsFor(t).stream()
                    .map(p -> new TopicPartition(t, p.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            poller = Thread.ofPlatform().name("arrival-clock").start(() -> {
                try (consumer) {
                    while (!closed) {
                        consumer.poll(Duration.ofMillis(100)).forEach(r -> {
                            if (r.key() != null) {
                                arrived.putIfAbsent(new String(r.key(), StandardCharsets.UTF_8), System.nanoTime());
                            }
                        });
                    }
                }
            });
        }

        List<Double> latencies(Map<String, Long> sentAt) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!arrived.keySet().containsAll(sentAt.keySet()) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            return sentAt.entrySet().stream().filter(e -> arrived.containsKey(e.getKey()))
                    .map(e -> (arrived.get(e.getKey()) - e.getValue()) / 1e6).toList();
        }

        @Override
        public void close() throws InterruptedException {
            closed = true;
            poller.join();
        }
    }

    private static EventEnvelope<PlanSubmitted> envelope(PlanSubmitted event) {
        return EventEnvelope.of(UUID.randomUUID().toString(), "/uplift/plan-service", Instant.now(), 1, null, event);
    }

    /** A submission of the size plan-service really sends: one dimension, one focus area, one measure. */
    private static PlanSubmitted submission(String planId) {
        PlanContentSnapshot content = new PlanContentSnapshot(List.of(new PlanContentSnapshot.Dimension("一",
                "完備基礎服務項目", List.of(new PlanContentSnapshot.FocusArea("(一)", "建立業務標準作業流程", List.of(
                        new PlanContentSnapshot.Measure("m-1", "1", "訂定標準作業流程(SOP)", null, List.of("秘書室"),
                                "12月31日前", null, null, null)))))));
        return new PlanSubmitted(planId, "kcg-civil-affairs", "高雄市政府民政局", null, "kcg-rdec", 115,
                "高雄市政府民政局115年度提升服務執行計畫", 1, 1, "clerk", Instant.now(), content);
    }

    private static double perSecond(int n, long startNanos) {
        return n / ((System.nanoTime() - startNanos) / 1e9);
    }
}
