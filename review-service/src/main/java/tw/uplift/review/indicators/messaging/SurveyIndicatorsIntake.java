package tw.uplift.review.indicators.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.review.indicators.IndicatorProjection;

/** {@code survey-events}: published satisfaction, for the indicators (above the threshold too). */
@Component
class SurveyIndicatorsIntake implements EventIntake {

    private final IndicatorProjection indicators;

    SurveyIndicatorsIntake(IndicatorProjection indicators) {
        this.indicators = indicators;
    }

    @Override
    public Topic topic() {
        return Topic.SURVEY;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        if (event.payload() instanceof SurveyResultsPublished results) {
            indicators.surveyResults(event.id(), event.time(), results);
        }
    }
}
