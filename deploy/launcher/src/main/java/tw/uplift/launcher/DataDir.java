package tw.uplift.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder where a local system keeps everything it must find again after a restart
 * ({@code .uplift/} at the repository root for {@code ./uplift run}). Delete it to start from scratch.
 */
public record DataDir(Path root) {

    public DataDir {
        root = root.toAbsolutePath().normalize();
    }

    public static DataDir at(Path root) {
        DataDir dir = new DataDir(root);
        try {
            Files.createDirectories(dir.logs());
            Files.createDirectories(dir.kafka());
            Files.createDirectories(dir.root().resolve("cds"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + root, e);
        }
        return dir;
    }

    /** The H2 MVStore file behind the embedded MongoDB (mongo-java-server adds nothing to the name). */
    public Path mongoFile() {
        return root.resolve("mongo.mv");
    }

    public Path kafka() {
        return root.resolve("kafka");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path log(String processName) {
        return logs().resolve(processName + ".log");
    }

    /** The identity provider's RSA key, so tokens issued before a restart still validate after it. */
    public Path identitySigningKey() {
        return root.resolve("identity").resolve("signing-key.json");
    }

    /** A child JVM's class-data-sharing archive (see {@link JavaRuntime#classDataSharing}). */
    public Path classDataArchive(String processName) {
        return root.resolve("cds").resolve(processName + ".jsa");
    }

    /** Present once the demo data has been loaded, so a restart does not import it twice. */
    public Path demoLoadedMarker() {
        return root.resolve("demo-loaded");
    }

    /** One marker per demo plan document already imported (see {@code ImportedDemoPlans}). */
    /** Written once the demo people are in notification-service's recipient directory. */
    public Path demoDirectoryMarker() {
        return root.resolve("demo-directory-loaded");
    }

    public Path demoPlansImported() {
        return root.resolve("demo-plans");
    }
}
