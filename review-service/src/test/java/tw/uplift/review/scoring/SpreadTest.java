package tw.uplift.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void flagsAReviewerFarFromTheMedianOfTheOthers() {
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("a", 82.0);
        totals.put("b", 85.0);
        totals.put("c", 84.0);
        totals.put("d", 60.0);
        Spread spread = Spread.of(totals, 10);
        assertThat(spread.outliers()).containsExactly("d");
        assertThat(spread.mean()).isCloseTo(77.75, within(1e-9));
        assertThat(spread.min()).isEqualTo(60.0);
        assertThat(spread.max()).isEqualTo(85.0);
        // deviations 4.25, 7.25, 6.25, -17.75: variance (18.0625 + 52.5625 + 39.0625 + 315.0625) / 4
        assertThat(spread.standardDeviation()).isCloseTo(Math.sqrt(424.75 / 4), within(1e-9));
    }

    @Test
    void exactlyTheDistanceAwayIsNotAnOutlier() {
        Spread spread = Spread.of(Map.of("a", 80.0, "b", 80.0, "c", 90.0), 10);
        assertThat(spread.outliers()).isEmpty();
        assertThat(Spread.of(Map.of("a", 80.0, "b", 80.0, "c", 90.01), 10).outliers()).containsExactly("c");
    }

    @Test
    void twoSheetsFlagNobody() {
        assertThat(Spread.of(Map.of("a", 50.0, "b", 95.0), 10).outliers()).isEmpty();
    }

    @Test
    void theFinalScoreIsTheMeanOfTheWeightedTotalsOutliersIncluded() {
        Rubric rubric = Rubric.of(List.of(new Rubric.Dimension("一", "甲"), new Rubric.Dimension("二", "乙")),
                Map.of("一", 3.0, "二", 1.0));
        List<ScoreSheet> sheets = List.of(sheet("a", 90, 70), sheet("b", 88, 80), sheet("c", 60, 60));
        // totals 85, 86, 60: mean 77
        FinalScore score = FinalScore.of(sheets, rubric, GradeBands.DEFAULT);
        assertThat(score.score()).isEqualTo(77.0);
        assertThat(score.grade()).isEqualTo(Grade.FAIR);
        assertThat(score.sheets()).isEqualTo(3);
    }

    @Test
    void theFinalScoreIsPublishedWithTwoDecimals() {
        Rubric rubric = Rubric.of(List.of(new Rubric.Dimension("一", "甲")), Map.of());
        FinalScore score = FinalScore.of(List.of(sheet("a", 90), sheet("b", 89), sheet("c", 90)), rubric,
                GradeBands.DEFAULT);
        assertThat(score.score()).isEqualTo(89.67);
        assertThat(score.grade()).isEqualTo(Grade.GOOD);
    }

    private static ScoreSheet sheet(String reviewer, double... scores) {
        return new ScoreSheet(reviewer, reviewer, java.util.Arrays.stream(scores).boxed().toList(), null,
                Instant.EPOCH);
    }
}
