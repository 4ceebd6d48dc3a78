package tw.uplift.platform.test.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the one table of a benchmark run ({@code ./uplift bench} calls it after the run): the machine and the JDK,
 * then per figure its value, the anchor measured in the same run, the ratio, the goal and whether it was met. Also
 * writes the same table as Markdown beside the report ({@code results.md}) for a closing note.
 *
 * <p>Usage: {@code java -cp platform-test/target/classes tw.uplift.platform.test.bench.BenchTable REPORT.tsv}
 */
public final class BenchTable {

    private BenchTable() {
    }

    public static void main(String[] args) throws IOException {
        Path report = Path.of(args.length > 0 ? args[0] : "target/bench/results.tsv");
        if (!Files.isRegularFile(report)) {
            System.err.println("No benchmark report at " + report + ": did the run record any figure?");
            System.exit(1);
        }
        List<String> lines = render(BenchReport.read(report));
        lines.forEach(System.out::println);
        Path markdown = report.resolveSibling("results.md");
        Files.write(markdown, lines, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("(also written to " + markdown + ")");
    }

    static List<String> render(List<BenchFigure> figures) {
        List<String> out = new ArrayList<>();
        out.add("## Uplift benchmarks, " + ZonedDateTime.now(ZoneId.of("Asia/Taipei"))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx")));
        out.add("");
        out.add("machine: " + machine());
        out.add("JDK: " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
                + " (the benchmarks' own JVMs run the same JDK, full JIT)");
        out.add("values are medians of the rounds after a warm-up; ratio = value ÷ anchor, both from this run");
        out.add("");
        out.add("| benchmark | figure | value | anchor (same run) | ratio | goal | met |");
        out.add("| --- | --- | ---: | --- | ---: | --- | --- |");
        for (BenchFigure f : figures) {
            String anchor = f.anchor() == null ? "—" : f.anchor() + ": " + format(f.anchorValue()) + " " + f.unit();
            String ratio = Double.isNaN(f.ratio()) ? "—" : String.format(Locale.ROOT, "%.2f", f.ratio());
            // A goal relative to the anchor also shows the value it came to in this run.
            String goal = !f.hasGoal() ? "—" : !f.goal().contains("anchor") ? f.goal()
                    : f.goal() + " (" + (f.higherIsBetter() ? "≥ " : "≤ ") + format(f.goalValue()) + " " + f.unit() + ")";
            String met = f.hasGoal() ? (f.met() ? "yes" : "**no**") : "—";
            out.add("| " + String.join(" | ", f.benchmark(), f.figure(), format(f.value()) + " " + f.unit(), anchor,
                    ratio, goal, met) + " |");
        }
        long goals = figures.stream().filter(BenchFigure::hasGoal).count();
        long met = figures.stream().filter(f -> f.hasGoal() && f.met()).count();
        out.add("");
        out.add(met + " of " + goals + " goals met.");
        return out;
    }

    private static String machine() {
        String memory = "?";
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> String.format(Locale.ROOT, "%.1f GiB",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("?");
        } catch (IOException | RuntimeException e) {
            // not Linux: the memory stays unknown
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        return Runtime.getRuntime().availableProcessors() + " cores, " + memory + " RAM, " + os.getName() + " "
                + os.getVersion() + " " + os.getArch() + ", load average " + String.format(Locale.ROOT, "%.2f",
                        os.getSystemLoadAverage()) + " when printed";
    }

    private static String format(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        double abs = Math.abs(value);
        return String.format(Locale.ROOT, abs >= 100 ? "%,.0f" : abs >= 10 ? "%.1f" : "%.2f", value);
    }
}
