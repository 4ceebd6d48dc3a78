package tw.uplift.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the folder of jars the broker child runs from: the launcher's {@code target/lib}, which Maven fills with
 * the Kafka server and log4j2 (optional dependencies of the launcher, so a module using the launcher as a library
 * does not get them on its own classpath). Looked for, in order: the {@code uplift.launcher.lib} system property,
 * {@code lib/} beside the launcher's jar or classes folder, {@code deploy/launcher/target/lib} in the repository.
 */
final class KafkaClasspath {

    static final String PROPERTY = "uplift.launcher.lib";

    private KafkaClasspath() {
    }

    static Path libDirectory(Path repoRoot) {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty(PROPERTY)).map(Path::of).ifPresent(candidates::add);
        besideLauncherCode().ifPresent(candidates::add);
        candidates.add(repoRoot.resolve("deploy/launcher/target/lib"));
        return candidates.stream().filter(KafkaClasspath::holdsKafkaServer).findFirst()
                .orElseThrow(() -> new LauncherException("No Kafka server jars found (looked in " + candidates
                        + "). Build the launcher first: ./mvnw -q -DskipTests -pl deploy/launcher -am package"));
    }

    /** The {@code -cp} value: every jar of the folder (the JVM expands {@code dir/*}). */
    static String classpath(Path lib) {
        return lib.toAbsolutePath() + java.io.File.separator + "*";
    }

    /** target/uplift-launcher.jar and target/classes both have target/lib as sibling. */
    private static Optional<Path> besideLauncherCode() {
        try {
            var source = KafkaClasspath.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(location.getParent()).map(parent -> parent.resolve("lib"));
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean holdsKafkaServer(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> jars = Files.list(dir)) {
            return jars.anyMatch(jar -> jar.getFileName().toString().startsWith("kafka_2.13-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
