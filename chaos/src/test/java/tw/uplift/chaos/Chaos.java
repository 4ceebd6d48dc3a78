package tw.uplift.chaos;

import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** What the infrastructure scenarios share: their report line, numbers as people read them, and waiting for a state. */
final class Chaos {

    private Chaos() {
    }

    /** One scenario's result, as {@code ./uplift chaos} prints it. */
    static void report(String line) {
        System.out.println("[chaos] " + line);
    }

    /** {@code 3,600}. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1.8 s}. */
    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** Polls until the condition holds; returns how long that took, or fails naming what did not happen. */
    static Duration await(String what, Duration atMost, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + atMost.toNanos();
        while (true) {
            boolean holds;
            try {
                holds = condition.getAsBoolean();
            } catch (RuntimeException notYet) {
                holds = false; // a service or the store still coming back
            }
            if (holds) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + atMost.toSeconds() + " s: " + what);
            }
            sleep(Duration.ofMillis(200));
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
