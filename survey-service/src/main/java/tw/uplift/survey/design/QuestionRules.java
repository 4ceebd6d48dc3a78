package tw.uplift.survey.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tw.uplift.platform.domain.InvalidInput.Problem;

/**
 * The rules a survey's questions keep, checked all at once so the designer sees every problem: a survey has 1 to
 * {@value Survey#MAX_QUESTIONS} questions; each has a key of its own, its text in 繁體中文 and a kind; a CHOICE or
 * MULTI_CHOICE question has at least two options, each with a key of its own within the question and a label in 繁體中文, and
 * no other kind has options. Keys become field names in the running aggregate, hence letters, digits, {@code _}
 * and {@code -} only (no dots or dollars).
 */
final class QuestionRules {

    /** Question, option and segment keys: they become field names in the running aggregate. */
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final List<Problem> problems = new ArrayList<>();

    private QuestionRules() {
    }

    /** Every rule the questions break, each naming its field, e.g. {@code questions[3].options[1].id}. */
    static List<Problem> check(List<Question> questions) {
        QuestionRules rules = new QuestionRules();
        rules.questions(questions);
        return List.copyOf(rules.problems);
    }

    private void questions(List<Question> questions) {
        if (questions == null || questions.isEmpty()) {
            problem("questions", "a survey needs at least one question");
            return;
        }
        if (questions.size() > Survey.MAX_QUESTIONS) {
            problem("questions", "at most " + Survey.MAX_QUESTIONS + " questions");
        }
        Set<String> questionKeys = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            question(questions.get(i), "questions[" + i + "]", questionKeys);
        }
    }

    private void question(Question question, String at, Set<String> questionKeys) {
        if (question == null) {
            problem(at, "must not be empty");
            return;
        }
        key(question.id(), at + ".id", "question", questionKeys);
        if (!LocalizedText.hasChinese(question.text())) {
            problem(at + ".text.zh", "the question in 繁體中文 is required");
        }
        if (question.kind() == null) {
            problem(at + ".kind", "one of LIKERT_5, CHOICE, MULTI_CHOICE, NPS_10, TEXT");
        } else if (question.kind().hasOptions()) {
            options(question.options(), at + ".options");
        } else if (!question.options().isEmpty()) {
            problem(at + ".options", "only CHOICE and MULTI_CHOICE questions have options");
        }
        if (question.respondentGroup() && question.kind() != QuestionKind.CHOICE) {
            // a group is one of the options: a respondent in two groups at once would be counted in both
            problem(at + ".respondentGroup", "only a CHOICE question sorts respondents into groups");
        }
    }

    private void options(List<ChoiceOption> options, String at) {
        if (options.size() < 2) {
            problem(at, "a choice needs at least two options");
        }
        Set<String> optionKeys = new HashSet<>();
        for (int j = 0; j < options.size(); j++) {
            option(options.get(j), at + "[" + j + "]", optionKeys);
        }
    }

    private void option(ChoiceOption option, String at, Set<String> optionKeys) {
        if (option == null) {
            problem(at, "must not be empty");
            return;
        }
        key(option.id(), at + ".id", "option", optionKeys);
        if (!LocalizedText.hasChinese(option.text())) {
            problem(at + ".text.zh", "the option in 繁體中文 is required");
        }
    }

    /** A well-formed key, not yet taken by another of the same list. */
    void key(String key, String field, String what, Set<String> taken) {
        if (key == null || !KEY.matcher(key).matches()) {
            problem(field, "1 to 40 letters, digits, '_' or '-'");
        } else if (!taken.add(key)) {
            problem(field, what + " id '" + key + "' is used twice");
        }
    }

    void problem(String field, String message) {
        problems.add(new Problem(field, message));
    }
}
