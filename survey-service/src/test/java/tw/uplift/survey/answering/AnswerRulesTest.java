package tw.uplift.survey.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.uplift.survey.design.ChoiceOption;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.platform.web.InvalidInput;

class AnswerRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneId.of("Asia/Taipei"));

    private final Survey survey = Survey.draft("s1", "kcg-civil-affairs", "clerk", new LocalizedText("滿意度", null),
            null, null, List.of(
                    Question.likert("q1", "整體滿意度", null),
                    new Question("q2", new LocalizedText("辦理方式", null), QuestionKind.CHOICE,
                            List.of(new ChoiceOption("counter", new LocalizedText("臨櫃", null)),
                                    new ChoiceOption("online", new LocalizedText("線上", null))), true),
                    new Question("q3", new LocalizedText("建議", null), QuestionKind.TEXT, List.of(), true)),
            null, null, CLOCK);

    @Test
    void acceptsAGoodResponseAndDropsBlankText() {
        List<Answer> checked = AnswerRules.check(survey, List.of(Answer.score("q1", 5), Answer.choice("q2", "online"),
                Answer.text("q3", "   ")));
        assertThat(checked).containsExactly(Answer.score("q1", 5), Answer.choice("q2", "online"));
        assertThat(AnswerRules.buckets(checked)).isEqualTo(Map.of("q1", "s5", "q2", "c_online"));
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

    @Test
    void receiptIdFollowsTheIdempotencyKeyWithinOneSurvey() {
        assertThat(Answering.receiptId("s1", "k")).isEqualTo(Answering.receiptId("s1", "k"))
                .isNotEqualTo(Answering.receiptId("s2", "k"));
        assertThat(Answering.receiptId("s1", null)).isNotEqualTo(Answering.receiptId("s1", null));
        assertThat(catchThrowableOfType(InvalidInput.class, () -> Answering.receiptId("s1", "bad key")).problems())
                .extracting(InvalidInput.Problem::field).containsExactly("Idempotency-Key");
    }

    private List<String> fields(Answer... answers) {
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> AnswerRules.check(survey, Arrays.asList(answers)));
        assertThat(e).as("should be refused").isNotNull();
        return e.problems().stream().map(InvalidInput.Problem::field).toList();
    }
}
