package tw.uplift.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

/**
 * Runs a {@link DemoData} step unless the data folder says it already ran. The marker is written only when the
 * data was really loaded, so a start before plan-service can import does not prevent a later one from doing it.
 */
final class DemoDataOnce {

    private DemoDataOnce() {
    }

    static void run(LocalSystem system, DemoData demo, Consumer<String> log) {
        run(system, demo, system.dataDir().demoLoadedMarker(), log);
    }

    /** The same, with its own marker: each step is loaded once, whichever of them a start could load. */
    static void run(LocalSystem system, DemoData demo, Path marker, Consumer<String> log) {
        if (Files.exists(marker)) {
            log.accept("Demo data already loaded (" + marker + "; delete it to load again).");
            return;
        }
        log.accept("Loading demo data: " + demo.description());
        if (demo.load(system) == DemoData.Outcome.LOADED) {
            try {
                Files.writeString(marker, demo.description() + " at " + OffsetDateTime.now() + System.lineSeparator());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
