package tw.uplift.survey.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static tw.uplift.survey.design.Questions.choice;
import static tw.uplift.survey.design.Questions.likert;
import static tw.uplift.survey.design.SurveyFixture.aSurveyOf;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.platform.domain.InvalidInput;

class AnswerRulesTest {

    /** q1 a Likert score, q2 a choice of counter or online, q3 a free comment (optional, though marked required). */
    private final Survey survey = aSurveyOf(likert("q1"), choice("q2", "counter", "online"),
            new Question("q3", new LocalizedText("建議", null), QuestionKind.TEXT, List.of(), true)).draft();

    @Test
    void acceptsAGoodResponseAndDropsBlankText() {
        List<Answer> checked = AnswerRules.check(survey, List.of(Answer.score("q1", 5), Answer.choice("q2", "online"),
                Answer.text("q3", "   ")));
        assertThat(checked).containsExactly(Answer.score("q1", 5), Answer.choice("q2", "online"));
        assertThat(AnswerRules.buckets(checked)).isEqualTo(Map.of("q1", List.of("s5"), "q2", List.of("c_online")));
    }

    @Test
    void takesAZeroToTenScoreAndTheBoxesTickedOfAMultipleChoice() {
        Survey s = aSurveyOf(tw.uplift.survey.design.Questions.nps("r"),
                tw.uplift.survey.design.Questions.multiChoice("m", "web", "friends", "notice")).draft();
        List<Answer> checked = AnswerRules.check(s, List.of(Answer.score("r", 0), Answer.choices("m", List.of("web", "notice"))));
        assertThat(AnswerRules.buckets(checked)).isEqualTo(Map.of("r", List.of("s0"),
                "m", List.of("c_web", "c_notice", "answered")));
        assertThat(AnswerRules.check(s, List.of(Answer.score("r", 10), Answer.choices("m", List.of("friends"))))).hasSize(2);
    }

    @Test
    void refusesScoresOutOfTheirRangeAndBoxesThatAreNoOptionOrTickedTwice() {
        Survey s = aSurveyOf(likert("q1"), tw.uplift.survey.design.Questions.nps("r"),
                tw.uplift.survey.design.Questions.multiChoice("m", "web", "friends")).draft();
        assertThat(fieldsOf(s, Answer.score("q1", 0), Answer.score("r", 11), Answer.choices("m", List.of("web", "fax", "web"))))
                .containsExactly("answers[0].score", "answers[1].score", "answers[2].choices[1]", "answers[2].choices[2]");
        assertThat(fieldsOf(s, Answer.score("q1", 3), Answer.score("r", 5), Answer.choices("m", List.of())))
                .as("a required multiple choice with nothing ticked is not answered")
                .containsExactly("answers[questionId=m]");
        assertThat(fieldsOf(s, Answer.score("q1", 3), new Answer("r", 5, "x", List.of("web"), null), Answer.choices("m", List.of("web"))))
                .containsExactly("answers[1].choice", "answers[1].choices");
    }

    private static List<String> fieldsOf(Survey s, Answer... answers) {
        try {
            AnswerRules.check(s, List.of(answers));
            return List.of();
        } catch (tw.uplift.platform.domain.InvalidInput refused) {
            return refused.problems().stream().map(tw.uplift.platform.domain.InvalidInput.Problem::field).toList();
        }
    }

    @Test
    void textIsOptionalEvenWhenMarkedRequired() {
        assertThat(AnswerRules.check(survey, List.of(Answer.score("q1", 3), Answer.choice("q2", "counter")))).hasSize(2);
    }

    @Test
    void refusesAnUnknownQuestion() {
        assertThat(fields(Answer.score("q9", 5), Answer.score("q1", 5), Answer.choice("q2", "counter")))
                .containsExactly("answers[0].questionId");
    }

    @Test
    void refusesScoresOutsideOneToFive() {
        assertThat(fields(Answer.score("q1", 0), Answer.choice("q2", "counter"))).containsExactly("answers[0].score");
        assertThat(fields(Answer.score("q1", 6), Answer.choice("q2", "counter"))).containsExactly("answers[0].score");
        assertThat(fields(new Answer("q1", null, null, null), Answer.choice("q2", "counter")))
                .containsExactly("answers[0].score");
    }

    @Test
    void refusesAMissingRequiredQuestionNamingIt() {
        assertThat(fields(Answer.choice("q2", "counter"))).containsExactly("answers[questionId=q1]");
    }

    @Test
    void refusesAnOptionTheQuestionDoesNotHave() {
        assertThat(fields(Answer.score("q1", 4), Answer.choice("q2", "fax"))).containsExactly("answers[1].choice");
    }

    @Test
    void refusesTextLongerThan500Characters() {
        assertThat(fields(Answer.score("q1", 4), Answer.choice("q2", "counter"), Answer.text("q3", "字".repeat(501))))
                .containsExactly("answers[2].text");
        assertThat(AnswerRules.check(survey, List.of(Answer.score("q1", 4), Answer.choice("q2", "counter"),
                Answer.text("q3", "字".repeat(500))))).hasSize(3);
    }

    @Test
    void refusesTheSameQuestionTwiceAndValuesOfAnotherKind() {
        assertThat(fields(Answer.score("q1", 4), Answer.score("q1", 5), Answer.choice("q2", "counter")))
                .containsExactly("answers[1].questionId");
        assertThat(fields(new Answer("q1", 4, "counter", null), Answer.choice("q2", "counter")))
                .containsExactly("answers[0].choice");
    }

    @Test
    void refusesAnEmptyResponse() {
        assertThat(catchThrowableOfType(InvalidInput.class, () -> AnswerRules.check(survey, List.of())).problems())
                .extracting(InvalidInput.Problem::field).containsExactly("answers");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThat(fields(Answer.score("q1", 9), Answer.choice("q2", "fax"), Answer.text("q3", "x".repeat(600))))
                .containsExactly("answers[0].score", "answers[1].choice", "answers[2].text");
    }

    private List<String> fields(Answer... answers) {
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> AnswerRules.check(survey, Arrays.asList(answers)));
        assertThat(e).as("should be refused").isNotNull();
        return e.problems().stream().map(InvalidInput.Problem::field).toList();
    }
}
