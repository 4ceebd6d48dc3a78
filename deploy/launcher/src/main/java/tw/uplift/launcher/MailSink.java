package tw.uplift.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The mail sink of the local run: GreenMail standalone ({@code com.icegreen:greenmail-standalone}) in a child
 * process, a real SMTP server that keeps every message it is given instead of passing it on. notification-service
 * sends to it exactly as it would to an agency's mail server; people read what it caught over its REST API (or
 * IMAP). Compose uses Mailpit for the same part. Mail is kept in memory: a restart of the local run empties it.
 * With authentication off, GreenMail makes a mailbox for every address it receives for, so any demo address works.
 */
public final class MailSink implements AutoCloseable {

    static final String NAME = "mail-sink";
    static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ChildProcess process;
    private final StartupCache startup;
    private final int smtpPort;
    private final int apiPort;
    private final int imapPort;

    private MailSink(ChildProcess process, StartupCache startup, int smtpPort, int apiPort, int imapPort) {
        this.process = process;
        this.startup = startup;
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
        this.imapPort = imapPort;
    }

    /** Copied there by the launcher's build ({@code maven-dependency-plugin}, execution {@code copy-mail-sink}). */
    public static Path jar(Path repoRoot) {
        return repoRoot.resolve("deploy/launcher/target/mail-sink/greenmail-standalone.jar");
    }

    /** Starts the process, listening on loopback only; call {@link #awaitReady()} before sending to it. */
    static MailSink start(Path repoRoot, DataDir data, StartupCaches caches, int smtpPort, int apiPort, int imapPort) {
        Path jar = jar(repoRoot);
        if (!Files.isRegularFile(jar)) {
            throw new LauncherException("The mail sink is not there: " + jar
                    + " is missing. Build the launcher: ./mvnw -q -DskipTests -pl deploy/launcher package");
        }
        // The ports are options, not part of the cache's key: the same cache serves every port plan.
        List<String> settings = new ArrayList<>(List.of("-Dgreenmail.auth.disabled",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + imapPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort));
        StartupCache startup = caches.plainJar(NAME, jar, JvmSizing.MAIL_SINK);
        List<String> command = startup.command();
        command.addAll(1, settings);
        ChildProcess child = ChildProcess.start(NAME, command, java.util.Map.of(), repoRoot, data.log(NAME));
        return new MailSink(child, startup, smtpPort, apiPort, imapPort);
    }

    void awaitReady() {
        URI readiness = URI.create(apiUrl() + "/api/service/readiness");
        Readiness.await(process, READY_TIMEOUT, "answer at " + readiness,
                () -> Readiness.probe(readiness).startsWith("200 "));
    }

    /**
     * Opens a mailbox for an address, so that reading it answers an empty list instead of "user not found" before
     * its first mail (GreenMail makes one on first delivery otherwise). Kept in memory: call it at every start.
     *
     * @return whether the sink has the mailbox now
     */
    public boolean openMailbox(String address) {
        String json = "{\"email\":\"" + address + "\",\"login\":\"" + address + "\",\"password\":\"demo\"}";
        try {
            int status = HTTP.send(HttpRequest.newBuilder(URI.create(apiUrl() + "/api/user"))
                            .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 || Readiness.probe(messagesOf(address)).startsWith("200 ");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** GreenMail's REST API (its OpenAPI page is at the root). */
    public String apiUrl() {
        return "http://localhost:" + apiPort;
    }

    /**
     * Every message caught for one address, as GreenMail's JSON: an array of {@code uid}, {@code Message-ID},
     * {@code subject}, {@code contentType} and the whole {@code mimeMessage}.
     */
    public URI messagesOf(String address) {
        return URI.create(apiUrl() + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX");
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
