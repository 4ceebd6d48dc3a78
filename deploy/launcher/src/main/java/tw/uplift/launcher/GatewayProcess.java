package tw.uplift.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway ({@code gateway/}) in a child process: the one address people open, in front of the services. Not a
 * Kafka or MongoDB client; it needs only the issuer (for its login) and the services' addresses (for its routes).
 */
public final class GatewayProcess implements AutoCloseable {

    static final String NAME = "gateway";
    static final int DEFAULT_PORT = 8080;
    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final ChildProcess process;
    private final StartupCache startup;
    private final int port;

    private GatewayProcess(ChildProcess process, StartupCache startup, int port) {
        this.process = process;
        this.startup = startup;
        this.port = port;
    }

    /** {@code <repo>/gateway/target/gateway.jar}, as the module's spring-boot-maven-plugin names it. */
    public static Path jar(Path repoRoot) {
        return repoRoot.resolve(NAME).resolve("target").resolve(NAME + ".jar");
    }

    /** How the gateway's jar is started (extracting it first if this build of it never was). */
    static StartupCache startup(Path repoRoot, DataDir data, StartupCaches caches) {
        return caches.bootJar(NAME, jar(repoRoot), JvmSizing.GATEWAY, data.log(NAME));
    }

    static GatewayProcess start(StartupCache startup, Path repoRoot, DataDir data, int port, Map<String, String> env) {
        ChildProcess child = ChildProcess.start(NAME, startup.command(), env, repoRoot, data.log(NAME));
        return new GatewayProcess(child, startup, port);
    }

    /**
     * The gateway's environment: its port, the issuer it logs people in at (public client {@code uplift-web}), and where
     * each service answers (every service's planned port, running or not: a missing one shows as down, not as a 404).
     */
    static Map<String, String> environment(int port, String issuer, PortPlan ports) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_UPLIFT_ISSUER_URI", issuer);
        env.put("UPLIFT_GATEWAY_SERVICES_PLAN", "http://localhost:" + ports.portOf(ServiceSpec.PLAN));
        env.put("UPLIFT_GATEWAY_SERVICES_REVIEW", "http://localhost:" + ports.portOf(ServiceSpec.REVIEW));
        env.put("UPLIFT_GATEWAY_SERVICES_SURVEY", "http://localhost:" + ports.portOf(ServiceSpec.SURVEY));
        env.put("UPLIFT_GATEWAY_SERVICES_NOTIFICATION", "http://localhost:" + ports.portOf(ServiceSpec.NOTIFICATION));
        return env;
    }

    /** Where the issuer may send a browser back to after login at the gateway (registration {@code uplift}). */
    static String loginRedirectUri(int port) {
        return url(port) + "/login/oauth2/code/uplift";
    }

    void awaitReady() {
        Readiness.awaitHttpUp(process, URI.create(url() + "/actuator/health/readiness"), READY_TIMEOUT);
    }

    static String url(int port) {
        return "http://localhost:" + port;
    }

    public String url() {
        return url(port);
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
