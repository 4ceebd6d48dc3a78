package tw.uplift.survey.answering.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.pages.PageError;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.Survey;

/**
 * The answer rules' problems ({@link tw.uplift.survey.answering.AnswerRules}) as a page shows them: one error per
 * question, linking to its field, in the reader's words. One place for the form ({@link PublicSurveyPages}) and the
 * kiosk's steps ({@link KioskPages}), so both say the same thing about the same mistake.
 */
final class AnswerErrors {

    private final MessageSource messages;

    AnswerErrors(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The rules' problems as one error per question, in the order of the form, in the reader's words (the rules
     * speak English to programs). A response with no answer at all is one problem for the rules; on the form each
     * required question says it is missing.
     */
    List<PageError> of(InvalidInput refused, Survey survey, AnswerForm form, Locale locale) {
        Map<String, String> byQuestion = new LinkedHashMap<>();
        List<PageError> whole = new ArrayList<>();
        for (InvalidInput.Problem problem : refused.problems()) {
            String questionId = form.questionOf(problem.field());
            if (questionId != null) {
                byQuestion.putIfAbsent(questionId, problem.field());
            } else if (problem.field().equals("segment") && !survey.questions().isEmpty()) {
                whole.add(new PageError(AnswerForm.fieldOf(survey.questions().getFirst().id()),
                        text("survey.answer.error.segment", locale)));
            } else if (problem.field().equals("answers")) {
                survey.questions().stream().filter(Question::required)
                        .forEach(q -> byQuestion.putIfAbsent(q.id(), "answers[questionId=" + q.id() + "]"));
                if (byQuestion.isEmpty() && !survey.questions().isEmpty()) {
                    whole.add(new PageError(AnswerForm.fieldOf(survey.questions().getFirst().id()),
                            text("survey.answer.error.atLeastOne", locale)));
                }
            }
        }
        List<Question> order = survey.questions();
        List<PageError> errors = new ArrayList<>(byQuestion.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> indexOf(order, e.getKey())))
                .map(e -> errorOf(survey.question(e.getKey()).orElseThrow(), e.getValue(), locale)).toList());
        errors.addAll(whole);
        return errors;
    }

    private PageError errorOf(Question q, String problemField, Locale locale) {
        String question = q.text().in(locale);
        String message;
        if (problemField.startsWith("answers[questionId=")) {
            message = text("survey.answer.error.required." + q.kind().name(), locale, question);
        } else if (problemField.endsWith(".text")) {
            message = text("survey.answer.error.tooLong", locale, question, Question.MAX_TEXT);
        } else {
            message = text("survey.answer.error.notAnOption", locale, question);
        }
        return new PageError(AnswerForm.fieldOf(q.id()), message);
    }

    private static int indexOf(List<Question> questions, String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                return i;
            }
        }
        return questions.size();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
