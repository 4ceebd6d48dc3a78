package tw.uplift.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The memory of the whole local system, process by process, as Linux counts it in {@code /proc/<pid>/smaps_rollup}:
 * PSS (proportional set size: a page shared by n processes counts 1/n in each, so the JDK's shared class archive and
 * files mapped by several children count once in the sum) and RSS (every resident page in full, what {@code top}
 * shows). Empty where there is no {@code /proc} (not Linux): "not measured", never a guess.
 *
 * @param processes one entry per process that could be read, in the order asked
 */
public record SystemMemory(List<ProcessMemory> processes) {

    private static final Path PROC = Path.of("/proc");

    public SystemMemory {
        processes = List.copyOf(processes);
    }

    /**
     * The memory of one process.
     *
     * @param name     the part of the system it runs ("launcher (MongoDB)", "kafka", a service's name)
     * @param pid      its process id
     * @param pssBytes its proportional set size
     * @param rssBytes its resident set size
     */
    public record ProcessMemory(String name, long pid, long pssBytes, long rssBytes) {
    }

    /** Reads every process of {@code pidsByName} (name to pid) that is still there. */
    public static SystemMemory of(Map<String, Long> pidsByName) {
        List<ProcessMemory> read = new ArrayList<>();
        pidsByName.forEach((name, pid) -> rollup(pid).ifPresent(sizes -> read.add(new ProcessMemory(name, pid, sizes[0], sizes[1]))));
        return new SystemMemory(read);
    }

    /** False where {@code /proc/<pid>/smaps_rollup} could not be read (not Linux, or a kernel before 4.14). */
    public boolean measured() {
        return !processes.isEmpty();
    }

    public long pssBytes() {
        return processes.stream().mapToLong(ProcessMemory::pssBytes).sum();
    }

    public long rssBytes() {
        return processes.stream().mapToLong(ProcessMemory::rssBytes).sum();
    }

    /** "1.23 GiB PSS (1.56 GiB RSS) over 9 processes", or "not measured". */
    public String summary() {
        if (!measured()) {
            return "memory not measured (no /proc/<pid>/smaps_rollup)";
        }
        return "%.2f GiB PSS (%.2f GiB RSS) over %d processes".formatted(gib(pssBytes()), gib(rssBytes()), processes.size());
    }

    private static double gib(long bytes) {
        return bytes / (1024.0 * 1024 * 1024);
    }

    /** {@code [pss, rss]} in bytes; the file gives kB. */
    private static Optional<long[]> rollup(long pid) {
        try {
            long pss = -1;
            long rss = -1;
            for (String line : Files.readAllLines(PROC.resolve(Long.toString(pid)).resolve("smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    pss = kilobytes(line) * 1024;
                } else if (line.startsWith("Rss:")) {
                    rss = kilobytes(line) * 1024;
                }
            }
            return pss < 0 || rss < 0 ? Optional.empty() : Optional.of(new long[] {pss, rss});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code "Pss:              123456 kB"} → 123456. */
    private static long kilobytes(String line) {
        String[] fields = line.trim().split("\\s+");
        return Long.parseLong(fields[1]);
    }
}
