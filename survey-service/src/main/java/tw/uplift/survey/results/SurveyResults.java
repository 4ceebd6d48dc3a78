package tw.uplift.survey.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.uplift.survey.design.ChoiceOption;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyStatus;

/**
 * A survey's results, computed from its running aggregate alone.
 *
 * @param surveyId  the survey
 * @param status    its status
 * @param n         counted responses
 * @param csat      top-2-box share over all Likert answers (0..1), or null without any
 * @param threshold the satisfaction threshold
 * @param questions per question
 */
public record SurveyResults(String surveyId, SurveyStatus status, long n, Double csat, double threshold,
        List<QuestionResult> questions) {

    /**
     * One question's results.
     *
     * @param counts    LIKERT_5: score ("1".."5") → count; CHOICE: option id → count; TEXT: empty
     * @param answered  how many responses answered it
     * @param mean      LIKERT_5 mean score, else null
     * @param topTwoBox LIKERT_5 share of 4s and 5s, else null
     */
    public record QuestionResult(String questionId, LocalizedText text, QuestionKind kind, long answered,
            Map<String, Long> counts, Double mean, Double topTwoBox) {
    }

    public static SurveyResults of(Survey survey, Tally tally) {
        List<QuestionResult> questions = new ArrayList<>();
        List<LikertCounts> likert = new ArrayList<>();
        for (Question q : survey.questions()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            switch (q.kind()) {
                case LIKERT_5 -> {
                    LikertCounts c = tally.likert(q.id());
                    likert.add(c);
                    for (int score = 1; score <= 5; score++) {
                        counts.put(String.valueOf(score), c.count(score));
                    }
                    questions.add(new QuestionResult(q.id(), q.text(), q.kind(), c.n(), counts, c.mean(), c.topTwoBoxShare()));
                }
                case CHOICE -> {
                    long answered = 0;
                    for (ChoiceOption o : q.options()) {
                        long c = tally.count(q.id(), Tally.choiceBucket(o.id()));
                        counts.put(o.id(), c);
                        answered += c;
                    }
                    questions.add(new QuestionResult(q.id(), q.text(), q.kind(), answered, counts, null, null));
                }
                case TEXT -> questions.add(new QuestionResult(q.id(), q.text(), q.kind(),
                        tally.count(q.id(), Tally.ANSWERED), counts, null, null));
            }
        }
        return new SurveyResults(survey.getId(), survey.status(), tally.responses(),
                LikertCounts.pooledTopTwoBoxShare(likert), survey.satisfactionThreshold(), List.copyOf(questions));
    }
}
