package tw.uplift.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.uplift.platform.domain.InvalidInput;

class RubricTest {

    static final List<Rubric.Dimension> DIMENSIONS = List.of(new Rubric.Dimension("一", "完備基礎服務項目"),
            new Rubric.Dimension("二", "優化服務流程"), new Rubric.Dimension("三", "創新加值服務"));

    @Test
    void weighsEveryDimensionTheSameWhenNoneIsConfigured() {
        Rubric rubric = Rubric.of(DIMENSIONS, Map.of());
        assertThat(rubric.criteria()).extracting(Criterion::weight)
                .allSatisfy(w -> assertThat(w).isCloseTo(100.0 / 3, within(1e-9)));
        assertThat(rubric.total(List.of(90.0, 60.0, 75.0))).isCloseTo(75, within(1e-9));
    }

    @Test
    void normalisesConfiguredWeightsByTitleOrCodeToOneHundred() {
        Rubric rubric = Rubric.of(DIMENSIONS, Map.of("完備基礎服務項目", 3.0, "二", 2.0, "三", 5.0));
        assertThat(rubric.criteria()).extracting(Criterion::weight).containsExactly(30.0, 20.0, 50.0);
        assertThat(rubric.total(List.of(80.0, 100.0, 60.0))).isCloseTo(24 + 20 + 30, within(1e-9));
    }

    @Test
    void aDimensionWithoutAConfiguredWeightWeighsTheMeanOfTheOthers() {
        Rubric rubric = Rubric.of(DIMENSIONS, Map.of("一", 40.0, "二", 20.0));
        assertThat(rubric.criteria()).extracting(Criterion::weight)
                .containsExactly(100 * 40.0 / 90, 100 * 20.0 / 90, 100 * 30.0 / 90);
    }

    @Test
    void refusesAWeightThatIsNotPositive() {
        assertThatThrownBy(() -> Rubric.of(DIMENSIONS, Map.of("一", 0.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSheetNamesEachMissingOrOutOfRangeScore() {
        Rubric rubric = Rubric.of(DIMENSIONS, Map.of());
        java.util.ArrayList<Double> scores = new java.util.ArrayList<>(List.of(80.0, 101.0));
        scores.add(null);
        assertThatThrownBy(() -> ScoreSheet.filledIn(rubric, "reviewer", "王審查", scores, "好", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.Problem::field).containsExactly("scores[2]", "scores[3]"));
        assertThat(ScoreSheet.filledIn(rubric, "reviewer", "王審查", List.of(0.0, 100.0, 50.0), "  ", null).comment())
                .isNull();
    }
}
