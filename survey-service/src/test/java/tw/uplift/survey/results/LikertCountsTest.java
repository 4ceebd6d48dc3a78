package tw.uplift.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.uplift.survey.statistics.Moments;

class LikertCountsTest {

    @Test
    void topTwoBoxIsTheShareOfFoursAndFives() {
        LikertCounts c = LikertCounts.of(1, 1, 1, 3, 4);
        assertThat(c.n()).isEqualTo(10);
        assertThat(c.topTwo()).isEqualTo(7);
        assertThat(c.topTwoBoxShare()).isEqualTo(0.7);
    }

    @Test
    void threesAreNotSatisfied() {
        assertThat(LikertCounts.of(0, 0, 10, 0, 0).topTwoBoxShare()).isZero();
        assertThat(LikertCounts.of(0, 0, 0, 1, 0).topTwoBoxShare()).isEqualTo(1.0);
    }

    @Test
    void meanWeighsEachScoreByItsCount() {
        assertThat(LikertCounts.of(1, 1, 1, 3, 4).mean()).isCloseTo(38.0 / 10, within(1e-12));
        assertThat(LikertCounts.of(0, 0, 0, 0, 2).mean()).isEqualTo(5.0);
    }

    @Test
    void csatOfAQuestionWithItsMarginOfErrorAndSpread() {
        // 100 answers, 60 of them 4 or 5: p = 0.6; 1.96 × √(0.6 × 0.4 / 100) = 1.96 × 0.0489898 = 0.0960200.
        // Σs = 360, Σs² = 1460: variance (1460 − 360²/100)/99 = 164/99, SD 1.2870764
        LikertCounts c = LikertCounts.of(10, 10, 20, 30, 30);
        assertThat(c.topTwoBoxShare()).isEqualTo(0.6);
        assertThat(c.topTwoBoxMarginOfError(java.util.OptionalLong.empty())).isCloseTo(0.0960200, within(1e-7));
        assertThat(c.moments()).isEqualTo(new Moments(100, 360, 1460));
        assertThat(c.moments().standardDeviation()).isCloseTo(1.2870764, within(1e-7));
    }

    @Test
    void nothingAnsweredHasNoMeanAndNoShare() {
        LikertCounts none = LikertCounts.of(0, 0, 0, 0, 0);
        assertThat(none.mean()).isNull();
        assertThat(none.topTwoBoxShare()).isNull();
        assertThat(LikertCounts.pooledTopTwoBoxShare(List.of(none))).isNull();
    }

    @Test
    void surveyCsatPoolsAllLikertAnswersInsteadOfAveragingQuestions() {
        LikertCounts tenAnswers = LikertCounts.of(0, 0, 5, 5, 0); // 0.5
        LikertCounts twoAnswers = LikertCounts.of(0, 0, 0, 0, 2); // 1.0
        assertThat(LikertCounts.pooledTopTwoBoxShare(List.of(tenAnswers, twoAnswers))).isEqualTo(7.0 / 12);
    }

    @Test
    void refusesNegativeOrMissingCounts() {
        assertThatThrownBy(() -> LikertCounts.of(-1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LikertCounts(new long[4])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tallyReadsLikertBucketsAndDefaultsToZero() {
        Tally tally = new Tally("s", 3, Map.of("q1", Map.of("s5", 2L, "s1", 1L)), Tally.ScaleSums.NONE, false);
        assertThat(tally.likert("q1")).isEqualTo(LikertCounts.of(1, 0, 0, 0, 2));
        assertThat(tally.likert("q2").n()).isZero();
    }
}
