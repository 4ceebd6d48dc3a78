package tw.uplift.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What makes the local run's Spring Boot children start fast, kept in {@code deploy/launcher/target/startup-cache/}:
 * per jar, Boot's extracted layout ({@code java -Djarmode=tools -jar x.jar extract}: a plain classpath of jars, which
 * a JDK class cache can hold, where the nested-jar loader of {@code java -jar x.jar} cannot) and the class cache
 * trained on it ({@link StartupCache}).
 *
 * <p>Outside the data folder on purpose, and keyed by the jar's content ({@link JarFingerprint}): every data folder
 * (the e2e tests' temporary ones too) uses what an earlier {@code ./uplift run} trained, a rebuild of unchanged code
 * keeps it, a changed jar gets a fresh one. {@code mvn clean} or deleting the folder starts over.
 *
 * <p>Training is asked for ({@link LocalSystem.Builder#trainStartupCaches()}, as {@code ./uplift run} does), never
 * implied: a training run writes its cache when the process exits, which a test JVM would pay for at every fresh
 * clone. Without training, a cache already there is still used.
 */
public final class StartupCaches {

    private static final Duration EXTRACT_TIMEOUT = Duration.ofSeconds(120);

    private final Path root;
    private final boolean training;
    private final ClassCache kind;

    private StartupCaches(Path root, boolean training, ClassCache kind) {
        this.root = root;
        this.training = training;
        this.kind = kind;
    }

    static StartupCaches in(Path repoRoot, boolean training) {
        return new StartupCaches(folder(repoRoot), training, ClassCache.ofRunningJdk());
    }

    /** {@code <repo>/deploy/launcher/target/startup-cache}: delete it (or {@code mvn clean}) to train again. */
    public static Path folder(Path repoRoot) {
        return repoRoot.resolve("deploy/launcher/target/startup-cache");
    }

    /**
     * The start of one Boot jar: its extracted layout (made now if this jar's content was never extracted) and its
     * class cache. Never fails a start: a jar that cannot be extracted runs as it is, and says so in its log.
     */
    StartupCache bootJar(String name, Path jar, List<String> jvmOptions, Path log) {
        try {
            Path layout = root.resolve(name).resolve(JarFingerprint.of(jar));
            Path application = layout.resolve(jar.getFileName());
            if (!Files.isRegularFile(application)) {
                extract(name, jar, layout, log);
            }
            return StartupCache.trained(application, jvmOptions, kind, training, layout);
        } catch (RuntimeException e) {
            ChildProcess.note(log, "Running " + jar + " without its extracted layout (" + e.getMessage() + ")");
            return StartupCache.none(jar, jvmOptions);
        }
    }

    /**
     * The start of a plain executable jar (the mail sink's): it already is a classpath the cache can hold, so only
     * the cache is kept, in a folder keyed by the jar like a Boot jar's layout.
     */
    StartupCache plainJar(String name, Path jar, List<String> jvmOptions) {
        try {
            Path folder = root.resolve(name).resolve(JarFingerprint.of(jar));
            Files.createDirectories(folder);
            return StartupCache.trained(jar, jvmOptions, kind, training, folder);
        } catch (IOException | RuntimeException e) {
            return StartupCache.none(jar, jvmOptions);
        }
    }

    /**
     * Extracts into a temporary sibling and renames it into place, so a second launcher starting at the same time
     * (a local run beside the e2e tests) never sees half a layout; then drops the layouts of older builds.
     */
    private static void extract(String name, Path jar, Path layout, Path log) {
        try {
            Files.createDirectories(layout.getParent());
            Path partial = Files.createTempDirectory(layout.getParent(), "extracting-");
            ChildProcess tool = ChildProcess.start(name + "-extract", List.of(JavaRuntime.executable(), "-Djarmode=tools",
                    "-jar", jar.toString(), "extract", "--force", "--destination", partial.toString()), Map.of(), partial, log);
            int exit = tool.awaitExit(EXTRACT_TIMEOUT);
            if (exit != 0) {
                deleteTree(partial);
                throw new LauncherException("extract exited with code " + exit);
            }
            try {
                Files.move(partial, layout, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                deleteTree(partial); // another launcher was quicker: its layout is the same
            }
            try (Stream<Path> builds = Files.list(layout.getParent())) {
                builds.filter(other -> !other.equals(layout) && !other.getFileName().toString().startsWith("extracting-")).forEach(StartupCaches::deleteTree);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Left for the next extraction to try again; nothing reads an old layout.
        }
    }
}
