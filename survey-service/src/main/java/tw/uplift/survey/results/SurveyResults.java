package tw.uplift.survey.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.uplift.survey.design.ChoiceOption;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Segment;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyStatus;
import tw.uplift.survey.statistics.NetPromoterScore;
import tw.uplift.survey.statistics.Reliability;

/**
 * A survey's results, computed from its running aggregate alone: the whole survey's, and the same per segment
 * (分眾) and per respondent group. This is the staff's view, every number shown, with the segments too small to
 * publish marked; {@link #published()} is what leaves the agency (open data, the public), with those suppressed.
 *
 * @param surveyId          the survey
 * @param status            its status
 * @param n                 counted responses
 * @param population        the survey's target population, when known
 * @param responseRate      n over the population (0..1, above 1 when the population was underestimated), or null
 * @param sampleSize        the planned number of answers, when there was a plan
 * @param csat              top-2-box share over all Likert answers (0..1), or null without any
 * @param threshold         the satisfaction threshold
 * @param questions         per question
 * @param reliability       Cronbach's α of the survey's Likert questions taken as one scale, or null when it has
 *                          fewer than two
 * @param segments          per segment, in the survey's order, then per respondent group and option
 * @param minimumSegmentSize segments with fewer responses are suppressed in anything published
 */
public record SurveyResults(String surveyId, SurveyStatus status, long n, Long population, Double responseRate,
        Integer sampleSize, Double csat, double threshold, List<QuestionResult> questions,
        ScaleReliability reliability, List<SegmentResult> segments, int minimumSegmentSize) {

    /**
     * One question's results.
     *
     * @param counts    LIKERT_5: score ("1".."5") → count; NPS_10: "0".."10" → count; CHOICE and MULTI_CHOICE:
     *                  option id → count (a multiple choice's add up to more than {@code answered}); TEXT: empty
     * @param answered  how many responses answered it
     * @param mean      LIKERT_5 and NPS_10 mean score, else null
     * @param topTwoBox LIKERT_5 share of 4s and 5s, else null
     * @param standardDeviation LIKERT_5 and NPS_10 sample standard deviation (n − 1); null below two answers
     * @param topTwoBoxMarginOfError LIKERT_5 95 % margin of error of {@code topTwoBox} (0.05 is ±5 points), with the
     *                  finite population correction when the population is known
     * @param netPromoterScore NPS_10: % promoters (9–10) − % detractors (0–6), −100..100; else null
     */
    public record QuestionResult(String questionId, LocalizedText text, QuestionKind kind, long answered,
            Map<String, Long> counts, Double mean, Double topTwoBox, Double standardDeviation,
            Double topTwoBoxMarginOfError, Double netPromoterScore) {
    }

    /** What a segment result is a part of the respondents by. */
    public enum Breakdown {
        /** The link (and QR code) they answered through: a service, counter or channel. */
        SEGMENT,
        /** Their answer to a respondent-group question (e.g. 年齡層). */
        GROUP
    }

    /**
     * The results of one segment or respondent group.
     *
     * @param breakdown    what it is a part by
     * @param groupQuestionId for a GROUP, its question; else null
     * @param id           the segment's id, or the group's option id
     * @param name         its name
     * @param population   its population, when known (segments only)
     * @param n            its responses; null when suppressed
     * @param responseRate n over its population, or null
     * @param csat         top-2-box share over its Likert answers, or null
     * @param questions    per question, as for the whole survey; empty when suppressed
     * @param belowMinimum fewer responses than the minimum segment size (shown to staff, marked)
     * @param suppressed   left out of what is published: below the minimum, or the smallest of the others when
     *                     only one of its breakdown was (else that one could be worked out by subtraction)
     */
    public record SegmentResult(Breakdown breakdown, String groupQuestionId, String id, LocalizedText name,
            Long population, Long n, Double responseRate, Double csat, List<QuestionResult> questions,
            boolean belowMinimum, boolean suppressed) {

        SegmentResult withheld() {
            return new SegmentResult(breakdown, groupQuestionId, id, name, population, null, null, null, List.of(),
                    belowMinimum, true);
        }

        SegmentResult suppress() {
            return new SegmentResult(breakdown, groupQuestionId, id, name, population, n, responseRate, csat,
                    questions, belowMinimum, true);
        }

        /** The breakdown it belongs to: the segments, or one group question's options. */
        String breakdownKey() {
            return breakdown == Breakdown.SEGMENT ? "" : groupQuestionId;
        }
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

    /** How much of the planned sample is in: n over the planned sample size (above 1 past the plan), or null without a plan. */
    public Double sampleAchievement() {
        return sampleSize == null || sampleSize < 1 ? null : (double) n / sampleSize;
    }

    public static SurveyResults of(Survey survey, Tally tally, int minimumSegmentSize) {
        Population population = Population.of(survey.targetPopulation(), tally.responses());
        List<QuestionResult> questions = questionResults(survey, tally, population);
        List<SegmentResult> segments = new ArrayList<>();
        for (Segment s : survey.segments()) {
            Tally.Part part = tally.segment(s.id());
            segments.add(segmentResult(survey, Breakdown.SEGMENT, null, s.id(), s.name(), s.population(), part,
                    minimumSegmentSize));
        }
        for (Question group : survey.respondentGroups()) {
            for (ChoiceOption option : group.options()) {
                segments.add(segmentResult(survey, Breakdown.GROUP, group.id(), option.id(), option.text(), null,
                        tally.group(group.id(), option.id()), minimumSegmentSize));
            }
        }
        return new SurveyResults(survey.getId(), survey.status(), tally.responses(), survey.targetPopulation(),
                population.responseRate(), survey.sampleSize(), pooledCsat(survey, tally), survey.satisfactionThreshold(),
                questions, reliability(TallyStore.scaleOf(survey), tally), List.copyOf(segments), minimumSegmentSize);
    }

    /**
     * The results as they may leave the agency: every segment below the minimum size withheld (its counts, n and
     * shares removed, its name kept so a reader sees it exists), and where that leaves exactly one withheld in its
     * breakdown, the smallest other one withheld too, so no withheld segment can be worked out from the survey's
     * totals minus the segments shown (secondary suppression, as statistical offices do).
     */
    public SurveyResults published() {
        Map<String, List<SegmentResult>> byBreakdown = new LinkedHashMap<>();
        for (SegmentResult s : segments) {
            byBreakdown.computeIfAbsent(s.breakdownKey(), k -> new ArrayList<>())
                    .add(s.belowMinimum() ? s.suppress() : s);
        }
        List<SegmentResult> published = new ArrayList<>();
        for (List<SegmentResult> breakdown : byBreakdown.values()) {
            long withheld = breakdown.stream().filter(SegmentResult::suppressed).count();
            if (withheld == 1 && breakdown.size() > 1) {
                SegmentResult smallest = breakdown.stream().filter(s -> !s.suppressed())
                        .min(java.util.Comparator.comparingLong(SegmentResult::n)).orElseThrow();
                breakdown.set(breakdown.indexOf(smallest), smallest.suppress());
            }
            breakdown.forEach(s -> published.add(s.suppressed() ? s.withheld() : s));
        }
        return new SurveyResults(surveyId, status, n, population, responseRate, sampleSize, csat, threshold,
                questions, reliability, List.copyOf(published), minimumSegmentSize);
    }

    private static SegmentResult segmentResult(Survey survey, Breakdown breakdown, String groupQuestionId, String id,
            LocalizedText name, Long populationSize, Tally.Part part, int minimumSegmentSize) {
        Population population = Population.of(populationSize, part.responses());
        return new SegmentResult(breakdown, groupQuestionId, id, name, populationSize, part.responses(),
                population.responseRate(), pooledCsat(survey, part), questionResults(survey, part, population),
                part.responses() < minimumSegmentSize, false);
    }

    private static List<QuestionResult> questionResults(Survey survey, Counted counted, Population population) {
        List<QuestionResult> questions = new ArrayList<>();
        for (Question q : survey.questions()) {
            questions.add(questionResult(q, counted, population));
        }
        return List.copyOf(questions);
    }

    private static QuestionResult questionResult(Question q, Counted counted, Population population) {
        Map<String, Long> counts = new LinkedHashMap<>();
        return switch (q.kind()) {
            case LIKERT_5 -> {
                LikertCounts c = counted.likert(q.id());
                for (int score = 1; score <= 5; score++) {
                    counts.put(String.valueOf(score), c.count(score));
                }
                yield new QuestionResult(q.id(), q.text(), q.kind(), c.n(), counts, c.mean(), c.topTwoBoxShare(),
                        c.moments().standardDeviation(), c.topTwoBoxMarginOfError(population.forCorrection()), null);
            }
            case NPS_10 -> {
                long[] scores = counted.scores(q.id(), 0, 10);
                long n = 0;
                long sum = 0;
                long squares = 0;
                for (int score = 0; score <= 10; score++) {
                    counts.put(String.valueOf(score), scores[score]);
                    n += scores[score];
                    sum += (long) score * scores[score];
                    squares += (long) score * score * scores[score];
                }
                var moments = new tw.uplift.survey.statistics.Moments(n, sum, squares);
                yield new QuestionResult(q.id(), q.text(), q.kind(), n, counts, moments.mean(), null,
                        moments.standardDeviation(), null, NetPromoterScore.of(scores));
            }
            case CHOICE, MULTI_CHOICE -> {
                long answered = 0;
                for (ChoiceOption o : q.options()) {
                    long c = counted.count(q.id(), Tally.choiceBucket(o.id()));
                    counts.put(o.id(), c);
                    answered += c;
                }
                if (q.kind() == QuestionKind.MULTI_CHOICE) {
                    answered = counted.count(q.id(), Tally.ANSWERED);
                }
                yield new QuestionResult(q.id(), q.text(), q.kind(), answered, counts, null, null, null, null, null);
            }
            case TEXT -> new QuestionResult(q.id(), q.text(), q.kind(), counted.count(q.id(), Tally.ANSWERED), counts,
                    null, null, null, null, null);
        };
    }

    /** CSAT pooled over the Likert answers counted (see {@link LikertCounts#pooledTopTwoBoxShare}). */
    private static Double pooledCsat(Survey survey, Counted counted) {
        List<LikertCounts> likert = new ArrayList<>();
        for (String q : TallyStore.scaleOf(survey)) {
            likert.add(counted.likert(q));
        }
        return LikertCounts.pooledTopTwoBoxShare(likert);
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
