package tw.uplift.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The trace collector of the local run: the Zipkin server ({@code io.zipkin:zipkin-server}, its executable jar) in a
 * child process, keeping spans in memory. Every service and the gateway send their spans to it
 * ({@link #spanEndpoint()}, given to them as {@code MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT}), so one request can be
 * followed from the gateway through Kafka to the last consumer in its UI. A restart of the local run empties it;
 * compose runs the same server.
 */
public final class TraceCollector implements AutoCloseable {

    static final String NAME = "zipkin";
    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final ChildProcess process;
    private final StartupCache startup;
    private final int port;

    private TraceCollector(ChildProcess process, StartupCache startup, int port) {
        this.process = process;
        this.startup = startup;
        this.port = port;
    }

    /** Copied there by the launcher's build ({@code maven-dependency-plugin}, execution {@code copy-trace-collector}). */
    public static Path jar(Path repoRoot) {
        return repoRoot.resolve("deploy/launcher/target/zipkin/zipkin-server.jar");
    }

    /** Starts the process on loopback; call {@link #awaitReady()} before services send to it. */
    static TraceCollector start(Path repoRoot, DataDir data, int port) {
        Path jar = jar(repoRoot);
        if (!Files.isRegularFile(jar)) {
            throw new LauncherException("The trace collector is not there: " + jar
                    + " is missing. Build the launcher: ./mvnw -q -DskipTests -pl deploy/launcher package");
        }
        // Zipkin reads its settings from the environment (zipkin-server-shared.yml): in-memory storage, one port on
        // loopback (the list entry is given whole: an environment list replaces the file's, it is not merged).
        // MEM_MAX_SPANS: Zipkin keeps 500,000 spans by default, which outgrew this heap in a CI run (every request is
        // sampled) and its out-of-memory thrashing slowed the whole run; the newest 20,000 spans are plenty here.
        Map<String, String> env = Map.of("STORAGE_TYPE", "mem", "MEM_MAX_SPANS", "20000",
                "ARMERIA_PORTS_0_PORT", Integer.toString(port),
                "ARMERIA_PORTS_0_IP", "127.0.0.1", "ARMERIA_PORTS_0_PROTOCOLS_0", "http");
        // Its jar is not one Boot's extract tool takes (it says "not compatible"): run as it is, without a class cache.
        StartupCache startup = StartupCache.none(jar, JvmSizing.TRACE_COLLECTOR);
        ChildProcess child = ChildProcess.start(NAME, startup.command(), env, repoRoot, data.log(NAME));
        return new TraceCollector(child, startup, port);
    }

    void awaitReady() {
        Readiness.awaitHttpUp(process, URI.create(url() + "/health"), READY_TIMEOUT);
    }

    /** Its UI and query API ({@code /api/v2/traces}, {@code /api/v2/trace/<id>}). */
    public String url() {
        return "http://localhost:" + port;
    }

    /** Where the services post their spans (Zipkin's v2 JSON API). */
    public String spanEndpoint() {
        return url() + "/api/v2/spans";
    }

    public ChildProcess process() {
        return process;
    }

    /** True when this start trains a class cache, which the process writes as it stops. */
    boolean writesStartupCache() {
        return startup.isTraining();
    }

    @Override
    public void close() {
        startup.stop(process);
    }
}
