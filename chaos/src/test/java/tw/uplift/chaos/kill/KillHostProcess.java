package tw.uplift.chaos.kill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One life of the {@link KillHost}, seen from the test: its protocol lines read from standard output, its standard
 * error appended to a log file, and its end by {@link Process#destroyForcibly()}, which on Linux is SIGKILL: the exit
 * status 137 (128 + signal 9) that {@link #kill()} returns proves it was a hard kill, not a shutdown.
 */
final class KillHostProcess {

    /** The exit status of a process ended by SIGKILL. */
    static final int SIGKILLED = 128 + 9;

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Path log;
    private final KillPhase target;

    private KillHostProcess(Process process, Path log, KillPhase target) {
        this.process = process;
        this.log = log;
        this.target = target;
        Thread.ofVirtual().name("kill-host-stdout").start(this::readLines);
    }

    static KillHostProcess start(List<String> command, Path log, KillPhase target) {
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new KillHostProcess(process, log, target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the kill host", e);
        }
    }

    /**
     * The first line starting with {@code prefix} within {@code timeout}, or null when none came (the process
     * ended, or was still busy elsewhere).
     */
    String await(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = lines.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (line == null) {
                return null;
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** The phase this life's kill is aimed at. */
    KillPhase target() {
        return target;
    }

    /** Tells a life started in standby to go on. */
    void go() {
        try {
            process.getOutputStream().write('\n');
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the kill host in standby is gone:\n" + logTail(), e);
        }
    }

    /** SIGKILL, then the exit status once the process is gone. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the kill host outlived its SIGKILL");
        }
        return process.exitValue();
    }

    /** Waits for the process to end by itself; its exit status. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the kill host did not end within " + timeout + "; see " + log);
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.toHandle().isAlive();
    }

    /** Its standard output so far and the last lines of its standard error, for a failure message. */
    String logTail() {
        String out;
        synchronized (seen) {
            out = String.join("\n", seen.subList(Math.max(0, seen.size() - 20), seen.size()));
        }
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "standard output:\n" + out + "\nstandard error (" + log + "):\n"
                    + String.join("\n", new ArrayList<>(all.subList(Math.max(0, all.size() - 30), all.size())));
        } catch (IOException e) {
            return out + "\n(no log: " + e + ")";
        }
    }

    private void readLines() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                seen.add(line);
            }
        } catch (IOException e) {
            // the process is gone
        }
    }
}
