package tw.uplift.survey.console.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.pages.PageError;

/**
 * The problems of a new survey as the form shows them: each domain field ({@code questions[2].text.zh}, numbered
 * over the questions given) becomes the form's field ({@code questions[4].zh}, numbered over the slots shown, since
 * blank slots are skipped), with a message in the reader's language (the domain speaks English to programs). One
 * error per field, in the order of the form.
 */
final class DraftProblems {

    private static final Pattern QUESTION = Pattern.compile("questions\\[(\\d+)](.*)");
    private static final List<String> ORDER = List.of("titleZh", "closesOn", "closesAtTime", "planId", "threshold");

    private DraftProblems() {
    }

    /** The fields the form could not read (a date that is no date, a threshold that is no number). */
    static List<PageError> unreadable(List<String> fields, MessageSource messages, Locale locale) {
        return fields.stream().map(f -> new PageError(f, messages.getMessage("survey.form.error.unreadable." + f, null,
                locale))).toList();
    }

    static List<PageError> of(InvalidInput refused, List<Integer> slotOfQuestion, MessageSource messages,
            Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (InvalidInput.Problem problem : refused.problems()) {
            String field = problem.field();
            Matcher question = QUESTION.matcher(field);
            if (question.matches()) {
                int given = Integer.parseInt(question.group(1));
                int slot = given < slotOfQuestion.size() ? slotOfQuestion.get(given) : 0;
                String part = question.group(2);
                String formField = part.startsWith(".kind") ? ".kind" : part.startsWith(".options") ? ".options" : ".zh";
                byField.putIfAbsent("questions[" + slot + "]" + formField, messages.getMessage(
                        "survey.form.error.question" + formField, new Object[] {slot + 1}, locale));
            } else {
                switch (field) {
                    case "title.zh" -> byField.putIfAbsent("titleZh", text(messages, "titleZh", locale));
                    case "closesAt" -> byField.putIfAbsent("closesOn", text(messages, "closesAt", locale));
                    case "satisfactionThreshold" -> byField.putIfAbsent("threshold", text(messages, "threshold", locale));
                    case "questions" -> byField.putIfAbsent("questions[0].zh", text(messages, "questions", locale));
                    default -> byField.putIfAbsent("titleZh", problem.message()); // a rule this page does not know yet
                }
            }
        }
        List<PageError> errors = new ArrayList<>();
        byField.forEach((f, message) -> errors.add(new PageError(f, message)));
        errors.sort((a, b) -> Integer.compare(rank(a.field()), rank(b.field())));
        return errors;
    }

    /** The position of a field on the form: the survey's fields, then the questions by slot. */
    private static int rank(String field) {
        int at = ORDER.indexOf(field);
        if (at >= 0) {
            return at;
        }
        Matcher question = QUESTION.matcher(field);
        return question.matches() ? ORDER.size() + Integer.parseInt(question.group(1)) : Integer.MAX_VALUE;
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage("survey.form.error." + key, null, locale);
    }
}
