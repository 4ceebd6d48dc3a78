package tw.uplift.review.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far several reviewers' totals for one plan lie apart (評分離散): mean, lowest, highest, standard deviation, and
 * the outliers.
 *
 * <p>The outlier rule: a reviewer is flagged when their total lies more than {@code distance} points (default 10)
 * from the median of the <em>other</em> reviewers' totals. Measuring against the others keeps one extreme sheet
 * from pulling the yardstick towards itself; the median keeps a second extreme one from doing so. It needs at least
 * three sheets: with two, nobody can say which of them is off, so nobody is flagged. Being flagged changes no score;
 * it asks the assignee to talk before finalising.
 *
 * <p>The standard deviation is the population one (divided by n): the sheets are all the scores there are, not a
 * sample of reviewers.
 *
 * @param totals   each reviewer's total, by reviewer id, in the order given
 * @param outliers the flagged reviewers
 */
public record Spread(Map<String, Double> totals, double mean, double min, double max, double standardDeviation,
        Set<String> outliers) {

    /** Fewer sheets than this flag nobody. */
    public static final int MIN_SHEETS_FOR_OUTLIERS = 3;

    /** The spread of reviewers' totals; empty totals give zeros and no outliers. */
    public static Spread of(Map<String, Double> totals, double distance) {
        Map<String, Double> given = new LinkedHashMap<>(totals);
        if (given.isEmpty()) {
            return new Spread(Map.of(), 0, 0, 0, 0, Set.of());
        }
        double mean = given.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double min = given.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = given.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double variance = given.values().stream().mapToDouble(t -> (t - mean) * (t - mean)).sum() / given.size();
        Set<String> outliers = new TreeSet<>();
        if (given.size() >= MIN_SHEETS_FOR_OUTLIERS) {
            given.forEach((reviewer, total) -> {
                List<Double> others = new ArrayList<>();
                given.forEach((other, t) -> {
                    if (!other.equals(reviewer)) {
                        others.add(t);
                    }
                });
                if (Math.abs(total - median(others)) > distance) {
                    outliers.add(reviewer);
                }
            });
        }
        return new Spread(Map.copyOf(given), mean, min, max, Math.sqrt(variance), Set.copyOf(outliers));
    }

    /** Whether a reviewer's total is flagged. */
    public boolean isOutlier(String reviewerId) {
        return outliers.contains(reviewerId);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
