package tw.uplift.platform.outbox;

import java.util.function.Supplier;

/**
 * Gives aggregates the W3C {@code traceparent} of the current request without depending on a tracer,
 * so an event published later by the relay continues the request's trace.
 */
public final class TraceContextHolder {

    private static volatile Supplier<String> source = () -> null;

    private TraceContextHolder() {
    }

    static String current() {
        return source.get();
    }

    /** Installed once by the platform's tracing configuration. */
    public static void install(Supplier<String> traceparentSource) {
        source = traceparentSource;
    }
}
