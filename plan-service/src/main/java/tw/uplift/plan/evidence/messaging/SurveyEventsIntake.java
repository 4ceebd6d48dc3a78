package tw.uplift.plan.evidence.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.plan.evidence.SurveyResultsEvidence;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;

/** {@code survey-events}: published survey results, evidence for their measure. */
@Component
class SurveyEventsIntake implements EventIntake {

    private final SurveyResultsEvidence evidence;

    SurveyEventsIntake(SurveyResultsEvidence evidence) {
        this.evidence = evidence;
    }

    @Override
    public Topic topic() {
        return Topic.SURVEY;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        if (event.payload() instanceof SurveyResultsPublished results) {
            evidence.published(results, event.position());
        }
    }
}
