package tw.uplift.contracts.survey;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * A satisfaction survey opened for answers (滿意度調查開放填答).
 *
 * @param surveyId the survey
 * @param agencyId its agency
 * @param title its title
 * @param planId linked plan, or null
 * @param measureId linked measure, or null
 * @param opensAt when answering opens
 * @param closesAt when it closes, or null
 */
@EventType("tw.uplift.survey.SurveyOpened.v1")
public record SurveyOpened(
        String surveyId,
        String agencyId,
        String title,
        String planId,
        String measureId,
        Instant opensAt,
        Instant closesAt) implements SurveyEvent {

    @Override
    public String aggregateId() {
        return surveyId;
    }
}
