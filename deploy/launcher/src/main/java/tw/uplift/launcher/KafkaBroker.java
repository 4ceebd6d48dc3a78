package tw.uplift.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker (KRaft, one node that is both broker and controller) in a child process, started
 * from the Kafka server jars: the same broker production runs, so topics, partitions, keys and consumer groups
 * behave as they will there. Its storage lives in {@code <data>/kafka/} and is formatted only once.
 */
public final class KafkaBroker implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final ChildProcess process;
    private final int port;

    private KafkaBroker(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Formats the storage on first use and starts the broker; {@link #awaitReady()} waits until it answers. */
    public static KafkaBroker start(Path kafkaDir, int port, int controllerPort, Path log, Path libDir, Path cdsArchive) {
        Path logDirs = kafkaDir.resolve("data");
        Path config = kafkaDir.resolve("server.properties");
        Path log4j = kafkaDir.resolve("log4j2.properties");
        try {
            Files.createDirectories(logDirs);
            // Rewritten on every start: the ports may differ from the last run; the stored data does not depend on them.
            Files.writeString(config, serverProperties(port, controllerPort, logDirs), StandardCharsets.UTF_8);
            Files.writeString(log4j, LOG4J2, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Kafka configuration in " + kafkaDir, e);
        }
        String classpath = KafkaClasspath.classpath(libDir);
        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            format(kafkaDir, config, log4j, classpath, log);
        }
        List<String> command = new ArrayList<>(List.of(JavaRuntime.executable()));
        command.addAll(JvmSizing.KAFKA);
        command.add("-Djava.awt.headless=true");
        command.addAll(JavaRuntime.classDataSharing(cdsArchive));
        command.addAll(List.of("-Dlog4j2.configurationFile=" + log4j.toUri(), "-cp", classpath, "kafka.Kafka", config.toString()));
        ChildProcess broker = ChildProcess.start("kafka", command, Map.of(), kafkaDir, log);
        return new KafkaBroker(broker, port);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.stop();
    }

    /**
     * Static voters ({@code controller.quorum.voters}) rather than a dynamic quorum formatted with
     * {@code --standalone}: a dynamic quorum writes the controller's address into the stored metadata, so a
     * restart on other ports (random ports in tests) could not find its own controller.
     */
    static String serverProperties(int port, int controllerPort, Path logDirs) {
        return """
                # Written by the Uplift launcher on every start; edit KafkaBroker.java instead.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                # Services rely on topics appearing on first use, with room for parallel consumers.
                auto.create.topics.enable=true
                num.partitions=3
                # One node: every internal topic has one replica.
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=5
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                transaction.state.log.num.partitions=5
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                # A single consumer joining should not wait 3 s for others that will never come.
                group.initial.rebalance.delay.ms=0
                # The log cleaner (compacted topics: consumer offsets) keeps a 128 MiB dedupe buffer on the heap by
                # default, three quarters of the broker's live heap in the local run; a few MiB do for its small topics.
                log.cleaner.dedupe.buffer.size=16777216
                log.retention.hours=168
                log.segment.bytes=67108864
                """.formatted(port, controllerPort, logDirs.toAbsolutePath().toString().replace('\\', '/'));
    }

    private static void format(Path kafkaDir, Path config, Path log4j, String classpath, Path log) {
        String clusterId = Uuid.randomUuid().toString();
        ChildProcess tool = ChildProcess.start("kafka-storage-format",
                List.of(JavaRuntime.executable(), "-Dlog4j2.configurationFile=" + log4j.toUri(), "-cp", classpath,
                        "kafka.tools.StorageTool", "format", "--cluster-id", clusterId, "--config", config.toString()),
                Map.of(), kafkaDir, log);
        int exit = tool.awaitExit(Duration.ofSeconds(60));
        if (exit != 0) {
            throw new LauncherException("Formatting the Kafka storage failed (exit " + exit + "). Log: " + log
                    + System.lineSeparator() + tool.logTail(20));
        }
    }

    /** Until the port accepts connections and the admin API lists the broker. */
    public void awaitReady() {
        Readiness.await(process, READY_TIMEOUT, "accept connections on port " + port, this::acceptsConnections);
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin client = Admin.create(admin)) {
            Readiness.await(process, READY_TIMEOUT, "report a broker through the admin API", () -> hasBroker(client));
        }
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasBroker(Admin client) {
        try {
            return !client.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while waiting for Kafka", e);
        }
    }

    /** The broker's own log4j2 setup: its console goes to {@code logs/kafka.log} through the child's stdout. */
    private static final String LOG4J2 = """
            status = warn
            appender.console.type = Console
            appender.console.name = STDOUT
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = [%d] %p %m (%c)%n
            rootLogger.level = INFO
            rootLogger.appenderRef.stdout.ref = STDOUT
            logger.state.name = state.change.logger
            logger.state.level = WARN
            logger.controller.name = org.apache.kafka.controller
            logger.controller.level = WARN
            """;
}
