package tw.uplift.survey.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.survey.design.Questions.freeText;
import static tw.uplift.survey.design.Questions.likert;
import static tw.uplift.survey.design.Questions.multiChoice;
import static tw.uplift.survey.design.Questions.nps;
import static tw.uplift.survey.design.SurveyFixture.aSurveyOf;
import static tw.uplift.survey.design.SurveyFixture.counter;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.opendata.OpenDataCsv;
import tw.uplift.survey.design.FinalCount;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyFixture;
import tw.uplift.survey.results.SurveyResults;
import tw.uplift.survey.results.Tally;

/**
 * The tidy CSV of a published survey's results, row by row, from a running aggregate whose figures are worked out
 * by hand here: 55 responses, q1 a Likert score, q2 a 0–10 recommendation, q3 a multiple choice, q4 free text;
 * segments c1 (30), c2 (5: below the minimum) and c3 (20: withheld with it, or c2 would be 55 − 30 − 20).
 */
class ResultRowsTest {

    private final Survey survey = aSurveyOf(likert("q1"), nps("q2"), multiChoice("q3", "a", "b", "c"), freeText("q4"))
            .segmentedBy(counter("c1", 60L), counter("c2", null), counter("c3", null)).closedWith(55, 45 / 55.0);

    private final List<CSVRecord> rows = parse(ResultRows.of(published(survey)));

