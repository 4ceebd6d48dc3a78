package tw.uplift.survey.opendata;

import java.util.Arrays;
import java.util.List;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.results.SurveyResults;

/**
 * One published survey as a row of the year's file ({@code /public/surveys.csv?rocYear=115}): who ran it, when,
 * and its headline figures. The columns are {@link #COLUMNS}, documented in {@code docs/open-data.md} and in the
 * Table Schema at {@code /public/surveys/schema.json}; a test holds the three together.
 */
public final class SurveyRow {

    /** The column names, in order: the CSV's header row. */
    public static final List<String> COLUMNS = List.of("survey_id", "agency_id", "title", "title_en", "roc_year",
            "opens_at", "closes_at", "closed_at", "n", "target_population", "response_rate", "csat", "threshold",
            "met", "nps", "cronbach_alpha");

    private SurveyRow() {
    }

    /** The survey's cells in {@link #COLUMNS}' order. */
    public static List<String> cells(PublishedSurvey published) {
        Survey s = published.survey();
        SurveyResults r = published.results();
        return Arrays.asList(s.getId(), s.agencyId(), Figures.text(s.title().zh()), Figures.text(s.title().en()),
                String.valueOf(published.rocYear()), Figures.instant(s.opensAt()), Figures.instant(s.closesAt()),
                Figures.instant(s.closedAt()), Figures.whole(r.n()), Figures.whole(r.population()),
                Figures.decimal(r.responseRate()), Figures.decimal(r.csat()), Figures.decimal(r.threshold()),
                Figures.flag(published.met().orElse(null)), Figures.decimal(published.netPromoterScore().orElse(null)),
                Figures.decimal(r.reliability() == null ? null : r.reliability().alpha()));
    }
}
