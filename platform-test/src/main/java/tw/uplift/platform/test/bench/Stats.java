package tw.uplift.platform.test.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and percentiles of a benchmark's samples: no timed assertion anywhere, only figures to print. */
public final class Stats {

    private Stats() {
    }

    public static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile (p in 0..100) of the values; NaN for none. */
    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, rank - 1)));
    }
}
