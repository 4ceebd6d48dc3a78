package tw.uplift.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process of the local system (Kafka, identity, a service) with its output appended to its own log file,
 * so the launcher's console stays readable and a failure can point at the file.
 */
public final class ChildProcess implements AutoCloseable {

    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workDir, Path log) {
        try {
            Files.createDirectories(log.getParent());
            // A header per start: the log is appended to across restarts, like a service's own log file.
            Files.writeString(log, "%n===== %s starting at %s =====%n%s%n".formatted(name, OffsetDateTime.now(), String.join(" ", command)),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(ownSession(command))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(environment);
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new LauncherException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** One line of the launcher's own in a child's log (what it decided about the child's start). */
    static void note(Path log, String line) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "[launcher] " + line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // Only a note: the child's start does not depend on it.
        }
    }

    /**
     * Runs the command in a session of its own where {@code setsid} exists (util-linux; it execs, so the pid stays
     * the child's). Otherwise Ctrl-C in the terminal reaches every child at once: Kafka went down while the services
     * were still draining, and the launcher's order (services, then Kafka, then MongoDB) meant nothing.
     */
    private static List<String> ownSession(List<String> command) {
        for (String dir : List.of("/usr/bin", "/bin")) {
            Path setsid = Path.of(dir, "setsid");
            if (Files.isExecutable(setsid)) {
                List<String> wrapped = new ArrayList<>(command.size() + 1);
                wrapped.add(setsid.toString());
                wrapped.addAll(command);
                return wrapped;
            }
        }
        return command;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for a short-lived child (a tool run) and returns its exit code. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new LauncherException(name + " did not finish within " + timeout.toSeconds() + " s; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while waiting for " + name, e);
        }
    }

    /** The exit code if the process has ended, for error messages. */
    String exitDescription() {
        return process.isAlive() ? "still running" : "exited with code " + process.exitValue();
    }

    /**
     * SIGTERM, so Kafka shuts down cleanly and Spring Boot runs its graceful shutdown; a process still there
     * after the grace period is killed.
     */
    public void stop() {
        stop(STOP_GRACE);
    }

    /**
     * {@link #stop()} with another grace period (a JVM writing its class cache as it exits needs longer).
     *
     * @return true if the process ended by itself within {@code grace} (or had already), false if it was killed
     */
    boolean stop(Duration grace) {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            System.err.printf("%s did not stop within %d s; killing it (pid %d)%n", name, grace.toSeconds(), pid());
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        return false;
    }

    /**
     * SIGKILL ({@link Process#destroyForcibly()} on Linux): a crash, with no shutdown hook and no graceful drain. For
     * the chaos suite. Returns the exit status, 137 (128 + 9) for a process the signal ended.
     */
    public int kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new LauncherException(name + " outlived its SIGKILL (pid " + pid() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while killing " + name, e);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        stop();
    }

    /** The last lines of the log, to show with an error without making the reader open the file. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").toLowerCase().startsWith("windows") ? "NUL" : "/dev/null");
    }
}
