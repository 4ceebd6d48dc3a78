package tw.uplift.survey.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a survey.
 *
 * @param id       stable key answers refer to; letters, digits, {@code _} or {@code -} (it becomes a field name
 *                 in the running aggregate, so no dots or dollars)
 * @param text     the question
 * @param kind     how it is answered
 * @param options  the options of a CHOICE or MULTI_CHOICE question, else empty
 * @param required whether a response must answer it (yes unless set otherwise; TEXT: never)
 * @param respondentGroup a CHOICE question that sorts respondents into groups (e.g. 年齡層 age group): the results
 *                        are also given per option, like a segment (分眾)
 */
public record Question(String id, LocalizedText text, QuestionKind kind, List<ChoiceOption> options, boolean required,
        boolean respondentGroup) {

    /** Longest free-text answer accepted. */
    public static final int MAX_TEXT = 500;

    public Question {
        // An empty slot stays (not List.copyOf, which throws on it), so QuestionRules can name it as bad input.
        options = options == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(options));
        if (kind == QuestionKind.TEXT) {
            required = false;
        }
    }

    /** A question that does not group respondents. */
    public Question(String id, LocalizedText text, QuestionKind kind, List<ChoiceOption> options, boolean required) {
        this(id, text, kind, options, required, false);
    }

    public static Question likert(String id, String zh, String en) {
        return new Question(id, new LocalizedText(zh, en), QuestionKind.LIKERT_5, List.of(), true);
    }

    public Optional<ChoiceOption> option(String optionId) {
        return options.stream().filter(Objects::nonNull).filter(o -> o.id().equals(optionId)).findFirst();
    }
}
