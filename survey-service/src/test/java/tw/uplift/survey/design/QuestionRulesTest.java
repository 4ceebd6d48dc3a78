package tw.uplift.survey.design;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.survey.design.Questions.choice;
import static tw.uplift.survey.design.Questions.choiceOf;
import static tw.uplift.survey.design.Questions.freeText;
import static tw.uplift.survey.design.Questions.likert;
import static tw.uplift.survey.design.Questions.ofKind;
import static tw.uplift.survey.design.Questions.option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tw.uplift.platform.domain.InvalidInput.Problem;

class QuestionRulesTest {

    @Test
    void acceptsEachKindOfQuestion() {
        assertThat(fields(likert("q1"), choice("q2", "counter", "online"), freeText("q3"))).isEmpty();
    }

    @Test
    void aSurveyHasOneToFiftyQuestions() {
        assertThat(fields()).containsExactly("questions");
        List<Question> fifty = IntStream.rangeClosed(1, Survey.MAX_QUESTIONS).mapToObj(i -> likert("q" + i)).toList();
        assertThat(QuestionRules.check(fifty)).isEmpty();
        List<Question> tooMany = new ArrayList<>(fifty);
        tooMany.add(likert("q51"));
        assertThat(QuestionRules.check(tooMany)).extracting(Problem::field).containsExactly("questions");
    }

    @Test
    void eachQuestionHasAKeyOfItsOwn() {
        assertThat(fields(likert("q1"), likert("q1"), likert("q.2"), likert("q$3"), likert(null), likert("x".repeat(41))))
                .containsExactly("questions[1].id", "questions[2].id", "questions[3].id", "questions[4].id",
                        "questions[5].id");
    }

    @Test
    void eachQuestionHasItsTextInChineseAndAKind() {
        Question untitled = new Question("q1", new LocalizedText(" ", "Overall?"), QuestionKind.LIKERT_5, List.of(), true);
        assertThat(fields(untitled, ofKind("q2", null, List.of()), null))
                .containsExactly("questions[0].text.zh", "questions[1].kind", "questions[2]");
    }

    @Test
    void aChoiceHasAtLeastTwoOptions() {
        assertThat(fields(choice("q1", "counter"))).containsExactly("questions[0].options");
        assertThat(fields(choice("q1"))).containsExactly("questions[0].options");
    }

    @Test
    void eachOptionHasAKeyOfItsOwnWithinItsQuestionAndALabelInChinese() {
        Question broken = choiceOf("q1", Arrays.asList(option("counter", "臨櫃"), option("counter", "櫃台"),
                option("on line", "線上"), option("phone", " "), null));
        assertThat(fields(broken)).containsExactly("questions[0].options[1].id", "questions[0].options[2].id",
                "questions[0].options[3].text.zh", "questions[0].options[4]");
        assertThat(fields(choice("q1", "yes", "no"), choice("q2", "yes", "no")))
                .as("the same option key in two questions").isEmpty();
    }

    @Test
    void onlyAChoiceHasOptions() {
        List<ChoiceOption> options = List.of(option("a", "甲"), option("b", "乙"));
        assertThat(fields(ofKind("q1", QuestionKind.LIKERT_5, options), ofKind("q2", QuestionKind.TEXT, options)))
                .containsExactly("questions[0].options", "questions[1].options");
    }

    private static List<String> fields(Question... questions) {
        List<Question> list = questions.length == 0 ? Collections.emptyList() : Arrays.asList(questions);
        return QuestionRules.check(list).stream().map(Problem::field).toList();
    }

    @Test
    void aMultipleChoiceNeedsOptionsAndOnlyASingleChoiceGroupsRespondents() {
        var problems = QuestionRules.check(List.of(
                Questions.ofKind("m", QuestionKind.MULTI_CHOICE, List.of(Questions.option("a", "甲"))),
                new Question("g", new LocalizedText("年齡", null), QuestionKind.MULTI_CHOICE,
                        List.of(Questions.option("a", "甲"), Questions.option("b", "乙")), false, true),
                Questions.ofKind("r", QuestionKind.NPS_10, List.of(Questions.option("a", "甲")))));
        assertThat(problems).extracting(tw.uplift.platform.domain.InvalidInput.Problem::field)
                .containsExactly("questions[0].options", "questions[1].respondentGroup", "questions[2].options");
    }
}
