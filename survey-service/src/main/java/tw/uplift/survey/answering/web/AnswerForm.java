package tw.uplift.survey.answering.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tw.uplift.survey.answering.Answer;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.Survey;

/**
 * The public answer form as a browser posts it: one field per question, {@code answer-<questionId>}, and the
 * response key the page handed out. The prefix keeps a question id from ever meeting a field of the page base
 * ({@code _csrf}, or {@code lang}, which would switch the language). Nothing is judged here: the answers go to
 * {@link tw.uplift.survey.answering.AnswerRules} like the API's, and its problems come back to the fields.
 */
final class AnswerForm {

    static final String PREFIX = "answer-";
    static final String RESPONSE_KEY = "responseKey";

    private final Survey survey;
    /** question id → what was posted for it, blank ones left out; in the survey's order. */
    private final Map<String, String> values;
    private final String responseKey;

    private AnswerForm(Survey survey, Map<String, String> values, String responseKey) {
        this.survey = survey;
        this.values = values;
        this.responseKey = responseKey;
    }

    /** A form not posted yet, with a fresh response key: sending it twice (a double click, a reload) counts once. */
    static AnswerForm blank(Survey survey) {
        return new AnswerForm(survey, Map.of(), UUID.randomUUID().toString());
    }

    static AnswerForm posted(Survey survey, Map<String, String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Question q : survey.questions()) {
            String value = fields.get(fieldOf(q.id()));
            if (value != null && !value.isBlank()) {
                values.put(q.id(), value);
            }
        }
        return new AnswerForm(survey, values, keyOf(fields.get(RESPONSE_KEY)));
    }

    static String fieldOf(String questionId) {
        return PREFIX + questionId;
    }

    /**
     * The answers as the API takes them. A score that is not a number goes as no score, which the rules name as a
     * missing score of that question (the form offers only 1..5, so only a hand-made request gets here).
     */
    List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        values.forEach((questionId, value) -> {
            Question q = survey.question(questionId).orElseThrow();
            answers.add(switch (q.kind()) {
                case LIKERT_5 -> new Answer(questionId, scoreOf(value), null, null);
                case CHOICE -> Answer.choice(questionId, value);
                case TEXT -> Answer.text(questionId, value);
            });
        });
        return answers;
    }

    /** What was posted for a question, to show it again beside its error; null when nothing was. */
    String value(String questionId) {
        return values.get(questionId);
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
