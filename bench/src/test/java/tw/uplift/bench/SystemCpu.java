package tw.uplift.bench;

import java.time.Duration;
import java.util.List;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.SystemMemory;

/**
 * How busy the whole local run kept the machine over a stretch of work: the CPU time of every one of its processes
 * (this JVM, which hosts MongoDB, and every child) divided by the wall time and the cores. Near 100 % a steady load
 * queues, and the tail latencies say more about the machine than about the code.
 */
final class SystemCpu {

    private final List<Long> pids;
    private final long startCpuNanos;
    private final long startWall = System.nanoTime();

    private SystemCpu(List<Long> pids) {
        this.pids = pids;
        this.startCpuNanos = cpuNanos(pids);
    }

    static SystemCpu start(LocalSystem system) {
        return new SystemCpu(system.memory().processes().stream().map(SystemMemory.ProcessMemory::pid).toList());
    }

    /** Percent of all cores busy since {@link #start}. */
    double busyPercent() {
        long wall = System.nanoTime() - startWall;
        return 100.0 * (cpuNanos(pids) - startCpuNanos) / wall / Runtime.getRuntime().availableProcessors();
    }

    private static long cpuNanos(List<Long> pids) {
        long total = 0;
        for (long pid : pids) {
            total += ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L);
        }
        return total;
    }
}
