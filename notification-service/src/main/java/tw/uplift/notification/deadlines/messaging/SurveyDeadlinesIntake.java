package tw.uplift.notification.deadlines.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.survey.SurveyClosed;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.notification.deadlines.application.SurveyDeadlines;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;

/** {@code survey-events}: a survey's opening with a close date registers it, its closing meets it. */
@Component
class SurveyDeadlinesIntake implements EventIntake {

    private final SurveyDeadlines deadlines;

    SurveyDeadlinesIntake(SurveyDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Topic topic() {
        return Topic.SURVEY;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        switch (event.payload()) {
            case SurveyOpened opened -> deadlines.opened(opened, event.position());
            case SurveyClosed closed -> deadlines.closed(closed, event.position());
            default -> {
            }
        }
    }
}