    @Test
    void theHeaderIsTheColumnsAndEveryRowFitsThem() {
        assertThat(rows.getFirst().values()).containsExactlyElementsOf(ResultRows.COLUMNS);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.size()).isEqualTo(ResultRows.COLUMNS.size()));
    }

    @Test
    void aLikertQuestionIsOneRowPerScoreWithItsFiguresOnEachRow() {
        List<CSVRecord> q1 = rows("SURVEY", "", "q1");
        assertThat(q1).extracting(r -> cell(r, "value")).containsExactly("1", "2", "3", "4", "5");
        assertThat(q1).extracting(r -> cell(r, "count")).containsExactly("0", "10", "0", "15", "30");
        assertThat(q1).extracting(r -> cell(r, "share")).containsExactly("0", "0.1818", "0", "0.2727", "0.5455");
        // mean 230/55; top-2-box 45/55; its margin 1.96·√(p(1−p)/55) (no population: no correction)
        assertThat(q1).allSatisfy(r -> {
            assertThat(cell(r, "answered")).isEqualTo("55");
            assertThat(cell(r, "scope_n")).isEqualTo("55");
            assertThat(cell(r, "mean")).isEqualTo("4.1818");
            assertThat(cell(r, "top_two_box")).isEqualTo("0.8182");
            assertThat(cell(r, "top_two_box_margin_of_error")).isEqualTo("0.1019");
            assertThat(cell(r, "nps")).isEmpty();
            assertThat(cell(r, "suppressed")).isEqualTo("false");
            assertThat(cell(r, "question_kind")).isEqualTo("LIKERT_5");
        });
    }

    @Test
    void aZeroToTenQuestionHasElevenRowsAndItsNpsAndANegativeNpsStaysANumber() {
        List<CSVRecord> q2 = rows("SURVEY", "", "q2");
        assertThat(q2).extracting(r -> cell(r, "value"))
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        // promoters 30, detractors 10 of 55: (30 − 10) / 55 · 100
        assertThat(q2).allSatisfy(r -> assertThat(cell(r, "nps")).isEqualTo("36.3636"));
        assertThat(q2).allSatisfy(r -> assertThat(cell(r, "top_two_box")).isEmpty());
        // c1: 10 promoters, 20 detractors of 30
        assertThat(rows("SEGMENT", "c1", "q2")).allSatisfy(r -> assertThat(cell(r, "nps")).isEqualTo("-33.3333"));
    }

    @Test
    void aMultipleChoiceIsOneRowPerOptionWithSharesOfThoseWhoAnsweredAddingUpToMoreThanOne() {
        List<CSVRecord> q3 = rows("SURVEY", "", "q3");
        assertThat(q3).extracting(r -> cell(r, "value")).containsExactly("a", "b", "c");
        assertThat(q3).extracting(r -> cell(r, "value_label")).containsExactly("a", "b", "c");
        assertThat(q3).extracting(r -> cell(r, "count")).containsExactly("40", "30", "0");
        assertThat(q3).extracting(r -> cell(r, "share")).containsExactly("0.8", "0.6", "0");
        assertThat(q3).allSatisfy(r -> assertThat(cell(r, "answered")).isEqualTo("50"));
    }

    @Test
    void aFreeTextQuestionGivesOnlyHowManyAnswered() {
        assertThat(rows("SURVEY", "", "q4")).singleElement().satisfies(r -> {
            assertThat(cell(r, "answered")).isEqualTo("12");
            for (String figure : List.of("value", "value_label", "count", "share", "mean", "standard_deviation",
                    "top_two_box", "nps")) {
                assertThat(cell(r, figure)).as(figure).isEmpty();
            }
        });
    }

    @Test
    void aSuppressedScopeIsOneRowPerQuestionWithEveryFigureEmpty() {
        for (String withheld : List.of("c2", "c3")) {
            List<CSVRecord> scope = rows.stream().filter(r -> cell(r, "scope_id").equals(withheld)).toList();
            assertThat(scope).extracting(r -> cell(r, "question_id")).containsExactly("q1", "q2", "q3", "q4");
            assertThat(scope).allSatisfy(r -> {
                assertThat(cell(r, "suppressed")).isEqualTo("true");
                assertThat(cell(r, "scope_name")).as("its existence is not hidden").isEqualTo(withheld + " 櫃台");
                for (String figure : List.of("scope_n", "value", "count", "share", "answered", "mean",
                        "standard_deviation", "top_two_box", "top_two_box_margin_of_error", "nps")) {
                    assertThat(cell(r, figure)).as(withheld + " " + figure).isEmpty();
                }
            });
        }
        assertThat(rows("SEGMENT", "c1", "q1")).allSatisfy(r -> {
            assertThat(cell(r, "scope_n")).isEqualTo("30");
            assertThat(cell(r, "suppressed")).isEqualTo("false");
        });
    }

    @Test
    void theYearsRowHasTheHeadlineFiguresAndTheYearTheWindowOpenedInTaipei() {
        List<String> cells = SurveyRow.cells(published(survey));
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < SurveyRow.COLUMNS.size(); i++) {
            row.put(SurveyRow.COLUMNS.get(i), cells.get(i));
        }
        assertThat(cells).hasSameSizeAs(SurveyRow.COLUMNS);
        assertThat(row).containsEntry("survey_id", "s1").containsEntry("agency_id", SurveyFixture.AGENCY)
                .containsEntry("roc_year", "115").containsEntry("opens_at", "2026-03-01T00:00:00Z")
                .containsEntry("n", "55").containsEntry("csat", "0.8182").containsEntry("threshold", "0.8")
                .containsEntry("met", "true").containsEntry("nps", "36.3636").containsEntry("cronbach_alpha", "")
                .containsEntry("closes_at", "");

        Survey newYearsEve = aSurveyOf(likert("q1")).draft();
        newYearsEve.open(Clock.fixed(Instant.parse("2026-12-31T16:30:00Z"), TaipeiTime.ZONE));
        newYearsEve.close(() -> new FinalCount(0, null), Clock.fixed(Instant.parse("2027-01-05T00:00:00Z"),
                TaipeiTime.ZONE));
        List<String> empty = SurveyRow.cells(new PublishedSurvey(newYearsEve,
                SurveyResults.of(newYearsEve, Tally.empty("s1"), 10).published()));
        assertThat(empty.get(SurveyRow.COLUMNS.indexOf("roc_year"))).as("00:30 on 1 January in Taipei").isEqualTo("116");
        assertThat(empty.get(SurveyRow.COLUMNS.indexOf("met"))).as("no answers: neither met nor missed").isEmpty();
    }

    /** The running aggregate described above, published with the default minimum of 10. */
    private static PublishedSurvey published(Survey survey) {
        Map<String, Map<String, Long>> whole = Map.of(
                "q1", Map.of("s5", 30L, "s4", 15L, "s2", 10L),
                "q2", Map.of("s10", 20L, "s9", 10L, "s7", 15L, "s3", 10L),
                "q3", Map.of("c_a", 40L, "c_b", 30L, Tally.ANSWERED, 50L),
                "q4", Map.of(Tally.ANSWERED, 12L));
        Map<String, Tally.Part> segments = Map.of(
                "c1", new Tally.Part(30, Map.of("q1", Map.of("s5", 30L), "q2", Map.of("s10", 10L, "s0", 20L))),
                "c2", new Tally.Part(5, Map.of("q1", Map.of("s2", 5L))),
                "c3", new Tally.Part(20, Map.of("q1", Map.of("s4", 15L, "s2", 5L))));
        Tally tally = new Tally("s1", 55, whole, Tally.ScaleSums.NONE, true, segments, Map.of());
        return new PublishedSurvey(survey, SurveyResults.of(survey, tally, 10).published());
    }

    private List<CSVRecord> rows(String scope, String scopeId, String questionId) {
        return rows.stream().filter(r -> cell(r, "scope").equals(scope) && cell(r, "scope_id").equals(scopeId)
                && cell(r, "question_id").equals(questionId)).toList();
    }

    private static String cell(CSVRecord row, String column) {
        return row.get(ResultRows.COLUMNS.indexOf(column));
    }

    /** Through the file as it is served, so what is checked is what a reader's spreadsheet gets. */
    private static List<CSVRecord> parse(List<List<String>> rows) {
        String csv = new String(OpenDataCsv.of(ResultRows.COLUMNS, rows), StandardCharsets.UTF_8);
        try {
            return CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
