package tw.uplift.platform.test.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Where benchmarks put their figures. Each figure is printed at once (the benchmark's own output stays readable) and,
 * when the run names a report file in the system property {@value #FILE_PROPERTY} (the {@code bench} profile does: the
 * one file of the whole run), appended to it as a line, from which {@code ./uplift bench} prints one table.
 */
public final class BenchReport {

    public static final String FILE_PROPERTY = "uplift.bench.report";

    private BenchReport() {
    }

    public static void record(BenchFigure figure) {
        System.out.printf(Locale.ROOT, "  [bench] %-22s %-48s %12.2f %-4s %s%n", figure.benchmark(), figure.figure(),
                figure.value(), figure.unit(), figure.anchor() == null ? ""
                        : String.format(Locale.ROOT, "anchor %s %.2f, ratio %.3f; goal %s: %s", figure.anchor(),
                                figure.anchorValue(), figure.ratio(), figure.goal(), figure.met() ? "met" : "NOT met"));
        String file = System.getProperty(FILE_PROPERTY, "");
        if (file.isBlank()) {
            return;
        }
        Path path = Path.of(file);
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            // One append per line: several benchmark JVMs of one run may write, never at the same moment in a
            // sequential Maven reactor, and a line is small enough for one write.
            Files.writeString(path, figure.toLine() + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("the benchmark report " + path + " cannot be written", e);
        }
    }

    /** The figures recorded in a report file so far, in the order they were recorded. */
    public static List<BenchFigure> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .map(BenchFigure::fromLine).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the benchmark report " + file + " cannot be read", e);
        }
    }
}
