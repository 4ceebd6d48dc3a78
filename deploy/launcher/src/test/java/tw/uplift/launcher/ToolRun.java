package tw.uplift.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One run of a command-line tool for the deployment checks (promtool, docker-compose, kubectl, node), in the
 * repository: its exit code and what it printed, which is also echoed to the test's output so a failure's report
 * holds the tool's own words.
 */
record ToolRun(int exitCode, String output) {

    static final Path REPO = RepoRoot.locate();

    static ToolRun run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        return run(command, timeout, ProcessBuilder.Redirect.PIPE);
    }

    /**
     * The same with only standard output kept, for a tool whose output is data (a kustomize render): its warnings
     * and errors go to the test's output instead of into the data.
     */
    static ToolRun runForOutput(List<String> command, Duration timeout) throws IOException, InterruptedException {
        return run(command, timeout, ProcessBuilder.Redirect.INHERIT);
    }

    private static ToolRun run(List<String> command, Duration timeout, ProcessBuilder.Redirect errors)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile());
        if (errors == ProcessBuilder.Redirect.PIPE) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(errors);
        }
        Process process = builder.start();
        process.getOutputStream().close();
        // Read while it runs (a full pipe would stall it), on a side thread so the timeout below still applies.
        var output = new java.util.concurrent.CompletableFuture<String>();
        Thread.ofVirtual().start(() -> {
            try {
                output.complete(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.completeExceptionally(e);
            }
        });
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeout.toSeconds() + " s");
        }
        String printed = output.join();
        System.out.println("$ " + String.join(" ", command) + " (exit " + process.exitValue() + ")\n"
                + (errors == ProcessBuilder.Redirect.PIPE ? printed : printed.lines().count() + " lines of output"));
        return new ToolRun(process.exitValue(), printed);
    }

    static ToolRun run(String... command) throws IOException, InterruptedException {
        return run(List.of(command), Duration.ofSeconds(60));
    }

    /** The executable of that name on the PATH, if there is one. */
    static Optional<Path> onPath(String name) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    boolean succeeded() {
        return exitCode == 0;
    }
}
