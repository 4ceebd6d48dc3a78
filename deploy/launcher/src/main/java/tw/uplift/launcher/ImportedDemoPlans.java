package tw.uplift.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * Which demo documents plan-service has saved, one marker file per document in the data folder. Written right
 * after each import answers, so a start that stops half-way (crash, Ctrl-C) is followed by one that imports only
 * the documents still missing instead of a second draft of the others.
 */
final class ImportedDemoPlans {

    private final Path folder;

    ImportedDemoPlans(Path folder) {
        this.folder = folder;
    }

    boolean contains(PlanDocument document) {
        return Files.exists(marker(document));
    }

    /** @param planUrl where plan-service says the draft is (its {@code Location}), for a human reading the marker */
    void record(PlanDocument document, String planUrl) {
        try {
            Files.createDirectories(folder);
            Files.writeString(marker(document), planUrl + " at " + OffsetDateTime.now() + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the import of " + document.fileName() + " in " + folder, e);
        }
    }

    private Path marker(PlanDocument document) {
        return folder.resolve(document.fileName() + ".imported");
    }
}
