package tw.uplift.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * The real OIDC issuer of the local run ({@code deploy/identity}'s jar) in a child process, as the launcher runs it:
 * its own JVM, so nothing of the authorization server lands on the gateway's classpath.
 */
final class Issuer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private Issuer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the issuer with {@code redirectUri} as the one place {@code uplift-web} may send a browser back to. */
    static Issuer start(int port, String redirectUri, Path workDir) {
        Path jar = Path.of(System.getProperty("uplift.identity.jar", "../deploy/identity/target/uplift-identity.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The issuer is not built: " + jar.toAbsolutePath()
                    + ". Build it first: ./mvnw -pl deploy/identity -am install -DskipTests");
        }
        try {
            Path log = workDir.resolve("issuer.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(java, "-Xmx192m", "-XX:TieredStopAtLevel=1", "-jar",
                    jar.toAbsolutePath().toString(),
                    "--server.port=" + port,
                    "--uplift.identity.issuer=http://localhost:" + port,
                    "--uplift.identity.web-redirect-uris=" + redirectUri))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Issuer issuer = new Issuer(process, port, log);
            issuer.awaitReady(Duration.ofSeconds(120));
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await("the issuer at " + url() + " (log: " + log + ")").atMost(timeout).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The issuer exited with " + process.exitValue() + "; see " + log);
                    }
                    try {
                        return http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
