package tw.uplift.survey.statistics;

import java.util.Arrays;

/**
 * The textbook definitions, computed the straightforward way from the raw scores (first the means, then the
 * deviations from them), to check the running sums against something that does not share their algebra.
 */
public final class TwoPass {

    private TwoPass() {
    }

    public static double mean(double[] xs) {
        return Arrays.stream(xs).average().orElseThrow();
    }

    /** The sample variance, divided by n − 1. */
    public static double variance(double[] xs) {
        double mean = mean(xs);
        double squares = 0;
        for (double x : xs) {
            squares += (x - mean) * (x - mean);
        }
        return squares / (xs.length - 1);
    }

    public static double correlation(double[] xs, double[] ys) {
        double mx = mean(xs);
        double my = mean(ys);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < xs.length; i++) {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys[i] - my) * (ys[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** α = k/(k − 1)·(1 − Σ var(item)/var(total)), rows are respondents, columns items. */
    public static double alpha(int[][] rows) {
        int k = rows[0].length;
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            itemVariances += variance(column(rows, i));
        }
        return (double) k / (k - 1) * (1 - itemVariances / variance(totals(rows)));
    }

    public static double[] column(int[][] rows, int i) {
        return Arrays.stream(rows).mapToDouble(row -> row[i]).toArray();
    }

    public static double[] totals(int[][] rows) {
        return Arrays.stream(rows).mapToDouble(row -> Arrays.stream(row).sum()).toArray();
    }

    /** The rows without column j. */
    public static int[][] without(int[][] rows, int j) {
        return Arrays.stream(rows).map(row -> {
            int[] out = new int[row.length - 1];
            for (int i = 0, o = 0; i < row.length; i++) {
                if (i != j) {
                    out[o++] = row[i];
                }
            }
            return out;
        }).toArray(int[][]::new);
    }
}
