package tw.uplift.survey.design;

/**
 * One option of a {@link QuestionKind#CHOICE} question.
 *
 * @param id   stable key the answer carries (letters, digits, {@code _} or {@code -})
 * @param text its label
 */
public record ChoiceOption(String id, LocalizedText text) {
}
