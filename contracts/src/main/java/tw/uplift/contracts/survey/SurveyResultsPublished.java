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
 * @param threshold the agency's threshold, 0..1; 0 (not given) means {@link #DEFAULT_THRESHOLD}
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

    /** The satisfaction rate below which a follow-up is due when an agency has not set its own (SPEC §2: 80 %). */
    public static final double DEFAULT_THRESHOLD = 0.8;

    /** The threshold that applies: the agency's own, or the default. */
    public double effectiveThreshold() {
        return threshold > 0 ? threshold : DEFAULT_THRESHOLD;
    }

    /** Whether these results are below the threshold that applies (a follow-up is due). */
    public boolean belowThreshold() {
        return satisfactionRate < effectiveThreshold();
    }

    @Override
    public String aggregateId() {
        return surveyId;
    }
}
