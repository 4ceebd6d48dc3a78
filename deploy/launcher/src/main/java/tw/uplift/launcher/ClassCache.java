package tw.uplift.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * The JDK's cache of loaded (and, from JDK 25, linked and profiled) classes that a child JVM maps at start instead of
 * loading them again, trained by one run and used by the next. Which one depends on the JDK running the launcher
 * (the children run on the same one, {@link JavaRuntime}).
 */
enum ClassCache {

    /**
     * JDK 25+: the AOT cache (JEP 483, 514, 515). {@code -XX:AOTCacheOutput} records the training run and, when it
     * exits, builds the cache in a second JVM (the exit takes longer once); {@code -XX:AOTCache} uses it. A cache
     * that does not fit this JDK or classpath is reported on the console and ignored (AOTMode=auto): a start never
     * fails because of it. Measured on this machine: see {@link StartupCache}.
     */
    AOT("app.aot") {
        @Override
        List<String> training(Path output) {
            return List.of("-XX:AOTCacheOutput=" + output);
        }

        @Override
        List<String> using(Path cache) {
            return List.of("-XX:AOTCache=" + cache);
        }
    },

    /**
     * JDK 21-24: dynamic class-data sharing, which works on the extracted layout's plain classpath. The JVM writes
     * the archive itself when it exits after a run without a usable one, and maps it afterwards (Kafka's child uses
     * the same, {@link JavaRuntime#classDataSharing}); an archive that does not match is ignored with a warning.
     */
    DYNAMIC_CDS("app.jsa") {
        @Override
        List<String> training(Path output) {
            return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + output);
        }

        @Override
        List<String> using(Path cache) {
            return List.of("-XX:SharedArchiveFile=" + cache);
        }
    };

    private final String fileName;

    ClassCache(String fileName) {
        this.fileName = fileName;
    }

    static ClassCache ofRunningJdk() {
        return Runtime.version().feature() >= 25 ? AOT : DYNAMIC_CDS;
    }

    /**
     * The cache's file name, keyed by what else decides whether the JVM can use it: the JDK build and the child's
     * other options (its collector, heap). A JDK update or a new sizing trains a new cache instead of warning about
     * the old one at every start.
     */
    String fileName(List<String> jvmOptions) {
        String key = Runtime.version() + " " + String.join(" ", jvmOptions);
        int dot = fileName.lastIndexOf('.');
        return fileName.substring(0, dot) + "-" + Integer.toHexString(key.hashCode()) + fileName.substring(dot);
    }

    /** The options of a run that records what it loads and leaves the cache at {@code output} when it exits. */
    abstract List<String> training(Path output);

    /** The options of a run that maps an existing cache. */
    abstract List<String> using(Path cache);
}
