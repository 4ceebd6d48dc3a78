package tw.uplift.survey.console.web;

import java.util.ArrayList;
import java.util.Comparator;
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
 * The problems of a new survey as the form shows them: each domain field ({@code questions[2].text.zh},
 * {@code segments[1].name.zh}, numbered over the questions and segments given) becomes the form's field
 * ({@code questions[4].zh}, {@code segments[3].zh}, numbered over the slots shown, since blank slots are skipped; a
 * question from the bank becomes the bank's checkboxes), with a message in the reader's language (the domain speaks
 * English to programs). One error per field, in the order of the form.
 */
final class DraftProblems {

    private static final Pattern QUESTION = Pattern.compile("questions\\[(\\d+)](.*)");
    private static final Pattern SEGMENT = Pattern.compile("segments\\[(\\d+)](.*)");
    /** The survey's own fields, in the order of the form; the segment slots follow, then the bank, then the questions. */
    private static final List<String> ORDER = List.of("titleZh", "closesOn", "closesAtTime", "planId", "threshold",
            "targetPopulation", "sampleSize");
    private static final List<String> SEGMENT_PARTS = List.of(".zh", ".en", ".kind", ".id", ".population");
    private static final List<String> QUESTION_PARTS = List.of(".kind", ".zh", ".options");

    private DraftProblems() {
    }

    /**
     * The fields the form could not read (a date that is no date, a threshold or population that is no number, an
     * item the bank does not have).
     */
    static List<PageError> unreadable(List<String> fields, MessageSource messages, Locale locale) {
        List<PageError> errors = new ArrayList<>();
        for (String field : fields) {
            Matcher segment = SEGMENT.matcher(field);
            String message = segment.matches()
                    ? messages.getMessage("survey.form.error.unreadable.segment" + segment.group(2),
                            new Object[] {Integer.parseInt(segment.group(1)) + 1}, locale)
                    : messages.getMessage("survey.form.error.unreadable." + field, null, locale);
            errors.add(new PageError(field, message));
        }
        return sorted(errors);
    }

    static List<PageError> of(InvalidInput refused, SurveyForm.Reading reading, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (InvalidInput.Problem problem : refused.problems()) {
            String field = problem.field();
            Matcher question = QUESTION.matcher(field);
            Matcher segment = SEGMENT.matcher(field);
            if (question.matches()) {
                int given = Integer.parseInt(question.group(1));
                String prefix = given < reading.fieldOfQuestion().size() ? reading.fieldOfQuestion().get(given)
                        : "questions[0]";
                if (prefix.equals(SurveyForm.BANK)) {
                    byField.putIfAbsent(SurveyForm.BANK, text(messages, "bank", locale));
                    continue;
                }
                int slot = slotIn(prefix);
                String part = question.group(2);
                String formField = part.startsWith(".kind") ? ".kind" : part.startsWith(".options") ? ".options" : ".zh";
                byField.putIfAbsent(prefix + formField, messages.getMessage(
                        "survey.form.error.question" + formField, new Object[] {slot + 1}, locale));
            } else if (segment.matches()) {
                int given = Integer.parseInt(segment.group(1));
                int slot = given < reading.slotOfSegment().size() ? reading.slotOfSegment().get(given) : 0;
                String part = segment.group(2);
                String formField = part.startsWith(".id") ? ".id" : part.startsWith(".kind") ? ".kind"
                        : part.startsWith(".population") ? ".population" : ".zh";
                byField.putIfAbsent("segments[" + slot + "]" + formField, messages.getMessage(
                        "survey.form.error.segment" + formField, new Object[] {slot + 1}, locale));
            } else {
                switch (field) {
                    case "title.zh" -> byField.putIfAbsent("titleZh", text(messages, "titleZh", locale));
                    case "closesAt" -> byField.putIfAbsent("closesOn", text(messages, "closesAt", locale));
                    case "satisfactionThreshold" -> byField.putIfAbsent("threshold", text(messages, "threshold", locale));
                    case "targetPopulation" -> byField.putIfAbsent("targetPopulation",
                            text(messages, "targetPopulation", locale));
                    case "sampleSize" -> byField.putIfAbsent("sampleSize", text(messages, "sampleSize", locale));
                    case "segments" -> byField.putIfAbsent("segments[0].zh", text(messages, "segments", locale));
                    // no question at all: the bank is the first place to pick one
                    case "questions" -> byField.putIfAbsent(SurveyForm.BANK, text(messages, "questions", locale));
                    default -> byField.putIfAbsent("titleZh", problem.message()); // a rule this page does not know yet
                }
            }
        }
        List<PageError> errors = new ArrayList<>();
        byField.forEach((f, message) -> errors.add(new PageError(f, message)));
        return sorted(errors);
    }

    private static List<PageError> sorted(List<PageError> errors) {
        List<PageError> inOrder = new ArrayList<>(errors);
        inOrder.sort(Comparator.comparingInt(e -> rank(e.field())));
        return List.copyOf(inOrder);
    }

    /** The position of a field on the form: the survey's fields, the segments by slot, the bank, the questions. */
    private static int rank(String field) {
        int at = ORDER.indexOf(field);
        if (at >= 0) {
            return at;
        }
        Matcher segment = SEGMENT.matcher(field);
        if (segment.matches()) {
            return 100 + 10 * Integer.parseInt(segment.group(1)) + Math.max(0, SEGMENT_PARTS.indexOf(segment.group(2)));
        }
        if (field.equals(SurveyForm.BANK)) {
            return 1_000;
        }
        Matcher question = QUESTION.matcher(field);
        return question.matches()
                ? 2_000 + 10 * Integer.parseInt(question.group(1)) + Math.max(0, QUESTION_PARTS.indexOf(question.group(2)))
                : Integer.MAX_VALUE;
    }

    /** The slot of a question slot's field prefix, {@code questions[4]} → 4. */
    private static int slotIn(String prefix) {
        Matcher m = QUESTION.matcher(prefix);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage("survey.form.error." + key, null, locale);
    }
}
