package tw.uplift.survey.answering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.survey.design.SurveyFixture.aCounterServiceSurvey;

import java.util.List;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.junit.jupiter.api.Test;
import tw.uplift.survey.answering.Answer;
import tw.uplift.survey.design.Survey;

class AnswerFormTest {

    private final Survey survey = aCounterServiceSurvey().opened();

    @Test
    void postsEachAnsweredQuestionAsTheApiWouldInTheSurveysOrder() {
        AnswerForm form = AnswerForm.posted(survey, fields("answer-q3", "謝謝", "answer-q1", "4",
                "answer-q2", "online", "lang", "en", "_csrf", "t"));
        assertThat(form.answers()).containsExactly(Answer.score("q1", 4), Answer.choice("q2", "online"),
                Answer.text("q3", "謝謝"));
    }

    @Test
    void leavesBlankFieldsOutAndSendsAScoreThatIsNoNumberAsNoScore() {
        AnswerForm form = AnswerForm.posted(survey, fields("answer-q1", "five", "answer-q2", " ", "answer-q3", ""));
        assertThat(form.answers()).containsExactly(new Answer("q1", null, null, null));
    }

    @Test
    void findsTheQuestionOfEachProblemOfTheRules() {
        AnswerForm form = AnswerForm.posted(survey, fields("answer-q2", "fax", "answer-q3", "x"));
        assertThat(form.questionOf("answers[0].choice")).isEqualTo("q2");
        assertThat(form.questionOf("answers[1].text")).isEqualTo("q3");
        assertThat(form.questionOf("answers[questionId=q1]")).isEqualTo("q1");
        assertThat(form.questionOf("answers[7].score")).isNull();
        assertThat(form.questionOf("answers")).isNull();
    }

    @Test
    void keepsOnlyAResponseKeyThePageCouldHaveHandedOut() {
        String key = AnswerForm.blank(survey, null).responseKey();
        assertThat(AnswerForm.posted(survey, fields("responseKey", key)).responseKey()).isEqualTo(key);
        assertThat(AnswerForm.posted(survey, fields("responseKey", "not ours")).responseKey()).isNull();
        assertThat(AnswerForm.posted(survey, fields()).responseKey()).isNull();
    }

    @Test
    void postsTheBoxesTickedOfAMultipleChoiceAndTheSegmentOfTheLink() {
        Survey multi = tw.uplift.survey.design.SurveyFixture.aSurveyOf(
                tw.uplift.survey.design.Questions.multiChoice("q1", "web", "friends", "notice")).opened();
        MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
        posted.add("answer-q1", "web");
        posted.add("answer-q1", "notice");
        posted.add("answer-q1", " ");
        posted.add("segment", "counter-1");
        AnswerForm form = AnswerForm.posted(multi, posted);
        assertThat(form.answers()).containsExactly(Answer.choices("q1", List.of("web", "notice")));
        assertThat(form.values("q1")).containsExactly("web", "notice");
        assertThat(form.segment()).isEqualTo("counter-1");
    }

    /** A form's fields as posted, each name once: name, value, name, value … */
    private static MultiValueMap<String, String> fields(String... nameValue) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            fields.add(nameValue[i], nameValue[i + 1]);
        }
        return fields;
    }
}
