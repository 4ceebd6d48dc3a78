package tw.uplift.contracts.survey;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * A survey's results were published; they are evidence for the linked measure.
 *
 * @param surveyId the survey
 * @param agencyId its agency
 * @param planId linked plan, or null
 * @param measureId linked measure, or null
 * @param responses n
 * @param satisfactionRate top-2-box share, 0..1
 * @param threshold the agency's threshold, 0..1 (default 0.8)
 * @param publishedAt when
 */
@EventType("tw.uplift.survey.SurveyResultsPublished.v1")
public record SurveyResultsPublished(
        String surveyId,
        String agencyId,
        String planId,
        String measureId,
        long responses,
        double satisfactionRate,
        double threshold,
        Instant publishedAt) implements SurveyEvent {

    @Override
    public String aggregateId() {
        return surveyId;
    }
}
