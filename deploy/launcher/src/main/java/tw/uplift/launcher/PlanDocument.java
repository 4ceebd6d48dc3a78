package tw.uplift.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import tw.uplift.planimport.examples.ExamplePlan;

/**
 * A plan document the demo uploads, with the file name plan-service's importer picks its reader by. The name
 * is also the document's identity in {@link ImportedDemoPlans}: one name is imported once per data folder.
 */
record PlanDocument(String fileName, byte[] content) {

    /** The real example plans that ship inside plan-import's jar: the repository alone is enough for the demo. */
    static List<PlanDocument> examples() {
        return Arrays.stream(ExamplePlan.values()).map(e -> new PlanDocument(e.fileName(), e.bytes())).toList();
    }

    /** The {@code *.txt} documents of a folder ({@code --seeds DIR}), in name order. */
    static List<PlanDocument> inFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new LauncherException("No folder " + folder.toAbsolutePath() + " to import plan documents from");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
                    .map(PlanDocument::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    /** The same document always gives the same key: its name and a digest of its content. */
    String idempotencyKey() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "demo-plan/" + fileName + "/" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static PlanDocument read(Path file) {
        try {
            return new PlanDocument(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
