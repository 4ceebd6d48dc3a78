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

    private ServiceProcess(ServiceSpec spec, ChildProcess process, StartupCache startup, int port) {
        this.spec = spec;
        this.process = process;
        this.startup = startup;
        this.port = port;
    }

    /** How {@code spec}'s jar is started (extracting it first if this build of it never was). */
    static StartupCache startup(ServiceSpec spec, Path repoRoot, DataDir data, StartupCaches caches) {
        return caches.bootJar(spec.name(), spec.jar(repoRoot), JvmSizing.SERVICE, data.log(spec.name()));
    }

    static ServiceProcess start(ServiceSpec spec, StartupCache startup, Path repoRoot, DataDir data, int port,
            Map<String, String> env) {
        ChildProcess child = ChildProcess.start(spec.name(), startup.command(), env, repoRoot, data.log(spec.name()));
        return new ServiceProcess(spec, child, startup, port);
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
