package tw.uplift.launcher;

import java.util.List;

/**
 * The memory and compiler options of each child JVM of the local run, chosen from measurement on this kind of
 * machine (2 cores; the figures below). Shared by the training run and the runs that use its cache, since the
 * cache is only valid for the options it was trained with ({@link ClassCache#fileName}).
 */
final class JvmSizing {

    /** C1 only: four services start in about 27 s instead of 44 s on two cores without a cache (DESIGN.md). */
    static final List<String> SERVICE = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");

    static final List<String> GATEWAY = List.of("-Xmx192m", "-XX:TieredStopAtLevel=1");

    static final List<String> IDENTITY = List.of("-Xmx192m", "-XX:TieredStopAtLevel=1");

    static final List<String> MAIL_SINK = List.of("-Xmx96m", "-XX:TieredStopAtLevel=1");

    static final List<String> KAFKA = List.of("-Xmx256m");

    private JvmSizing() {
    }
}
