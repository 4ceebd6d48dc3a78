package tw.uplift.chaos.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one line each chaos scenario prints: what it checked and its counts, lost and doubled named explicitly so a
 * reader (and the closing note) can quote it, e.g.
 * {@code [chaos] SIGKILL at random points (full): 1,000 kills (...) · events written 12,345 · lost 0 · doubled 0}.
 * Printed to standard output, which lands in the test reports under {@code target/failsafe-reports/} (and on the
 * console with {@code ./uplift chaos}).
 */
public final class ChaosReport {

    private final String scenario;
    private final List<String> parts = new ArrayList<>();

    private ChaosReport(String scenario) {
        this.scenario = scenario;
    }

    /** A report of one scenario, at the run's scale. */
    public static ChaosReport of(String scenario) {
        return new ChaosReport(scenario + " (" + ChaosScale.current() + ")");
    }

    /** What was checked, as the scenario words it ("1,000 kills (outbox write 263, ...)"). */
    public ChaosReport checked(String what) {
        parts.add(what);
        return this;
    }

    /** A named count: "events written 12,345". */
    public ChaosReport count(String what, long n) {
        parts.add(what + " " + number(n));
        return this;
    }

    /** The events, messages or effects that should have arrived and did not. */
    public ChaosReport lost(String what, long n) {
        parts.add(what + " lost " + number(n));
        return this;
    }

    /** The effects that exist more than once. */
    public ChaosReport doubled(String what, long n) {
        parts.add(what + " doubled " + number(n));
        return this;
    }

    /** The line, as printed. */
    public String line() {
        return "[chaos] " + scenario + ": " + String.join(" · ", parts);
    }

    /** Prints the line and returns it. */
    public String print() {
        String line = line();
        System.out.println(line);
        return line;
    }

    /** 12345 → "12,345". */
    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
