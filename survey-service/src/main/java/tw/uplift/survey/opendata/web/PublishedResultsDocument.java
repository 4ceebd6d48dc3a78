package tw.uplift.survey.opendata.web;

import java.time.Instant;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.opendata.PublishedSurvey;
import tw.uplift.survey.results.SurveyResults;

/**
 * {@code /public/surveys/{id}/results.json}: the survey as the public may know it and its published results. The
 * survey is listed field by field (never the stored document, which names who created it).
 *
 * @param survey  who ran it and when
 * @param results {@link SurveyResults#published()}: aggregates only, small segments withheld
 * @param links   where the same results are as CSV, and the CSV's schema
 */
record PublishedResultsDocument(About survey, SurveyResults results, Links links) {

    /**
     * @param rocYear  the ROC year its window opened in (Taipei)
     * @param opensAt  when it started taking answers
     * @param closesAt when it was to close, or null if it had no set end
     * @param closedAt when it closed and its results were published
     */
    record About(String id, String agencyId, LocalizedText title, int rocYear, Instant opensAt, Instant closesAt,
            Instant closedAt) {
    }

    record Links(String csv, String schema) {
    }

    static PublishedResultsDocument of(PublishedSurvey published) {
        Survey s = published.survey();
        return new PublishedResultsDocument(new About(s.getId(), s.agencyId(), s.title(), published.rocYear(),
                s.opensAt(), s.closesAt(), s.closedAt()), published.results(),
                new Links("/public/surveys/" + s.getId() + "/results.csv", SurveyOpenDataController.SCHEMA_PATH));
    }
}
