package tw.uplift.survey.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cronbach's α from running sums, against a published worked example and against the textbook two-pass
 * definition computed here from the raw scores.
 */
class ReliabilitySumsTest {

    /**
     * Ten respondents × five items, from D. J. Denis, <i>Applied Univariate, Bivariate, and Multivariate
     * Statistics</i> (Wiley, 2016), the Cronbach's alpha example of chapter 2, with its SPSS output: α = 0.633;
     * α if item deleted 0.478, 0.476, 0.507, 0.445, 0.824; corrected item–total correlation 0.712, 0.558, 0.512,
     * 0.796, −0.228.
     */
    private static final int[][] DENIS = {
            {10, 12, 15, 11, 12},
            {12, 18, 12, 12, 1},
            {8, 16, 14, 14, 4},
            {6, 8, 16, 8, 6},
            {4, 7, 8, 7, 5},
            {6, 6, 3, 7, 3},
            {3, 4, 6, 5, 8},
            {7, 3, 7, 9, 9},
            {8, 9, 4, 10, 10},
            {9, 5, 6, 11, 12}};

    @Test
    void theWorkedExampleGivesThePublishedFigures() {
        Reliability r = sumsOf(DENIS).reliability();

        assertThat(r.respondents()).isEqualTo(10);
        assertThat(r.alpha()).isCloseTo(0.633, within(0.0005));
        double[] alphaIfDeleted = {0.478, 0.476, 0.507, 0.445, 0.824};
        double[] corrected = {0.712, 0.558, 0.512, 0.796, -0.228};
        for (int j = 0; j < 5; j++) {
            assertThat(r.items().get(j).alphaIfDeleted()).as("α without item %d", j + 1)
                    .isCloseTo(alphaIfDeleted[j], within(0.0005));
            assertThat(r.items().get(j).correctedItemTotalCorrelation()).as("r of item %d", j + 1)
                    .isCloseTo(corrected[j], within(0.0005));
        }
    }

    @Test
    void theRunningSumsAgreeWithTheTwoPassDefinition() {
        Reliability r = sumsOf(DENIS).reliability();

        assertThat(r.alpha()).isCloseTo(TwoPass.alpha(DENIS), within(1e-12));
        for (int j = 0; j < 5; j++) {
            int[][] without = TwoPass.without(DENIS, j);
            assertThat(r.items().get(j).alphaIfDeleted()).isCloseTo(TwoPass.alpha(without), within(1e-12));
            assertThat(r.items().get(j).correctedItemTotalCorrelation())
                    .isCloseTo(TwoPass.correlation(TwoPass.column(DENIS, j), TwoPass.totals(without)), within(1e-12));
        }
    }

    @Test
    void twoItemsHaveAnAlphaButNoneWithAnItemLeftOut() {
        Reliability r = sumsOf(new int[][] {{1, 2}, {3, 3}, {5, 4}}).reliability();

        assertThat(r.alpha()).isNotNull();
        assertThat(r.items()).allSatisfy(item -> assertThat(item.alphaIfDeleted()).isNull());
    }

    @Test
    void aTotalThatDoesNotVaryHasNoAlpha() {
        assertThat(sumsOf(new int[][] {{4, 4, 4}, {4, 4, 4}}).reliability().alpha()).isNull();
        assertThat(sumsOf(new int[][] {{4, 5, 3}}).reliability().alpha()).as("one respondent").isNull();
    }

    /** The running sums, accumulated one respondent at a time as the store does. */
    static ReliabilitySums sumsOf(int[][] rows) {
        int k = rows[0].length;
        long totalSum = 0;
        long totalSquares = 0;
        long[] sum = new long[k];
        long[] squares = new long[k];
        long[] withTotal = new long[k];
        for (int[] row : rows) {
            long total = Arrays.stream(row).sum();
            totalSum += total;
            totalSquares += total * total;
            for (int i = 0; i < k; i++) {
                sum[i] += row[i];
                squares[i] += (long) row[i] * row[i];
                withTotal[i] += total * row[i];
            }
        }
        List<ReliabilitySums.ItemSums> items = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            items.add(new ReliabilitySums.ItemSums(sum[i], squares[i], withTotal[i]));
        }
        return new ReliabilitySums(rows.length, totalSum, totalSquares, items);
    }
}
