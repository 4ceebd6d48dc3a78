package tw.uplift.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Uplift service in a child process, configured only through the environment variables of ADR 0001.
 * Heap capped and C1 only: four services start in about 27 s instead of 44 s on two cores (DESIGN.md).
 * No dynamic CDS archive here (unlike Kafka): a Spring Boot jar loads its classes through its own class loader,
 * which the archive cannot hold, and dumping it at exit pushed the services' stop past the grace period.
 * The JDK 25 AOT cache (DESIGN.md: 11 s instead of 27 s) is the better next step for them.
 */
public final class ServiceProcess implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private final ServiceSpec spec;
    private final ChildProcess process;
    private final int port;

    private ServiceProcess(ServiceSpec spec, ChildProcess process, int port) {
        this.spec = spec;
        this.process = process;
        this.port = port;
    }

    static ServiceProcess start(ServiceSpec spec, Path repoRoot, DataDir data, int port, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of(JavaRuntime.executable(), "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of("-jar", spec.jar(repoRoot).toString()));
        ChildProcess child = ChildProcess.start(spec.name(), command, env, repoRoot, data.log(spec.name()));
        return new ServiceProcess(spec, child, port);
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

    @Override
    public void close() {
        process.stop();
    }
}
