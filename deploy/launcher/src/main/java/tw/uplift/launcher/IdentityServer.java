package tw.uplift.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
    private final int port;

    private IdentityServer(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static Path jar(Path repoRoot) {
        return repoRoot.resolve("deploy/identity/target/uplift-identity.jar");
    }

    /** Starts the process; call {@link #awaitReady()} before handing out its URL. */
    static IdentityServer start(Path repoRoot, DataDir data, int port, List<String> webRedirectUris) {
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
        List<String> command = new ArrayList<>(List.of(JavaRuntime.executable(), "-Xmx192m", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of("-jar", jar.toString()));
        ChildProcess child = ChildProcess.start("identity", command, env, repoRoot, data.log("identity"));
        return new IdentityServer(child, port);
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

    @Override
    public void close() {
        process.stop();
    }
}
