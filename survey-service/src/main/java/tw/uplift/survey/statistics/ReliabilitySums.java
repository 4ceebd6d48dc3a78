package tw.uplift.survey.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * The running sums that internal-consistency reliability (內部一致性信度) needs, over the respondents who scored
 * every item of a scale. Each respondent adds to them independently, so they can be kept with increments alone:
 * the respondents, Σ total and Σ total² (total = the respondent's sum over the items), and per item Σx, Σx² and
 * Σ total·x.
 *
 * <p>Why these and not the whole k × k matrix of Σxᵢxⱼ: α needs only the item variances and the variance of the
 * total. α with item j left out needs the variance of total − xⱼ, which is var(total) + var(xⱼ) − 2 cov(total, xⱼ),
 * and cov(total, xⱼ) is what Σ total·xⱼ gives. The corrected item–total correlation corr(xⱼ, total − xⱼ) follows
 * from the same three, since cov(xⱼ, total − xⱼ) = cov(total, xⱼ) − var(xⱼ). So k items cost 3k + 3 sums, not k².
 *
 * @param respondents      how many respondents scored every item
 * @param totalSum         Σ total over them
 * @param totalSumOfSquares Σ total²
 * @param items            per item, in the scale's order
 */
public record ReliabilitySums(long respondents, long totalSum, long totalSumOfSquares, List<ItemSums> items) {

    /**
     * One item's sums over the same respondents.
     *
     * @param sum          Σx
     * @param sumOfSquares Σx²
     * @param sumWithTotal Σ total·x
     */
    public record ItemSums(long sum, long sumOfSquares, long sumWithTotal) {
    }

    public ReliabilitySums {
        items = List.copyOf(items);
    }

    /**
     * Cronbach's α and, per item, α if it were left out and its corrected item–total correlation. Each figure is
     * null where it is undefined: α needs two items, two respondents and a total that varies; α with an item left
     * out needs three items (two remain); a correlation needs both sides to vary.
     */
    public Reliability reliability() {
        int k = items.size();
        Moments total = new Moments(respondents, totalSum, totalSumOfSquares);
        long totalVariance = total.scaledVariance(); // every variance and covariance here is n(n − 1) times the real one
        long itemVariances = 0;
        List<Long> variances = new ArrayList<>();
        for (ItemSums item : items) {
            long v = new Moments(respondents, item.sum(), item.sumOfSquares()).scaledVariance();
            variances.add(v);
            itemVariances += v;
        }
        Double alpha = alpha(k, itemVariances, totalVariance);
        List<Reliability.ItemAnalysis> analysis = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            ItemSums item = items.get(j);
            long itemVariance = variances.get(j);
            long withTotal = Math.subtractExact(Math.multiplyExact(respondents, item.sumWithTotal()),
                    Math.multiplyExact(totalSum, item.sum()));
            long restVariance = Math.subtractExact(Math.addExact(totalVariance, itemVariance), Math.multiplyExact(2, withTotal));
            long itemWithRest = withTotal - itemVariance;
            Double alphaWithout = k < 3 ? null : alpha(k - 1, itemVariances - itemVariance, restVariance);
            Double corrected = itemVariance <= 0 || restVariance <= 0 ? null
                    : itemWithRest / Math.sqrt((double) itemVariance * restVariance);
            analysis.add(new Reliability.ItemAnalysis(alphaWithout, corrected));
        }
        return new Reliability(respondents, alpha, analysis);
    }

    private Double alpha(int k, long itemVariances, long totalVariance) {
        if (k < 2 || respondents < 2 || totalVariance <= 0) {
            return null;
        }
        return (double) k / (k - 1) * (1 - (double) itemVariances / totalVariance);
    }
}
