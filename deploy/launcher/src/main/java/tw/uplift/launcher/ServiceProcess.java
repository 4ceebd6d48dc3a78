package tw.uplift.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One Uplift service in a child process, configured only through the environment variables of ADR 0001, started
 * from its extracted layout with its class cache ({@link StartupCaches}) and sized by {@link JvmSizing#SERVICE}.
 */
public final class ServiceProcess implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private final ServiceSpec spec;
    private final ChildProcess process;
    private final StartupCache startup;
    private final int port;
    private final Path repoRoot;
    private final DataDir data;
    private final Map<String, String> env;

    private ServiceProcess(ServiceSpec spec, ChildProcess process, StartupCache startup, int port, Path repoRoot,
            DataDir data, Map<String, String> env) {
        this.spec = spec;
        this.process = process;
        this.startup = startup;
        this.port = port;
        this.repoRoot = repoRoot;
        this.data = data;
        this.env = Map.copyOf(env);
    }

    /** How {@code spec}'s jar is started (extracting it first if this build of it never was). */
    static StartupCache startup(ServiceSpec spec, Path repoRoot, DataDir data, StartupCaches caches) {
        return caches.bootJar(spec.name(), spec.jar(repoRoot), JvmSizing.SERVICE, data.log(spec.name()));
    }

    static ServiceProcess start(ServiceSpec spec, StartupCache startup, Path repoRoot, DataDir data, int port,
            Map<String, String> env) {
        return start(spec, startup, repoRoot, data, port, env, data.log(spec.name()));
    }

    private static ServiceProcess start(ServiceSpec spec, StartupCache startup, Path repoRoot, DataDir data, int port,
            Map<String, String> env, Path log) {
        ChildProcess child = ChildProcess.start(spec.name(), startup.command(), env, repoRoot, log);
        return new ServiceProcess(spec, child, startup, port, repoRoot, data, env);
    }

    /** The same service started again, with the same start-up, environment, port and log (after this one ended). */
    ServiceProcess again() {
        return start(spec, startup, repoRoot, data, port, env, process.log());
    }

    /**
     * Another instance of this service beside it: the same start-up and environment (so the same store and broker)
     * on another port, logging to {@code logs/<service>-<instance>.log}. Never trains the class cache: two processes
     * must not write one cache.
     */
    ServiceProcess anotherInstance(int otherPort, String instance) {
        Map<String, String> otherEnv = new java.util.HashMap<>(env);
        otherEnv.put("SERVER_PORT", Integer.toString(otherPort));
        return start(spec, startup.withoutTraining(), repoRoot, data, otherPort, otherEnv,
                data.log(spec.name() + "-" + instance));
    }

    void awaitReady() {
        Readiness.awaitHttpUp(process, URI.create(url() + "/actuator/health/readiness"), READY_TIMEOUT);
    }

    public ServiceSpec spec() {
        return spec;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public ChildProcess process() {
        return process;
    }

    /** True when this start trains a class cache, which the process writes as it stops. */
    boolean writesStartupCache() {
        return startup.isTraining();
    }

    /** Stops the service (longer when it writes its class cache, {@link StartupCache#stop}). */
    @Override
    public void close() {
        startup.stop(process);
    }
}
