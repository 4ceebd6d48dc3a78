package tw.uplift.plan.authoring;

import java.time.Instant;

/**
 * A satisfaction survey's published results, linked to a measure (滿意度調查結果), from survey-service.
 *
 * @param surveyId         the survey
 * @param measureId        the measure it is evidence for
 * @param responses        n
 * @param satisfactionRate top-2-box share, 0..1
 * @param threshold        the agency's threshold that applied, 0..1
 * @param publishedAt      when published
 */
public record SurveyEvidence(String surveyId, String measureId, long responses, double satisfactionRate,
        double threshold, Instant publishedAt) {

    public boolean belowThreshold() {
        return satisfactionRate < threshold;
    }
}
