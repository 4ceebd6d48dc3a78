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
import tw.uplift.survey.statistics.Reliability;

/**
 * A survey's results, computed from its running aggregate alone.
 *
 * @param surveyId  the survey
 * @param status    its status
 * @param n         counted responses
 * @param csat      top-2-box share over all Likert answers (0..1), or null without any
 * @param threshold the satisfaction threshold
 * @param questions per question
 * @param reliability Cronbach's α of the survey's Likert questions taken as one scale, or null when it has fewer
 *                    than two
 */
public record SurveyResults(String surveyId, SurveyStatus status, long n, Double csat, double threshold,
        List<QuestionResult> questions, ScaleReliability reliability) {

    /**
     * One question's results.
     *
     * @param counts    LIKERT_5: score ("1".."5") → count; CHOICE: option id → count; TEXT: empty
     * @param answered  how many responses answered it
     * @param mean      LIKERT_5 mean score, else null
     * @param topTwoBox LIKERT_5 share of 4s and 5s, else null
     * @param standardDeviation LIKERT_5 sample standard deviation (n − 1) of the scores; null below two answers
     * @param topTwoBoxMarginOfError LIKERT_5 95 % margin of error of {@code topTwoBox} (0.05 is ±5 points)
     */
    public record QuestionResult(String questionId, LocalizedText text, QuestionKind kind, long answered,
            Map<String, Long> counts, Double mean, Double topTwoBox, Double standardDeviation,
            Double topTwoBoxMarginOfError) {
    }

    /**
     * The internal consistency (信度) of the survey's Likert questions as one scale, from the responses that scored
     * all of them (see {@link TallyStore} for why only those).
     *
     * @param respondents the responses it is computed from
     * @param alpha       Cronbach's α; null below two such responses or when their totals do not vary
     * @param items       per Likert question, in the survey's order
     */
    public record ScaleReliability(long respondents, Double alpha, List<ItemReliability> items) {
    }

    /**
     * @param alphaIfDeleted                α of the other Likert questions; null with only two of them
     * @param correctedItemTotalCorrelation the correlation of this question with the sum of the others
     */
    public record ItemReliability(String questionId, Double alphaIfDeleted, Double correctedItemTotalCorrelation) {
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
                    questions.add(new QuestionResult(q.id(), q.text(), q.kind(), c.n(), counts, c.mean(),
                            c.topTwoBoxShare(), c.moments().standardDeviation(), c.topTwoBoxMarginOfError()));
                }
                case CHOICE -> {
                    long answered = 0;
                    for (ChoiceOption o : q.options()) {
                        long c = tally.count(q.id(), Tally.choiceBucket(o.id()));
                        counts.put(o.id(), c);
                        answered += c;
                    }
                    questions.add(new QuestionResult(q.id(), q.text(), q.kind(), answered, counts, null, null, null, null));
                }
                case TEXT -> questions.add(new QuestionResult(q.id(), q.text(), q.kind(),
                        tally.count(q.id(), Tally.ANSWERED), counts, null, null, null, null));
            }
        }
        return new SurveyResults(survey.getId(), survey.status(), tally.responses(),
                LikertCounts.pooledTopTwoBoxShare(likert), survey.satisfactionThreshold(), List.copyOf(questions),
                reliability(TallyStore.scaleOf(survey), tally));
    }

    private static ScaleReliability reliability(List<String> scale, Tally tally) {
        if (scale.size() < 2) {
            return null;
        }
        Reliability r = tally.scale().of(scale).reliability();
        List<ItemReliability> items = new ArrayList<>();
        for (int i = 0; i < scale.size(); i++) {
            Reliability.ItemAnalysis item = r.items().get(i);
            items.add(new ItemReliability(scale.get(i), item.alphaIfDeleted(), item.correctedItemTotalCorrelation()));
        }
        return new ScaleReliability(r.respondents(), r.alpha(), List.copyOf(items));
    }
}
