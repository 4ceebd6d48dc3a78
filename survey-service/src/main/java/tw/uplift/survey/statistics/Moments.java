package tw.uplift.survey.statistics;

/**
 * The running moments (累計量) of one item's scores: how many, their sum and the sum of their squares. Enough for
 * the mean and the sample standard deviation without keeping the scores, and each can be incremented on its own.
 *
 * @param n            how many scores
 * @param sum          Σx
 * @param sumOfSquares Σx²
 */
public record Moments(long n, long sum, long sumOfSquares) {

    public Moments {
        if (n < 0 || sumOfSquares < 0) {
            throw new IllegalArgumentException("a count and a sum of squares are never negative");
        }
    }

    /** The mean, or null without any score. */
    public Double mean() {
        return n == 0 ? null : (double) sum / n;
    }

    /** The sample variance (divided by n − 1), or null below two scores. */
    public Double variance() {
        return n < 2 ? null : (double) scaledVariance() / ((double) n * (n - 1));
    }

    /** The sample standard deviation (n − 1), or null below two scores. */
    public Double standardDeviation() {
        Double v = variance();
        return v == null ? null : Math.sqrt(v);
    }

    /**
     * n·Σx² − (Σx)², which is n(n − 1) times the sample variance. Kept whole so that ratios of variances (as in
     * Cronbach's α, where the factor n(n − 1) cancels) involve no rounding until the last division; the
     * subtraction of two large nearly equal numbers is exact here, where in {@code double} it would not be.
     */
    long scaledVariance() {
        return Math.subtractExact(Math.multiplyExact(n, sumOfSquares), Math.multiplyExact(sum, sum));
    }
}
