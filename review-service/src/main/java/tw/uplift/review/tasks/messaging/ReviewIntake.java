package tw.uplift.review.tasks.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.IncomingEvents;
import tw.uplift.review.tasks.ReviewTaskService;

/**
 * The consumers {@code planEvents} ({@code plan-events}) and {@code surveyEvents} ({@code survey-events});
 * bindings, retries and dead letters come from {@code uplift.messaging.consumers}. Events this service
 * does not act on are ignored.
 */
@Configuration(proxyBeanMethods = false)
class ReviewIntake {

    @Bean
    Consumer<Message<byte[]>> planEvents(IncomingEvents incoming, ReviewTaskService tasks) {
        return incoming.handle(envelope -> onPlanEvent(envelope, tasks));
    }

    @Bean
    Consumer<Message<byte[]>> surveyEvents(IncomingEvents incoming, ReviewTaskService tasks) {
        return incoming.handle(envelope -> onSurveyEvent(envelope, tasks));
    }

    static void onPlanEvent(EventEnvelope<DomainEvent> envelope, ReviewTaskService tasks) {
        switch (envelope.payload()) {
            case PlanSubmitted submitted -> tasks.onPlanSubmitted(envelope.id(), envelope.time(), submitted);
            default -> {
            }
        }
    }

    static void onSurveyEvent(EventEnvelope<DomainEvent> envelope, ReviewTaskService tasks) {
        switch (envelope.payload()) {
            case SurveyResultsPublished results -> tasks.onSurveyResults(envelope.id(), envelope.time(), results);
            default -> {
            }
        }
    }
}
