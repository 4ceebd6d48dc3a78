package tw.uplift.survey.answering;

import java.util.List;

/**
 * One answer of a response; which field is set depends on the question's kind.
 *
 * @param questionId the question
 * @param score      LIKERT_5: 1..5; NPS_10: 0..10
 * @param choice     CHOICE: the option's id
 * @param choices    MULTI_CHOICE: the ids of the options picked, each once
 * @param text       TEXT: free text, at most 500 characters
 */
public record Answer(String questionId, Integer score, String choice, List<String> choices, String text) {

    public Answer {
        // An empty slot stays (not List.copyOf, which throws on it), so AnswerRules can name it as bad input.
        choices = choices == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(choices));
    }

    /** An answer to a question that is not a multiple choice. */
    public Answer(String questionId, Integer score, String choice, String text) {
        this(questionId, score, choice, null, text);
    }

    public static Answer score(String questionId, int score) {
        return new Answer(questionId, score, null, null, null);
    }

    public static Answer choice(String questionId, String optionId) {
        return new Answer(questionId, null, optionId, null, null);
    }

    public static Answer choices(String questionId, List<String> optionIds) {
        return new Answer(questionId, null, null, optionIds, null);
    }

    public static Answer text(String questionId, String text) {
        return new Answer(questionId, null, null, null, text);
    }
}
