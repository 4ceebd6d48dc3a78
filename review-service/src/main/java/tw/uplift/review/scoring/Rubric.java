package tw.uplift.review.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rubric of an annual review (評分表): one criterion per dimension of the plan, weighted so the weights add up to
 * 100 and the weighted total of scores 0..100 is itself out of 100.
 *
 * <p>Weights come from configuration, keyed by a dimension's title or its code (the title wins when both are
 * given). When none of the plan's dimensions is configured every dimension weighs the same. When only some are, the
 * others weigh the mean of the configured ones: a dimension an agency added is scored, never silently worth nothing.
 * The weights are then scaled to add up to 100, so they may be written in any unit (3:2:5, or 30/20/50).
 *
 * @param criteria in plan order
 */
public record Rubric(List<Criterion> criteria) {

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    /** A dimension of the plan as the rubric needs it. */
    public record Dimension(String code, String title) {
    }

    /**
     * The rubric of a plan's dimensions.
     *
     * @param weights configured weights by dimension title or code; none of them zero or negative
     * @throws IllegalArgumentException when a configured weight is not positive
     */
    public static Rubric of(List<Dimension> dimensions, Map<String, Double> weights) {
        weights.forEach((key, weight) -> {
            if (weight == null || !(weight > 0)) {
                throw new IllegalArgumentException("weight of " + key + " must be positive: " + weight);
            }
        });
        List<Double> given = new ArrayList<>();
        for (Dimension d : dimensions) {
            given.add(weights.getOrDefault(d.title(), d.code() == null ? null : weights.get(d.code())));
        }
        double fallback = given.stream().filter(w -> w != null).mapToDouble(Double::doubleValue).average().orElse(1);
        List<Double> raw = given.stream().map(w -> w == null ? fallback : w).toList();
        double sum = raw.stream().mapToDouble(Double::doubleValue).sum();
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            Dimension d = dimensions.get(i);
            criteria.add(new Criterion(i + 1, d.code() == null ? "" : d.code(), d.title(), raw.get(i) * 100 / sum));
        }
        return new Rubric(criteria);
    }

    /** How many scores a sheet carries. */
    public int size() {
        return criteria.size();
    }

    /**
     * The weighted total of scores given in criterion order: Σ score × weight / 100, out of 100, not rounded.
     *
     * @throws IllegalArgumentException when the number of scores does not match
     */
    public double total(List<Double> scores) {
        if (scores.size() != criteria.size()) {
            throw new IllegalArgumentException(scores.size() + " scores for " + criteria.size() + " criteria");
        }
        double total = 0;
        for (int i = 0; i < scores.size(); i++) {
            total += scores.get(i) * criteria.get(i).weight() / 100;
        }
        return total;
    }
}
