package tw.uplift.survey.answering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.survey.design.SurveyFixture.aCounterServiceSurvey;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.uplift.survey.answering.Answer;
import tw.uplift.survey.design.Survey;

class AnswerFormTest {

    private final Survey survey = aCounterServiceSurvey().opened();

    @Test
    void postsEachAnsweredQuestionAsTheApiWouldInTheSurveysOrder() {
        AnswerForm form = AnswerForm.posted(survey, Map.of("answer-q3", "謝謝", "answer-q1", "4",
                "answer-q2", "online", "lang", "en", "_csrf", "t"));
        assertThat(form.answers()).containsExactly(Answer.score("q1", 4), Answer.choice("q2", "online"),
                Answer.text("q3", "謝謝"));
    }

    @Test
    void leavesBlankFieldsOutAndSendsAScoreThatIsNoNumberAsNoScore() {
        AnswerForm form = AnswerForm.posted(survey, Map.of("answer-q1", "five", "answer-q2", " ", "answer-q3", ""));
        assertThat(form.answers()).containsExactly(new Answer("q1", null, null, null));
    }

    @Test
    void findsTheQuestionOfEachProblemOfTheRules() {
        AnswerForm form = AnswerForm.posted(survey, Map.of("answer-q2", "fax", "answer-q3", "x"));
        assertThat(form.questionOf("answers[0].choice")).isEqualTo("q2");
        assertThat(form.questionOf("answers[1].text")).isEqualTo("q3");
        assertThat(form.questionOf("answers[questionId=q1]")).isEqualTo("q1");
        assertThat(form.questionOf("answers[7].score")).isNull();
        assertThat(form.questionOf("answers")).isNull();
    }

    @Test
    void keepsOnlyAResponseKeyThePageCouldHaveHandedOut() {
        String key = AnswerForm.blank(survey).responseKey();
        assertThat(AnswerForm.posted(survey, Map.of("responseKey", key)).responseKey()).isEqualTo(key);
        assertThat(AnswerForm.posted(survey, Map.of("responseKey", "not ours")).responseKey()).isNull();
        assertThat(AnswerForm.posted(survey, Map.of()).responseKey()).isNull();
    }
}
