package tw.uplift.survey.courtesy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.platform.domain.InvalidInput.Problem;
import tw.uplift.survey.design.LocalizedText;

class RubricTest {

    @Test
    void theShippedRubricsAreOutOf100WithEveryTextInBothLanguages() {
        for (Rubric rubric : List.of(DefaultRubrics.PHONE, DefaultRubrics.VISIT)) {
            assertThat(rubric.criteria().stream().mapToInt(Criterion::maxPoints).sum()).isEqualTo(100);
            assertThat(rubric.criteria()).allSatisfy(c -> assertThat(c.text().en()).isNotBlank());
        }
        assertThat(DefaultRubrics.PHONE.criteria().stream().map(c -> c.section().zh()).distinct())
                .containsExactly("總機", "業務單位");
    }

    @Test
    void fullMarksScore100AndNothingScores0() {
        assertThat(Rubric.total(DefaultRubrics.PHONE.score(all(DefaultRubrics.PHONE, true)))).isEqualTo(100);
        assertThat(Rubric.total(DefaultRubrics.VISIT.score(all(DefaultRubrics.VISIT, false)))).isZero();
    }

    @Test
    void theScoreIsTheSumOfThePointsKeptInTheRubricsOrderWithTheirNotes() {
        Map<String, Mark> marks = all(DefaultRubrics.PHONE, true);
        marks.put("switchboard-speed", new Mark(4, "響了 6 聲才接"));
        marks.put("unit-content", new Mark(20, "  "));
        List<CriterionScore> scored = DefaultRubrics.PHONE.score(marks);
        assertThat(Rubric.total(scored)).isEqualTo(100 - 6 - 5);
        assertThat(scored.getFirst()).isEqualTo(new CriterionScore("switchboard-speed",
                new LocalizedText("總機", "Switchboard"), new LocalizedText("響鈴 3 聲內接聽", "Answered within 3 rings"),
                10, 4, "響了 6 聲才接"));
        assertThat(scored.stream().filter(s -> s.criterionId().equals("unit-content")).findFirst().orElseThrow()
                .note()).as("a blank note is no note").isNull();
        assertThat(scored.stream().map(CriterionScore::criterionId))
                .containsExactlyElementsOf(DefaultRubrics.PHONE.criteria().stream().map(Criterion::id).toList());
    }

    @Test
    void pointsAreTakenFrom0ToTheMaximumInclusive() {
        Map<String, Mark> marks = all(DefaultRubrics.VISIT, true);
        marks.put("courtesy", new Mark(20, null));
        marks.put("content", new Mark(0, null));
        assertThat(DefaultRubrics.VISIT.problemsWith(marks)).isEmpty();
        marks.put("courtesy", new Mark(21, null));
        marks.put("content", new Mark(-1, null));
        assertThat(DefaultRubrics.VISIT.problemsWith(marks)).extracting(Problem::field)
                .containsExactly("scores.courtesy.points", "scores.content.points");
    }

    @Test
    void everyCriterionIsScoredAndOnlyTheRubricsOwnAllProblemsAtOnce() {
        Map<String, Mark> marks = all(DefaultRubrics.PHONE, true);
        marks.remove("unit-speed");
        marks.put("unit-closing", new Mark(null, "忘了"));
        marks.put("unit-introduction", new Mark(3, "x".repeat(Rubric.MAX_NOTE + 1)));
        marks.put("parking", new Mark(5, null));
        assertThat(DefaultRubrics.PHONE.problemsWith(marks)).extracting(Problem::field).containsExactly(
                "scores.unit-speed.points", "scores.unit-introduction.note", "scores.unit-closing.points",
                "scores.parking");
        assertThatThrownBy(() -> DefaultRubrics.PHONE.score(marks)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRubricThatDoesNotAddUpTo100IsRefusedWhenMade() {
        LocalizedText text = new LocalizedText("態度", "Manner");
        assertThatThrownBy(() -> new Rubric(CourtesyTestKind.VISIT, List.of(new Criterion("manner", null, text, 99))))
                .hasMessageContaining("99");
        assertThatThrownBy(() -> new Rubric(CourtesyTestKind.VISIT, List.of(
                new Criterion("manner", null, text, 50), new Criterion("manner", null, text, 50))))
                .hasMessageContaining("unique");
        assertThatThrownBy(() -> new Rubric(CourtesyTestKind.VISIT, List.of(
                new Criterion("manner", null, new LocalizedText("態度", null), 100))))
                .hasMessageContaining("English");
        assertThatThrownBy(() -> new Rubric(CourtesyTestKind.VISIT, List.of(
                new Criterion("manner", null, text, 101), new Criterion("speed", null, text, -1))))
                .hasMessageContaining("at least 1");
        assertThat(new Rubric(CourtesyTestKind.VISIT, List.of(new Criterion("manner", null, text, 100))).criteria())
                .hasSize(1);
    }

    @Test
    void aConfiguredRubricReplacesTheShippedOneAndOneThatDoesNotAddUpStopsTheStart() {
        CourtesyProperties.CriterionSetting manner = new CourtesyProperties.CriterionSetting("manner", "", "", "態度",
                "Manner", 100);
        CourtesyProperties configured = new CourtesyProperties(Map.of(CourtesyTestKind.VISIT, List.of(manner)));
        assertThat(configured.rubricOf(CourtesyTestKind.VISIT).criteria()).extracting(Criterion::id)
                .containsExactly("manner");
        assertThat(configured.rubricOf(CourtesyTestKind.PHONE)).isEqualTo(DefaultRubrics.PHONE);
        CourtesyProperties.CriterionSetting short90 = new CourtesyProperties.CriterionSetting("manner", "", "", "態度",
                "Manner", 90);
        assertThatThrownBy(() -> new CourtesyProperties(Map.of(CourtesyTestKind.VISIT, List.of(short90))))
                .hasMessageContaining("90");
    }

    /** Full marks or none on every criterion. */
    static Map<String, Mark> all(Rubric rubric, boolean full) {
        Map<String, Mark> marks = new HashMap<>();
        rubric.criteria().forEach(c -> marks.put(c.id(), new Mark(full ? c.maxPoints() : 0, null)));
        return marks;
    }
}
