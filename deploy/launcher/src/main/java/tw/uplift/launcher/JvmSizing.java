package tw.uplift.launcher;

import java.util.List;

/**
 * The memory and compiler options of each child JVM of the local run, chosen from measurement on this 2-core
 * machine (24 GB, JDK 25.0.3; {@code jcmd <pid> GC.run} then {@code GC.heap_info} after all were ready, the
 * machine loaded by other builds). Shared by the training run and the runs that use its cache: the cache is only
 * valid for the options it was trained with ({@link ClassCache#fileName}).
 *
 * <p>Live heap after start: services 44-58 MB, gateway 30 MB, identity 19 MB, mail sink 10 MB, Kafka 172 MB (see below); C1
 * code cache 7-12 MB. With no {@code -Xms} the JVM commits up to a 64th of the machine's memory (384 MB here, so
 * the whole {@code -Xmx}) and G1 used it: 150-196 MB committed per Boot child. Hence:
 * <ul>
 *   <li>{@code -XX:+UseSerialGC}: heaps this small need no concurrent collector, and Serial has no remembered sets
 *       or extra GC threads (it is what the JVM itself picks on a machine with under 2 cores or 1792 MB);</li>
 *   <li>a small {@code -Xms}, so the heap grows with what is live instead of being committed up front, and
 *       {@code -Xmx} at about three times the live set after start, headroom for requests and benchmarks;</li>
 *   <li>{@code -XX:TieredStopAtLevel=1} (C1 only): four services start in about 27 s instead of 44 s on two cores
 *       without a cache (DESIGN.md), and no C2 compiler threads or code.</li>
 * </ul>
 * Kafka's live heap was mostly its log cleaner's dedupe buffer (128 MiB by default, made 16 MiB in its
 * {@code server.properties}); it keeps G1, the broker the latency benchmarks measure, with a smaller heap.
 * Left alone: {@code -XX:MaxMetaspaceSize} and {@code -XX:ReservedCodeCacheSize} only cap (reserved address space
 * is not resident memory); {@code -Xss} saves nothing measurable (a thread's stack is resident only as deep as it
 * went) and risks deep template or JSON recursion; {@code spring.main.lazy-initialization} would start faster by
 * leaving beans, and their configuration errors, to the first request, so "ready" would no longer mean working.
 */
final class JvmSizing {

    static final List<String> SERVICE = List.of("-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xms48m", "-Xmx192m", "-XX:TieredStopAtLevel=1");

    static final List<String> GATEWAY = List.of("-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xms32m", "-Xmx128m", "-XX:TieredStopAtLevel=1");

    static final List<String> IDENTITY = List.of("-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xms24m", "-Xmx96m", "-XX:TieredStopAtLevel=1");

    static final List<String> MAIL_SINK = List.of("-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xms16m", "-Xmx64m", "-XX:TieredStopAtLevel=1");

    /**
     * Zipkin with in-memory storage capped at 20,000 spans (TraceCollector). Not measured like the others: 160 MB with
     * Zipkin's default 500,000 spans ran out of heap in a CI run, so it has room now.
     */
    static final List<String> TRACE_COLLECTOR = List.of("-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xms32m", "-Xmx256m", "-XX:TieredStopAtLevel=1");

    static final List<String> KAFKA = List.of("-Xms64m", "-Xmx192m");

    private JvmSizing() {
    }
}
