package tw.uplift.survey.answering;

/**
 * One answer of a response; which field is set depends on the question's kind.
 *
 * @param questionId the question
 * @param score      LIKERT_5: 1..5
 * @param choice     CHOICE: the option's id
 * @param text       TEXT: free text, at most 500 characters
 */
public record Answer(String questionId, Integer score, String choice, String text) {

    public static Answer score(String questionId, int score) {
        return new Answer(questionId, score, null, null);
    }

    public static Answer choice(String questionId, String optionId) {
        return new Answer(questionId, null, optionId, null);
    }

    public static Answer text(String questionId, String text) {
        return new Answer(questionId, null, null, text);
    }
}
