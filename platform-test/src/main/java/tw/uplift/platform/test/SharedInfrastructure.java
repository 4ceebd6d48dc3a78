package tw.uplift.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The servers tests talk to, each started at most once per JVM (starting a broker costs seconds; a test
 * class needs only its own names). Stopped by a shutdown hook.
 */
public final class SharedInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String mongoAddress;
    private static KafkaContainer kafkaContainer;
    private static MongoDBContainer mongoContainer;

    /** The brokers of the test class whose context was made last: what {@link KafkaProbe} talks to. */
    private static volatile String currentBrokers;

    private SharedInfrastructure() {
    }

    /** The in-JVM broker, or the container where the test class asked for containers. */
    static String brokersFor(boolean containers) {
        currentBrokers = containers ? kafkaContainerBrokers() : kafkaBrokers();
        return currentBrokers;
    }

    /**
     * The broker the running test class uses (test classes run one after another, each with a context of its own,
     * made when the class starts); the in-JVM one when no context was made yet.
     */
    static String currentBrokers() {
        String brokers = currentBrokers;
        return brokers != null ? brokers : kafkaBrokers();
    }

    /** Bootstrap servers of the in-JVM KRaft broker. */
    public static synchronized String kafkaBrokers() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.brokerProperty("auto.create.topics.enable", "true");
            kafka.brokerProperty("offsets.topic.num.partitions", "3");
            kafka.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy, "stop-test-kafka"));
        }
        return kafka.getBrokersAsString();
    }

    /** {@code host:port} of the in-memory MongoDB wire-protocol server. */
    public static synchronized String mongoAddress() {
        if (mongo == null) {
            mongo = new MongoServer(new MemoryBackend());
            InetSocketAddress address = mongo.bind();
            mongoAddress = "127.0.0.1:" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow, "stop-test-mongo"));
        }
        return mongoAddress;
    }

    /** Bootstrap servers of an {@code apache/kafka} container (needs Docker). */
    public static synchronized String kafkaContainerBrokers() {
        if (kafkaContainer == null) {
            kafkaContainer = new KafkaContainer("apache/kafka:4.1.1");
            kafkaContainer.start();
        }
        return kafkaContainer.getBootstrapServers();
    }

    /** Connection string base of a {@code mongo} replica-set container (needs Docker). */
    public static synchronized String mongoContainerUri(String database) {
        if (mongoContainer == null) {
            mongoContainer = new MongoDBContainer("mongo:8.0");
            mongoContainer.start();
        }
        return mongoContainer.getReplicaSetUrl(database);
    }
}
