package tw.uplift.survey.console.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import tw.uplift.survey.console.ResultCharts;
import tw.uplift.survey.console.ResultCharts.Bar;
import tw.uplift.survey.design.ChoiceOption;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.results.PreviousSurvey.Previous;
import tw.uplift.survey.results.SurveyResults;
import tw.uplift.survey.results.SurveyResults.Breakdown;
import tw.uplift.survey.results.SurveyResults.QuestionResult;
import tw.uplift.survey.results.SurveyResults.SegmentResult;
import tw.uplift.survey.statistics.NetPromoterScore;

/**
 * A survey's results as the results page and the printed report show them, in the reader's language: the
 * satisfaction rate against the threshold, each question with its chart and the same numbers as a table, the
 * reliability of the Likert scale, and the trend against the previous survey of the same name. Only arranges and
 * labels what {@link SurveyResults} computed; no statistic is computed here.
 *
 * @param csatChart  each Likert question's top-2-box share and the survey's, against the threshold; null without
 *                   a Likert answer
 * @param csatRows   the chart's numbers
 * @param questions  per question, in the survey's order
 * @param reliability the reliability rows, or null with fewer than two Likert questions
 * @param trend      the comparison with the previous survey, or null without one
 * @param comparisons the satisfaction of each segment (分眾), then of each respondent group question's groups; empty
 *                    for a survey with neither
 */
