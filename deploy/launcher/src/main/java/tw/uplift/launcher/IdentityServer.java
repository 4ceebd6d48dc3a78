package tw.uplift.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The OIDC issuer ({@code deploy/identity}) in a child process. Its signing key is kept in the data folder so
 * a restart does not invalidate the tokens services and scripts already hold.
 */
public final class IdentityServer implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final ChildProcess process;
    private final StartupCache startup;
    private final int port;

    private IdentityServer(ChildProcess process, StartupCache startup, int port) {
        this.process = process;
        this.startup = startup;
        this.port = port;
    }

    public static Path jar(Path repoRoot) {
        return repoRoot.resolve("deploy/identity/target/uplift-identity.jar");
    }

    /** Starts the process; call {@link #awaitReady()} before handing out its URL. */
    static IdentityServer start(Path repoRoot, DataDir data, StartupCaches caches, int port, List<String> webRedirectUris) {
        Path jar = jar(repoRoot);
        if (!Files.isRegularFile(jar)) {
            throw new LauncherException("The identity provider is not built: " + jar
                    + " is missing. Build it: ./mvnw -q -DskipTests -pl deploy/identity package");
        }
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("UPLIFT_IDENTITY_ISSUER", issuer(port));
        env.put("UPLIFT_IDENTITY_KEY_FILE", data.identitySigningKey().toString());
        env.put("UPLIFT_IDENTITY_WEB_REDIRECT_URIS", String.join(",", webRedirectUris));
        StartupCache startup = caches.bootJar("identity", jar, JvmSizing.IDENTITY, data.log("identity"));
        ChildProcess child = ChildProcess.start("identity", startup.command(), env, repoRoot, data.log("identity"));
        return new IdentityServer(child, startup, port);
    }

    void awaitReady() {
        Readiness.awaitHttpUp(process, URI.create(issuer() + "/actuator/health/readiness"), READY_TIMEOUT);
    }

    /** Where the browser client may return to: the login callback of each service's pages. */
    static List<String> webRedirectUris(Map<String, Integer> servicePorts) {
        return servicePorts.values().stream().sorted()
                .map(port -> "http://localhost:" + port + "/login/oauth2/code/uplift")
                .collect(Collectors.toList());
    }

    static String issuer(int port) {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return issuer(port);
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
