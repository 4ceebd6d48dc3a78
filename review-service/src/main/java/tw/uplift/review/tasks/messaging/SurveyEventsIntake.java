package tw.uplift.review.tasks.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.survey.CourtesyTestScored;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.review.tasks.ReviewTaskService;

/**
 * {@code survey-events}: published results below the supervising body's threshold, and a courtesy test scored under
 * its courtesy bar, open a follow-up task.
 */
@Component
class SurveyEventsIntake implements EventIntake {

    private final ReviewTaskService tasks;

    SurveyEventsIntake(ReviewTaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Topic topic() {
        return Topic.SURVEY;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        if (event.payload() instanceof SurveyResultsPublished results) {
            tasks.onSurveyResults(event.id(), event.time(), results);
        } else if (event.payload() instanceof CourtesyTestScored scored) {
            tasks.onCourtesyTestScored(event.id(), event.time(), scored);
        }
    }
}
