package tw.uplift.chaos.kill;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tw.uplift.contracts.Topic;
import tw.uplift.platform.events.EventCodec;
import tw.uplift.platform.messaging.IncomingEvents;
import tw.uplift.platform.messaging.KafkaEventPublisher;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.outbox.OutboxRelay;

/**
 * The process {@code SigkillAtRandomPointsChaosIT} kills: a small JVM (main class in the chaos tests, no Spring Boot
 * context: it is ready in a second or two where a service needs many) that runs the real outbox and consumer classes
 * of the platform against the test JVM's broker and store. A writer thread saves ledgers through
 * {@link AggregateStore} (state and event in one document write), the real {@link OutboxRelay} publishes them with the
 * real {@link KafkaEventPublisher}, and a consumer hands them through the real {@link IncomingEvents} to an intake whose
 * effects are idempotent the way the services' are. The only additions are the kill points (test code wrapped around
 * the real ones, see {@link KillPoints}).
 *
 * <p>Standard output is the protocol with the test: {@code STANDBY} when started as the next life (classes loaded and
 * everything wired, nothing connected to the topic or writing yet; it goes on at a line on standard input, sent once
 * the life before it was killed, so a JVM's start-up overlaps the life before instead of adding to it),
 * {@code READY} once everything runs, {@code HOLD <phase> <step>}
 * when a thread stopped at the aimed point, {@code DRAINED} when (in drain mode, without a writer) nothing is pending
 * and the consumer stands at the end of the topic. Logging goes to standard error.
 *
 * <p>Settings (system properties {@code chaos.*}): {@code mongo} (URI with the database), {@code brokers},
 * {@code topic-prefix}, {@code group}, {@code mode} ({@code run} or {@code drain}), {@code target} (a
 * {@link KillPhase}), {@code nth} (the aimed point's count), {@code max-poll-records} (the consumer's poll size),
 * {@code standby} (wait for the go), {@code ledgers}
 * (how many ledgers the writer spreads its entries over), {@code pace-ms} (the writer's pause between entries).
 */
public final class KillHost {

    static final String WRITER = "chaos-writer";
    static final String SOURCE = "/uplift/chaos-kill-host";
    static final String STANDBY = "STANDBY";
    static final String READY = "READY";
    static final String DRAINED = "DRAINED";
    /** The consumer's poll size unless a life is given another ({@code -Dchaos.max-poll-records}): Kafka's default. */
    static final int MAX_POLL_RECORDS = 500;

    private KillHost() {
    }

    public static void main(String[] args) throws Exception {
        boolean drain = "drain".equals(System.getProperty("chaos.mode", "run"));
        KillPoints points = new KillPoints(KillPhase.valueOf(System.getProperty("chaos.target", "ANYWHERE")),
                Integer.getInteger("chaos.nth", 0));
        String mongoUri = System.getProperty("chaos.mongo");
        String brokers = System.getProperty("chaos.brokers");
        TopicNames topics = new TopicNames(System.getProperty("chaos.topic-prefix"));

        long jvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        MongoClient client = MongoClients.create(mongoUri);
        HoldingMongoTemplate mongo = new HoldingMongoTemplate(client,
                new ConnectionString(mongoUri).getDatabase(), points);
        EventCodec codec = new EventCodec();
        KafkaEventPublisher kafka = new KafkaEventPublisher(producerConfig(brokers), codec, topics, null, null, null);
        OutboxRelay relay = new OutboxRelay(mongo, new HoldingPublisher(kafka, points), SOURCE,
                Set.of(ChaosLedger.COLLECTION), Clock.systemUTC(), Duration.ofMillis(100), new SimpleMeterRegistry());
        AggregateStore store = new AggregateStore(mongo, relay::wake);
        long t1 = System.nanoTime();

        IntakeLoop intake = new IntakeLoop(new KafkaConsumer<>(consumerConfig(brokers,
                System.getProperty("chaos.group"))), topics.of(Topic.SURVEY), new IncomingEvents(codec),
                new LedgerIntake(store, points), points);
        CountDownLatch go = watchParent();
        if (Boolean.getBoolean("chaos.standby")) {
            say(STANDBY); // loaded and wired, nothing running yet: go on once the life before this one is killed
            go.await();
        }
        long t2 = System.nanoTime();
        Thread.ofPlatform().name("chaos-consumer").daemon().start(intake::run);
        intake.awaitAssigned();
        long t3 = System.nanoTime();
        relay.start();
        if (!drain) {
            Thread.ofPlatform().name(WRITER).daemon().start(() -> write(store,
                    Integer.getInteger("chaos.ledgers", 200), Integer.getInteger("chaos.pace-ms", 10)));
        }
        say(READY);
        System.err.printf("timing: jvm start %d ms, wiring %d ms, consumer assigned %d ms after the go%n", jvmStart,
                (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000);
        if (drain) {
            awaitDrained(mongo, intake);
            say(DRAINED);
            relay.stop();
            kafka.close();
            client.close();
            System.exit(0);
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    /**
     * Reads standard input, the pipe from the test: its first line is the go of a life in standby; its end means the
     * test JVM is gone, and then this process ends at once, so no orphan goes on writing to a store nobody checks.
     */
    private static CountDownLatch watchParent() {
        CountDownLatch go = new CountDownLatch(1);
        Thread.ofPlatform().name("parent-watch").daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                while (in.readLine() != null) {
                    go.countDown();
                }
            } catch (IOException e) {
                // the same as the end of input
            }
            Runtime.getRuntime().halt(3);
        });
        return go;
    }

    /** The writer: one entry after another, on a ledger picked at random (opened when it does not exist yet). */
    private static void write(AggregateStore store, int ledgers, int paceMillis) {
        Random random = new Random();
        while (true) {
            String id = "ledger-" + random.nextInt(ledgers);
            Instant now = Instant.now();
            try {
                if (store.update(id, ChaosLedger.class, ledger -> ledger.append(now)).isEmpty()) {
                    store.save(ChaosLedger.open(id, now));
                }
                Thread.sleep(paceMillis);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                System.err.println("writer: " + e);
            }
        }
    }

    /** Until no marker and no pending event is left and the consumer has read everything. */
    private static void awaitDrained(HoldingMongoTemplate mongo, IntakeLoop intake) throws InterruptedException {
        Query pending = Query.query(Criteria.where("pendingEvents.0").exists(true));
        while (mongo.getCollection("outbox_markers").countDocuments() > 0
                || mongo.count(pending, ChaosLedger.COLLECTION) > 0 || !intake.caughtUp()) {
            Thread.sleep(250);
        }
        Thread.sleep(500); // one more poll: nothing published in the last pass is left unread
        while (!intake.caughtUp()) {
            Thread.sleep(100);
        }
    }

    /** The producer as {@link KafkaEventPublisher#producerConfig} makes it from the binder's: acks=all, idempotent. */
    private static Map<String, Object> producerConfig(String brokers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return config;
    }

    private static Map<String, Object> consumerConfig(String brokers, String group) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.getInteger("chaos.max-poll-records", MAX_POLL_RECORDS));
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    /** One line of the protocol with the test, flushed at once (the next moment may be a SIGKILL). */
    static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
