package tw.uplift.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GradeBandsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "100, EXCELLENT", "90, EXCELLENT", "89.995, EXCELLENT", "89.994, GOOD", "89.99, GOOD", "89.5, GOOD",
            "80, GOOD", "79.99, FAIR", "70, FAIR", "69.99, POOR", "0, POOR"})
    void gradesAScoreByItsPublishedValueWithEachLowerBoundIncluded(double score, Grade grade) {
        assertThat(GradeBands.DEFAULT.grade(score)).isEqualTo(grade);
    }

    @Test
    void configuredBandsMoveTheEdges() {
        GradeBands strict = new GradeBands(95, 85, 75);
        assertThat(strict.grade(94.99)).isEqualTo(Grade.GOOD);
        assertThat(strict.grade(75)).isEqualTo(Grade.FAIR);
        assertThat(strict.grade(74.99)).isEqualTo(Grade.POOR);
    }

    @Test
    void bandsThatDoNotFallAreRefused() {
        assertThatThrownBy(() -> new GradeBands(80, 90, 70)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsAreTheOnesTheDocumentsUse() {
        assertThat(Grade.EXCELLENT.label()).isEqualTo("優等");
        assertThat(Grade.POOR.label()).isEqualTo("丙等");
    }
}
