package tw.uplift.survey.answering;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.results.Tally;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.InvalidInput.Problem;

/**
 * The rules a response must keep, checked all at once so the form can show every problem: each answer is to a
 * question of this survey, at most once, with a value of the question's kind (a score 1..5 or 0..10, one of the
 * options, some of the options, text of at most 500 characters), and every required question is answered. Free
 * text that is blank and a multiple choice with nothing picked count as not answered.
 */
public final class AnswerRules {

    public static final int MAX_ANSWERS = Survey.MAX_QUESTIONS;

    private AnswerRules() {
    }

    /**
     * The answers, normalised (text stripped, blank text dropped), in the order given.
     *
     * @throws InvalidInput naming each offending field, e.g. {@code answers[1].score}
     */
    public static List<Answer> check(Survey survey, List<Answer> answers) {
        List<Problem> problems = new ArrayList<>();
        if (answers == null || answers.isEmpty()) {
            throw InvalidInput.of("answers", "at least one answer is required");
        }
        if (answers.size() > MAX_ANSWERS) {
            throw InvalidInput.of("answers", "at most " + MAX_ANSWERS + " answers");
        }
        List<Answer> normalised = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            String at = "answers[" + i + "]";
            if (a == null || a.questionId() == null || a.questionId().isBlank()) {
                problems.add(new Problem(at + ".questionId", "which question this answers is required"));
                continue;
            }
            var question = survey.question(a.questionId());
            if (question.isEmpty()) {
                problems.add(new Problem(at + ".questionId", "this survey has no question '" + a.questionId() + "'"));
                continue;
            }
            if (!answered.add(a.questionId())) {
                problems.add(new Problem(at + ".questionId", "question '" + a.questionId() + "' is answered twice"));
                continue;
            }
            Answer checked = checkOne(question.get(), a, at, problems);
            if (checked != null) {
                normalised.add(checked);
            }
        }
        Set<String> given = new HashSet<>();
        normalised.forEach(a -> given.add(a.questionId()));
        for (Question q : survey.questions()) {
            if (q.required() && !given.contains(q.id()) && !problemsAbout(q.id(), answers, problems)) {
                problems.add(new Problem("answers[questionId=" + q.id() + "]",
                        "question '" + q.id() + "' is required and was not answered"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return List.copyOf(normalised);
    }

    private static Answer checkOne(Question q, Answer a, String at, List<Problem> problems) {
        int before = problems.size();
        QuestionKind kind = q.kind();
        rejectOthers(!kind.isScore() && a.score() != null, at + ".score", problems);
        rejectOthers(kind != QuestionKind.CHOICE && a.choice() != null, at + ".choice", problems);
        rejectOthers(kind != QuestionKind.MULTI_CHOICE && a.choices() != null, at + ".choices", problems);
        rejectOthers(kind != QuestionKind.TEXT && a.text() != null, at + ".text", problems);
        Answer checked = switch (kind) {
            case LIKERT_5, NPS_10 -> {
                int low = kind.lowestScore();
                int high = kind.highestScore();
                if (a.score() == null) {
                    problems.add(new Problem(at + ".score", "a score from " + low + " to " + high + " is required"));
                } else if (a.score() < low || a.score() > high) {
                    problems.add(new Problem(at + ".score", "must be from " + low + " to " + high + ", was " + a.score()));
                }
                yield a.score() == null ? null : Answer.score(q.id(), a.score());
            }
            case CHOICE -> {
                if (a.choice() == null || a.choice().isBlank()) {
                    problems.add(new Problem(at + ".choice", "one of the options is required"));
                } else if (q.option(a.choice()).isEmpty()) {
                    problems.add(new Problem(at + ".choice", "'" + a.choice() + "' is not an option of this question"));
                }
                yield Answer.choice(q.id(), a.choice());
            }
            case MULTI_CHOICE -> checkChoices(q, a, at, problems);
            case TEXT -> {
                String text = a.text() == null ? null : a.text().strip();
                if (text != null && text.codePointCount(0, text.length()) > Question.MAX_TEXT) {
                    problems.add(new Problem(at + ".text", "at most " + Question.MAX_TEXT + " characters"));
                }
                yield text == null || text.isEmpty() ? null : Answer.text(q.id(), text);
            }
        };
        return problems.size() > before ? null : checked;
    }

    /**
     * The options picked of a multiple choice, each an option of the question and each once. None picked is no
     * answer (like blank text), so a required one is then named as not answered.
     */
    private static Answer checkChoices(Question q, Answer a, String at, List<Problem> problems) {
        List<String> picked = a.choices() == null ? List.of() : a.choices();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < picked.size(); j++) {
            String option = picked.get(j);
            if (option == null || q.option(option).isEmpty()) {
                problems.add(new Problem(at + ".choices[" + j + "]", "'" + option + "' is not an option of this question"));
            } else if (!seen.add(option)) {
                problems.add(new Problem(at + ".choices[" + j + "]", "'" + option + "' is picked twice"));
            }
        }
        return picked.isEmpty() ? null : Answer.choices(q.id(), picked);
    }

    private static void rejectOthers(boolean present, String field, List<Problem> problems) {
        if (present) {
            problems.add(new Problem(field, "does not apply to this kind of question"));
        }
    }

    /** Whether the question was answered, wrongly (so "not answered" would be a second, misleading problem). */
    private static boolean problemsAbout(String questionId, List<Answer> answers, List<Problem> problems) {
        return answers.stream().anyMatch(a -> a != null && questionId.equals(a.questionId())) && !problems.isEmpty();
    }

    /**
     * The running-aggregate buckets of each answer: question id → {@code s0..s10} for a score, {@code c_<option>}
     * for a choice, {@code c_<option>}s and {@code answered} for a multiple choice (its options add up to more than
     * the people who answered it), {@code answered} for free text.
     */
    public static Map<String, List<String>> buckets(List<Answer> checked) {
        Map<String, List<String>> buckets = new LinkedHashMap<>();
        for (Answer a : checked) {
            if (a.score() != null) {
                buckets.put(a.questionId(), List.of(Tally.scoreBucket(a.score())));
            } else if (a.choice() != null) {
                buckets.put(a.questionId(), List.of(Tally.choiceBucket(a.choice())));
            } else if (a.choices() != null) {
                List<String> picked = new ArrayList<>();
                a.choices().forEach(option -> picked.add(Tally.choiceBucket(option)));
                picked.add(Tally.ANSWERED);
                buckets.put(a.questionId(), List.copyOf(picked));
            } else {
                buckets.put(a.questionId(), List.of(Tally.ANSWERED));
            }
        }
        return buckets;
    }
}
