package tw.uplift.survey.answering.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.util.MultiValueMap;
import tw.uplift.survey.answering.Answer;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.Survey;

/**
 * The public answer form as a browser posts it: one field per question, {@code answer-<questionId>} (repeated for
 * the boxes of a multiple choice), the response key the page handed out and the segment it was shown for. The prefix keeps a question id from ever meeting a field of the page base
 * ({@code _csrf}, or {@code lang}, which would switch the language). Nothing is judged here: the answers go to
 * {@link tw.uplift.survey.answering.AnswerRules} like the API's, and its problems come back to the fields.
 */
final class AnswerForm {

    static final String PREFIX = "answer-";
    static final String RESPONSE_KEY = "responseKey";

    static final String SEGMENT = "segment";

    private final Survey survey;
    /** question id → what was posted for it (several for a multiple choice), blank ones left out; in the survey's order. */
    private final Map<String, List<String>> values;
    private final String responseKey;
    private final String segment;

    private AnswerForm(Survey survey, Map<String, List<String>> values, String responseKey, String segment) {
        this.survey = survey;
        this.values = values;
        this.responseKey = responseKey;
        this.segment = segment;
    }

    /**
     * A form not posted yet, with a fresh response key: sending it twice (a double click, a reload) counts once.
     *
     * @param segment the segment (分眾) whose link the citizen came by, or null
     */
    static AnswerForm blank(Survey survey, String segment) {
        return new AnswerForm(survey, Map.of(), UUID.randomUUID().toString(), segment);
    }

    static AnswerForm posted(Survey survey, MultiValueMap<String, String> fields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Question q : survey.questions()) {
            List<String> posted = fields.getOrDefault(fieldOf(q.id()), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).toList();
            if (!posted.isEmpty()) {
                values.put(q.id(), posted);
            }
        }
        String segment = fields.getFirst(SEGMENT);
        return new AnswerForm(survey, values, keyOf(fields.getFirst(RESPONSE_KEY)),
                segment == null || segment.isBlank() ? null : segment.strip());
    }

    /**
     * The same form with only one question's answer (for a kiosk's step, checked on its own): the rules' problems
     * then name that answer, and {@link #questionOf} finds it.
     */
    AnswerForm only(String questionId) {
        Map<String, List<String>> one = values.containsKey(questionId) ? Map.of(questionId, values.get(questionId))
                : Map.of();
        return new AnswerForm(survey, one, responseKey, segment);
    }

    /** Every question's answer as the form's fields (name, value), several for a multiple choice, in order. */
    List<Map.Entry<String, String>> fields() {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        values.forEach((questionId, posted) -> posted.forEach(v -> fields.add(Map.entry(fieldOf(questionId), v))));
        return fields;
    }

    static String fieldOf(String questionId) {
        return PREFIX + questionId;
    }

    /**
     * The answers as the API takes them. A score that is not a number goes as no score, which the rules name as a
     * missing score of that question (the form offers only its scores, so only a hand-made request gets here).
     */
    List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        values.forEach((questionId, posted) -> {
            Question q = survey.question(questionId).orElseThrow();
            String value = posted.getFirst();
            answers.add(switch (q.kind()) {
                case LIKERT_5, NPS_10 -> new Answer(questionId, scoreOf(value), null, null);
                case CHOICE -> Answer.choice(questionId, value);
                case MULTI_CHOICE -> Answer.choices(questionId, posted);
                case TEXT -> Answer.text(questionId, value);
            });
        });
        return answers;
    }

    /** What was posted for a question (the boxes ticked of a multiple choice), to show it again; empty when nothing was. */
    List<String> values(String questionId) {
        return values.getOrDefault(questionId, List.of());
    }

    /**
     * The question a problem of the rules is about: {@code answers[2].score} is the third answer sent,
     * {@code answers[questionId=q1]} names it. Null for a problem with the whole response ({@code answers}).
     */
    String questionOf(String problemField) {
        String named = "answers[questionId=";
        if (problemField.startsWith(named) && problemField.endsWith("]")) {
            return problemField.substring(named.length(), problemField.length() - 1);
        }
        if (problemField.startsWith("answers[")) {
            int end = problemField.indexOf(']');
            try {
                int index = Integer.parseInt(problemField.substring("answers[".length(), end));
                return index < values.size() ? List.copyOf(values.keySet()).get(index) : null;
            } catch (NumberFormatException | IndexOutOfBoundsException notAnIndex) {
                return null;
            }
        }
        return null;
    }

    String responseKey() {
        return responseKey;
    }

    /** The segment the form was shown for, or null. */
    String segment() {
        return segment;
    }

    /** The key the page handed out is a UUID; anything else is not ours and is dropped (no retry protection then). */
    private static String keyOf(String posted) {
        try {
            return posted == null ? null : UUID.fromString(posted.strip()).toString();
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private static Integer scoreOf(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
