package tw.uplift.survey.opendata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tw.uplift.survey.design.ChoiceOption;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.results.SurveyResults;
import tw.uplift.survey.results.SurveyResults.QuestionResult;
import tw.uplift.survey.results.SurveyResults.SegmentResult;

/**
 * A published survey's results as a tidy long table ({@code /public/surveys/{id}/results.csv}): one row per scope
 * (the whole survey, each segment 分眾, each respondent group's option) × question × answer value (a score, or an
 * option), with the question's figures in that scope (answered, mean, SD, top-2-box and its margin of error, NPS)
 * repeated on each of its rows, so any row read alone says everything about itself and a pivot table needs no
 * lookup.
 *
 * <ul>
 *   <li>A suppressed scope ({@code suppressed=true}) is one row per question with every figure empty: its name
 *       says it exists, nothing says how it answered.</li>
 *   <li>A free-text question is one row with only how many answered it; what they wrote never leaves the agency.</li>
 *   <li>A multiple-choice question's shares are of those who answered it, so they add up to more than 1.</li>
 * </ul>
 *
 * <p>The columns are {@link #COLUMNS}, documented in {@code docs/open-data.md} and in the Table Schema at
 * {@code /public/surveys/schema.json}; a test holds the three together.
 */
public final class ResultRows {

    /** The column names, in order: the CSV's header row. */
    public static final List<String> COLUMNS = List.of("survey_id", "agency_id", "scope", "group_question_id",
            "scope_id", "scope_name", "scope_name_en", "scope_n", "suppressed", "question_id", "question_kind",
            "question_text", "question_text_en", "value", "value_label", "value_label_en", "count", "share",
            "answered", "mean", "standard_deviation", "top_two_box", "top_two_box_margin_of_error", "nps");

    /** What a row's figures are of. */
    public enum Scope {
        /** Every response. */
        SURVEY,
        /** The responses through one segment's link (分眾). */
        SEGMENT,
        /** The responses that picked one option of a respondent-group question (e.g. 年齡層 65 歲以上). */
        GROUP
    }

    private ResultRows() {
    }

    /** The rows: the whole survey's first, then each segment and group option in the results' order. */
    public static List<List<String>> of(PublishedSurvey published) {
        Survey survey = published.survey();
        SurveyResults results = published.results();
        List<List<String>> rows = new ArrayList<>();
        ScopeCells whole = new ScopeCells(survey, Scope.SURVEY, null, null, null, results.n(), false);
        results.questions().forEach(q -> rows.addAll(whole.rowsOf(q)));
        for (SegmentResult s : results.segments()) {
            Scope scope = s.breakdown() == SurveyResults.Breakdown.SEGMENT ? Scope.SEGMENT : Scope.GROUP;
            ScopeCells cells = new ScopeCells(survey, scope, s.groupQuestionId(), s.id(), s.name(), s.n(),
                    s.suppressed());
            if (s.suppressed()) {
                survey.questions().forEach(q -> rows.add(cells.withheld(q)));
            } else {
                s.questions().forEach(q -> rows.addAll(cells.rowsOf(q)));
            }
        }
        return List.copyOf(rows);
    }

    /** The cells every row of one scope starts with, and the rows of its questions. */
    private record ScopeCells(Survey survey, Scope scope, String groupQuestionId, String scopeId,
            LocalizedText scopeName, Long scopeN, boolean suppressed) {

        List<List<String>> rowsOf(QuestionResult q) {
            Question question = survey.question(q.questionId()).orElseThrow();
            List<List<String>> rows = new ArrayList<>();
            switch (q.kind()) {
                case TEXT -> rows.add(row(q, null, null, null));
                case CHOICE, MULTI_CHOICE -> {
                    for (ChoiceOption o : question.options()) {
                        rows.add(row(q, o.id(), o.text(), count(q.counts(), o.id())));
                    }
                }
                case LIKERT_5, NPS_10 -> q.counts().forEach((score, count) -> rows.add(row(q, score, null, count)));
            }
            return rows;
        }

        /** A question of a suppressed scope: named, with no figure. */
        List<String> withheld(Question q) {
            return cells(q.id(), q.kind().name(), q.text(), "", null, "", "", "", "", "", "", "", "");
        }

        private List<String> row(QuestionResult q, String value, LocalizedText label, Long count) {
            boolean text = q.kind() == QuestionKind.TEXT;
            Double share = count == null || q.answered() == 0 ? null : (double) count / q.answered();
            return cells(q.questionId(), q.kind().name(), q.text(), Figures.text(value), label,
                    text ? "" : Figures.whole(count), Figures.decimal(share), Figures.whole(q.answered()),
                    Figures.decimal(q.mean()), Figures.decimal(q.standardDeviation()), Figures.decimal(q.topTwoBox()),
                    Figures.decimal(q.topTwoBoxMarginOfError()), Figures.decimal(q.netPromoterScore()));
        }

        private List<String> cells(String questionId, String kind, LocalizedText questionText, String value,
                LocalizedText label, String count, String share, String answered, String mean, String sd,
                String topTwoBox, String marginOfError, String nps) {
            return Arrays.asList(survey.getId(), survey.agencyId(), scope.name(), Figures.text(groupQuestionId),
                    Figures.text(scopeId), scopeName == null ? "" : Figures.text(scopeName.zh()),
                    scopeName == null ? "" : Figures.text(scopeName.en()), suppressed ? "" : Figures.whole(scopeN),
                    String.valueOf(suppressed), questionId, kind, Figures.text(questionText.zh()),
                    Figures.text(questionText.en()), value, label == null ? "" : Figures.text(label.zh()),
                    label == null ? "" : Figures.text(label.en()), count, share, answered, mean, sd, topTwoBox,
                    marginOfError, nps);
        }

        private static Long count(Map<String, Long> counts, String key) {
            return counts.getOrDefault(key, 0L);
        }
    }
}
