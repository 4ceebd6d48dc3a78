package tw.uplift.survey.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static tw.uplift.survey.design.SurveyFixture.NOW;
import static tw.uplift.survey.design.SurveyFixture.aLikertSurvey;
import static tw.uplift.survey.design.SurveyFixture.aSurveyOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.platform.domain.InvalidInput;

/** What a new survey must have, each rule broken named by its field (a 400, never a 500). */
class SurveyDraftTest {

    @Test
    void needsATitleInChinese() {
        assertThat(refused(aLikertSurvey().titled(new LocalizedText(" ", "Satisfaction")))).containsExactly("title.zh");
        assertThat(refused(aLikertSurvey().titled(null))).containsExactly("title.zh");
    }

    @Test
    void holdsItsThresholdAboveZeroAndAtMostOne() {
        assertThat(refused(aLikertSurvey().heldTo(0))).containsExactly("satisfactionThreshold");
        assertThat(refused(aLikertSurvey().heldTo(1.01))).containsExactly("satisfactionThreshold");
        assertThat(aLikertSurvey().heldTo(1).draft().satisfactionThreshold()).isEqualTo(1);
    }

    @Test
    void closesInTheFuture() {
        assertThat(refused(aLikertSurvey().closingAt(NOW))).containsExactly("closesAt");
    }

    @Test
    void needsAtLeastOneQuestion() {
        assertThat(refused(aSurveyOf())).containsExactly("questions");
        assertThat(refused(aSurveyOf((Question[]) null))).containsExactly("questions");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThat(refused(aSurveyOf().titled(null).heldTo(2).closingAt(NOW)))
                .containsExactly("title.zh", "satisfactionThreshold", "closesAt", "questions");
    }

    private static List<String> refused(SurveyFixture survey) {
        InvalidInput e = catchThrowableOfType(InvalidInput.class, survey::draft);
        assertThat(e).as("should be refused").isNotNull();
        return e.problems().stream().map(InvalidInput.Problem::field).toList();
    }

    @Test
    void segmentsHaveKeysOfTheirOwnAndNamesAndAPlannedSampleFitsItsPopulation() {
        SurveyDraft draft = new SurveyDraft(new LocalizedText("調查", null), MeasureLink.NONE,
                List.of(Questions.likert("q1")), null, null,
                java.util.Arrays.asList(SurveyFixture.counter("c-1", 100L), SurveyFixture.counter("c-1", null),
                        new Segment("bad.key", new LocalizedText(" ", null), null, 0L), null),
                50L, 80);
        assertThat(draft.problemsAt(SurveyFixture.NOW)).extracting(tw.uplift.platform.domain.InvalidInput.Problem::field)
                .containsExactly("sampleSize", "segments[1].id", "segments[2].id", "segments[2].name.zh",
                        "segments[2].kind", "segments[2].population", "segments[3]");
    }
}
