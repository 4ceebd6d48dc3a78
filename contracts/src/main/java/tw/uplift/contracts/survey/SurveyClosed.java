package tw.uplift.contracts.survey;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * A survey stopped taking answers.
 *
 * @param surveyId the survey
 * @param agencyId its agency
 * @param responses answers received
 * @param closedAt when
 */
@EventType("tw.uplift.survey.SurveyClosed.v1")
public record SurveyClosed(
        String surveyId,
        String agencyId,
        long responses,
        Instant closedAt) implements SurveyEvent {

    @Override
    public String aggregateId() {
        return surveyId;
    }
}
