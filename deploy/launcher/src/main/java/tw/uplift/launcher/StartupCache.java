package tw.uplift.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one Spring Boot child is started: from its extracted layout with its {@link ClassCache} when there is one,
 * training it when asked and there is none yet ({@link StartupCaches}).
 *
 * <p>The training output goes to a name of this launcher's own and is renamed into place only after the child
 * exited ({@link #keepTraining()}): a cache cut short (a killed launcher) is never used, and two launchers
 * training at once never write one file.
 */
final class StartupCache {

    /**
     * How long a training child may take to stop. With {@code -XX:AOTCacheOutput} the JVM builds the cache in a
     * second JVM as it exits: measured 26 s for the identity server alone with the machine loaded (load 14), all
     * seven children at once take longer. Paid once per build, at the stop after the first start.
     */
    static final Duration TRAINING_STOP_GRACE = Duration.ofSeconds(180);

    private final Path application;
    private final List<String> jvmOptions;
    private final List<String> cacheOptions;
    private final Path trainingOutput;
    private final Path cache;

    private StartupCache(Path application, List<String> jvmOptions, List<String> cacheOptions, Path trainingOutput, Path cache) {
        this.application = application;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.cacheOptions = List.copyOf(cacheOptions);
        this.trainingOutput = trainingOutput;
        this.cache = cache;
    }

    /**
     * The {@code application} jar run with {@code jvmOptions}, with its cache (in {@code folder}, keyed by the jar's
     * content) if trained, training one if asked.
     */
    static StartupCache trained(Path application, List<String> jvmOptions, ClassCache kind, boolean training, Path folder) {
        Path cache = folder.resolve(kind.fileName(jvmOptions));
        if (Files.isRegularFile(cache)) {
            return new StartupCache(application, jvmOptions, kind.using(cache), null, cache);
        }
        if (!training) {
            return new StartupCache(application, jvmOptions, List.of(), null, cache);
        }
        Path output = cache.resolveSibling(cache.getFileName() + ".training-" + ProcessHandle.current().pid());
        return new StartupCache(application, jvmOptions, kind.training(output), output, cache);
    }

    /** The jar as it was built: no layout, no cache. */
    static StartupCache none(Path jar, List<String> jvmOptions) {
        return new StartupCache(jar, jvmOptions, List.of(), null, null);
    }

    /** The child's command: {@code [java, options..., cache options..., -jar, application]}. */
    List<String> command() {
        List<String> launch = new ArrayList<>();
        launch.add(JavaRuntime.executable());
        launch.addAll(jvmOptions);
        launch.addAll(cacheOptions);
        launch.add("-jar");
        launch.add(application.toString());
        return launch;
    }

    /** The same start without recording a cache (for a second instance beside a training one). */
    StartupCache withoutTraining() {
        return trainingOutput == null ? this : new StartupCache(application, jvmOptions, List.of(), null, cache);
    }

    /** True when this start records a cache for the next ones. */
    boolean isTraining() {
        return trainingOutput != null;
    }

    /** The cache this start maps, if any. */
    Optional<Path> cacheInUse() {
        return trainingOutput == null && cache != null && Files.isRegularFile(cache) ? Optional.of(cache) : Optional.empty();
    }

    /**
     * Stops the child; when it trained, waits for it to write its cache and makes that the one later starts use.
     * Only a child that ended by itself leaves a cache that is kept: a killed one's may be cut short.
     */
    void stop(ChildProcess child) {
        if (trainingOutput == null) {
            child.stop();
            return;
        }
        if (!child.stop(TRAINING_STOP_GRACE)) {
            return;
        }
        try {
            if (Files.isRegularFile(trainingOutput) && Files.size(trainingOutput) > 0) {
                Files.move(trainingOutput, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The next start trains again; nothing depends on this one's cache.
        }
    }
}
