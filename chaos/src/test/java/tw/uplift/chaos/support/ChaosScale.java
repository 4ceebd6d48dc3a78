package tw.uplift.chaos.support;

import java.util.Locale;

/**
 * How hard a chaos scenario pushes: {@code quick} in {@code ./uplift test} (each scenario small enough for the normal
 * run's time budget), {@code full} in {@code ./uplift chaos}. Read from the system property {@code uplift.chaos.scale}
 * (Maven passes {@code -Duplift.chaos.scale=full} on to the test JVM); anything else is refused rather than guessed.
 */
public enum ChaosScale {
    QUICK, FULL;

    public static final String PROPERTY = "uplift.chaos.scale";

    /** The scale this run asked for, {@link #QUICK} when it asked for none. */
    public static ChaosScale current() {
        String value = System.getProperty(PROPERTY, "quick").trim();
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "quick" -> QUICK;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException(PROPERTY + " is quick or full, not \"" + value + "\"");
        };
    }

    /** {@code quick} or {@code full} for the numbers of a scenario. */
    public int pick(int quick, int full) {
        return this == FULL ? full : quick;
    }

    public boolean isFull() {
        return this == FULL;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
