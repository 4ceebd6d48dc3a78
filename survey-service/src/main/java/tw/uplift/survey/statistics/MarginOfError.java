package tw.uplift.survey.statistics;

import java.util.OptionalLong;

/**
 * The margin of error (抽樣誤差) at 95 % of a share measured on a sample: z·√(p(1 − p)/n), z = 1.96 (the normal
 * approximation, as survey reports in Taiwan state it: 「在95%信心水準下，抽樣誤差為±x個百分點」). When the size N of
 * the population asked is known, the finite population correction √((N − n)/(N − 1)) shrinks it: having heard
 * from most of a small population leaves less to guess (and from all of it, nothing).
 */
public final class MarginOfError {

    /** The two-sided 95 % quantile of the standard normal distribution, to the two decimals survey practice uses. */
    public static final double Z_95 = 1.96;

    private MarginOfError() {
    }

    /**
     * @param hits       how many of the sample have the property (e.g. answered 4 or 5)
     * @param n          the sample size
     * @param population N, the size of the population the sample was drawn from, when known
     * @return the margin as a share (0.05 is ±5 percentage points), or null without any answer
     */
    public static Double ofShare(long hits, long n, OptionalLong population) {
        if (hits < 0 || hits > n) {
            throw new IllegalArgumentException("hits must be between 0 and n");
        }
        if (n == 0) {
            return null;
        }
        double p = (double) hits / n;
        double margin = Z_95 * Math.sqrt(p * (1 - p) / n);
        if (population.isPresent()) {
            long size = population.getAsLong();
            if (size < n) {
                throw new IllegalArgumentException("the population cannot be smaller than the sample");
            }
            margin *= size == 1 ? 0 : Math.sqrt((double) (size - n) / (size - 1));
        }
        return margin;
    }
}
