package tw.uplift.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
        Tally tally = new Tally("s", 3, Map.of("q1", Map.of("s5", 2L, "s1", 1L)), false);
        assertThat(tally.likert("q1")).isEqualTo(LikertCounts.of(1, 0, 0, 0, 2));
        assertThat(tally.likert("q2").n()).isZero();
    }
}