record ResultsView(SurveyResults results, String csatChart, List<ShareRow> csatRows, List<QuestionView> questions,
        ReliabilityView reliability, TrendView trend, List<ComparisonView> comparisons) {

    /** A share with its margin of error (null when it has none), e.g. a question's top-2-box. */
    record ShareRow(String label, Double share, Double marginOfError, long n) {
    }

    /** One bar of a question's chart: a score or an option, how many chose it and their share of the answers. */
    record CountRow(String label, long count, double share) {
    }

    /**
     * @param number    1-based, as the form numbered it
     * @param chart     the distribution, or null for a free-text question (its answers are listed instead)
     * @param npsGroups a 0–10 question's promoters, passives and detractors; else null
     */
    record QuestionView(int number, String questionId, String text, QuestionKind kind, long answered,
            List<CountRow> rows, Double mean, Double standardDeviation, Double topTwoBox, Double marginOfError,
            Double netPromoterScore, String chart, String chartDescription, List<CountRow> npsGroups) {
    }

    /**
     * One breakdown of the respondents compared: the segments (分眾), or the groups of one respondent group
     * question (e.g. 年齡層).
     *
     * @param id           for the page's anchors and caption ids
     * @param heading      what is compared, in the reader's language
     * @param chart        each part's satisfaction rate against the threshold, the small parts in grey and named so;
     *                     null when no part has a Likert answer yet
     * @param rows         every part, the chart's numbers and more
     * @param minimum      below this many responses a part is marked (and withheld from what is published)
     */
    record ComparisonView(String id, String heading, String chart, String description, List<SegmentRow> rows,
            int minimum) {

        public boolean anyBelowMinimum() {
            return rows.stream().anyMatch(SegmentRow::belowMinimum);
        }
    }

    /** One segment or group: its responses, response rate (segments with a population), satisfaction rate. */
    record SegmentRow(String name, long n, Double responseRate, Double csat, boolean belowMinimum) {
    }

    record ReliabilityView(long respondents, Double alpha, List<ItemRow> items) {
    }

    record ItemRow(String question, Double alphaIfDeleted, Double correctedItemTotalCorrelation) {
    }

    /**
     * @param previous the survey compared with (its window is shown)
     * @param rows     the questions both asked in the same 繁體中文 words, with both means and top-2-box shares
     */
    record TrendView(Survey previous, Double earlierCsat, Double laterCsat, long earlierN, List<TrendRow> rows,
            String chart) {
    }

    record TrendRow(String question, Double earlierMean, Double laterMean, Double earlierTopTwoBox,
            Double laterTopTwoBox) {
    }

    /**
     * @param text a message of the service's bundle in the reader's language, with its arguments
     */
    static ResultsView of(Survey survey, SurveyResults results, Optional<Previous> previous, Locale locale,
            BiFunction<String, Object[], String> text) {
        List<QuestionView> questions = new ArrayList<>();
        List<ShareRow> csatRows = new ArrayList<>();
        List<Question> asked = survey.questions();
        for (int i = 0; i < results.questions().size(); i++) {
            QuestionResult q = results.questions().get(i);
            Question question = asked.get(i);
            String label = q.text().in(locale);
            List<CountRow> rows = rowsOf(question, q, locale, text);
            String chart = null;
            String description = null;
            if (q.kind() != QuestionKind.TEXT) {
                description = text.apply("survey.results.chart.distribution", new Object[] {i + 1, label, q.answered()});
                chart = ResultCharts.counts(description, rows.stream().map(r -> new Bar(r.label(), r.count())).toList());
            }
            if (q.kind() == QuestionKind.LIKERT_5) {
                csatRows.add(new ShareRow(text.apply("survey.results.questionNumber", new Object[] {i + 1}) + " " + label,
                        q.topTwoBox(), q.topTwoBoxMarginOfError(), q.answered()));
            }
            questions.add(new QuestionView(i + 1, q.questionId(), label, q.kind(), q.answered(), rows, q.mean(),
                    q.standardDeviation(), q.topTwoBox(), q.topTwoBoxMarginOfError(), q.netPromoterScore(), chart,
                    description, q.kind() == QuestionKind.NPS_10 ? npsGroups(q, text) : null));
        }
        String csatChart = null;
        if (results.csat() != null) {
            String overall = text.apply("survey.results.csat.overall", null);
            csatRows.addFirst(new ShareRow(overall, results.csat(), null, results.n()));
            List<Bar> bars = csatRows.stream().filter(r -> r.share() != null)
                    .map(r -> new Bar(r.label(), r.share())).toList();
            String thresholdLabel = text.apply("survey.results.threshold.line",
                    new Object[] {Math.round(results.threshold() * 100)});
            csatChart = ResultCharts.sharesAgainst(text.apply("survey.results.chart.csat", new Object[] {
                    Math.round(results.csat() * 1000) / 10.0, Math.round(results.threshold() * 100)}), bars,
                    results.threshold(), thresholdLabel);
        }
        return new ResultsView(results, csatChart, List.copyOf(csatRows), List.copyOf(questions),
                reliability(results, asked, locale), previous.map(p -> trend(survey, results, p, locale, text)).orElse(null),
                comparisons(survey, results, locale, text));
    }

    /** A 0–10 question's answers as the three groups its NPS is made of, promoters first. */
    private static List<CountRow> npsGroups(QuestionResult q, BiFunction<String, Object[], String> text) {
        long[] scores = new long[11];
        for (int score = 0; score <= 10; score++) {
            scores[score] = q.counts().getOrDefault(String.valueOf(score), 0L);
        }
        NetPromoterScore.Groups g = NetPromoterScore.groups(scores);
        return List.of(npsRow(text.apply("survey.results.nps.promoters", null), g.promoters(), g),
                npsRow(text.apply("survey.results.nps.passives", null), g.passives(), g),
                npsRow(text.apply("survey.results.nps.detractors", null), g.detractors(), g));
    }

    private static CountRow npsRow(String label, long count, NetPromoterScore.Groups g) {
        Double share = g.share(count);
        return new CountRow(label, count, share == null ? 0 : share);
    }

    /**
     * The segments compared, then each respondent group question's groups: one chart and table per breakdown, since
     * a respondent is in one segment and in one group of each question, and bars of different breakdowns side by
     * side would read as parts of one whole.
     */
    private static List<ComparisonView> comparisons(Survey survey, SurveyResults results, Locale locale,
            BiFunction<String, Object[], String> text) {
        List<ComparisonView> views = new ArrayList<>();
        List<SegmentResult> segments = results.segments().stream()
                .filter(s -> s.breakdown() == Breakdown.SEGMENT).toList();
        if (!segments.isEmpty()) {
            views.add(comparison("segments", text.apply("survey.results.segments.bySegment", null), segments, results,
                    locale, text));
        }
        for (Question group : survey.respondentGroups()) {
            List<SegmentResult> groups = results.segments().stream()
                    .filter(s -> s.breakdown() == Breakdown.GROUP && group.id().equals(s.groupQuestionId())).toList();
            views.add(comparison("group-" + group.id(), text.apply("survey.results.segments.byGroup",
                    new Object[] {group.text().in(locale)}), groups, results, locale, text));
        }
        return List.copyOf(views);
    }

    private static ComparisonView comparison(String id, String heading, List<SegmentResult> parts,
            SurveyResults results, Locale locale, BiFunction<String, Object[], String> text) {
        int minimum = results.minimumSegmentSize();
        List<SegmentRow> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        Set<Integer> small = new HashSet<>();
        for (SegmentResult part : parts) {
            long n = part.n() == null ? 0 : part.n();
            String name = part.name().in(locale);
            rows.add(new SegmentRow(name, n, part.responseRate(), part.csat(), part.belowMinimum()));
            if (part.csat() != null) {
                if (part.belowMinimum()) {
                    small.add(bars.size());
                }
                bars.add(new Bar(text.apply(part.belowMinimum() ? "survey.results.segments.bar.small"
                        : "survey.results.segments.bar", new Object[] {name, n}), part.csat()));
            }
        }
        String description = text.apply("survey.results.chart.segments", new Object[] {heading, bars.size(),
                small.size(), minimum});
        String chart = bars.isEmpty() ? null : ResultCharts.sharesAgainst(description, bars, small,
                results.threshold(), text.apply("survey.results.threshold.line",
                        new Object[] {Math.round(results.threshold() * 100)}));
        return new ComparisonView(id, heading, chart, description, List.copyOf(rows), minimum);
    }

    private static List<CountRow> rowsOf(Question question, QuestionResult q, Locale locale,
            BiFunction<String, Object[], String> text) {
        List<CountRow> rows = new ArrayList<>();
        Map<String, Long> counts = q.counts();
        if (q.kind() == QuestionKind.LIKERT_5) {
            // most satisfied first, as the form lists them
            for (int score = 5; score >= 1; score--) {
                long c = counts.getOrDefault(String.valueOf(score), 0L);
                rows.add(new CountRow(score + " " + text.apply("survey.likert." + score, null), c, share(c, q.answered())));
            }
        } else if (q.kind() == QuestionKind.NPS_10) {
            for (int score = 10; score >= 0; score--) {
                long c = counts.getOrDefault(String.valueOf(score), 0L);
                rows.add(new CountRow(String.valueOf(score), c, share(c, q.answered())));
            }
        } else if (q.kind().hasOptions()) {
            // MULTI_CHOICE: the share of those who answered that chose the option (they may add to more than 100 %)
            for (ChoiceOption o : question.options()) {
                long c = counts.getOrDefault(o.id(), 0L);
                rows.add(new CountRow(o.text().in(locale), c, share(c, q.answered())));
            }
        }
        return List.copyOf(rows);
    }

    private static double share(long count, long of) {
        return of == 0 ? 0 : (double) count / of;
    }

    private static ReliabilityView reliability(SurveyResults results, List<Question> asked, Locale locale) {
        SurveyResults.ScaleReliability r = results.reliability();
        if (r == null) {
            return null;
        }
        List<ItemRow> items = r.items().stream().map(item -> new ItemRow(labelOf(asked, item.questionId(), locale),
                item.alphaIfDeleted(), item.correctedItemTotalCorrelation())).toList();
        return new ReliabilityView(r.respondents(), r.alpha(), items);
    }

    private static String labelOf(List<Question> asked, String questionId, Locale locale) {
        for (int i = 0; i < asked.size(); i++) {
            if (asked.get(i).id().equals(questionId)) {
                return (i + 1) + ". " + asked.get(i).text().in(locale);
            }
        }
        return questionId;
    }

    /**
     * The Likert questions both surveys asked in the same 繁體中文 words (a reworded question is another question,
     * so its scores are not compared), with the survey's satisfaction rate first.
     */
    private static TrendView trend(Survey survey, SurveyResults later, Previous previous, Locale locale,
            BiFunction<String, Object[], String> text) {
        SurveyResults earlier = previous.results();
        List<TrendRow> rows = new ArrayList<>();
        List<Bar> earlierBars = new ArrayList<>();
        List<Bar> laterBars = new ArrayList<>();
        for (QuestionResult now : later.questions()) {
            if (now.kind() != QuestionKind.LIKERT_5) {
                continue;
            }
            for (QuestionResult then : earlier.questions()) {
                if (then.kind() == QuestionKind.LIKERT_5 && sameWords(then.text(), now.text())) {
                    String label = now.text().in(locale);
                    rows.add(new TrendRow(label, then.mean(), now.mean(), then.topTwoBox(), now.topTwoBox()));
                    earlierBars.add(new Bar(label, then.mean() == null ? 0 : then.mean()));
                    laterBars.add(new Bar(label, now.mean() == null ? 0 : now.mean()));
                    break;
                }
            }
        }
        String chart = rows.isEmpty() ? null : ResultCharts.compared(
                text.apply("survey.results.chart.trend", new Object[] {rows.size()}),
                text.apply("survey.results.trend.earlier", null), earlierBars,
                text.apply("survey.results.trend.later", null), laterBars, 5);
        return new TrendView(previous.survey(), earlier.csat(), later.csat(), earlier.n(), List.copyOf(rows), chart);
    }

    private static boolean sameWords(LocalizedText a, LocalizedText b) {
        return a.zh() != null && a.zh().equals(b.zh());
    }
}
