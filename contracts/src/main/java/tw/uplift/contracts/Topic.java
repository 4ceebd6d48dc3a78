package tw.uplift.contracts;

import tw.uplift.contracts.deadline.DeadlineEvent;
import tw.uplift.contracts.notification.NotificationEvent;
import tw.uplift.contracts.plan.PlanEvent;
import tw.uplift.contracts.review.ReviewEvent;
import tw.uplift.contracts.survey.SurveyEvent;

/** The topics of Uplift: one per owning service, each carrying one sealed family of events. */
public enum Topic {
    PLAN("plan-events", "plan-service", PlanEvent.class),
    REVIEW("review-events", "review-service", ReviewEvent.class),
    SURVEY("survey-events", "survey-service", SurveyEvent.class),
    DEADLINE("deadline-events", "notification-service", DeadlineEvent.class),
    NOTIFICATION("notification-events", "notification-service", NotificationEvent.class);

    private final String topicName;
    private final String owner;
    private final Class<? extends DomainEvent> family;

    Topic(String topicName, String owner, Class<? extends DomainEvent> family) {
        this.topicName = topicName;
        this.owner = owner;
        this.family = family;
    }

    /** The Kafka topic name. */
    public String topicName() {
        return topicName;
    }

    /** The service that owns (and alone publishes to) this topic. */
    public String owner() {
        return owner;
    }

    /** The sealed interface all events on this topic implement. */
    public Class<? extends DomainEvent> family() {
        return family;
    }

    /** The dead-letter topic for one consumer group of this topic (see ADR 0001). */
    public String deadLetterTopic(String consumerGroup) {
        return topicName + "." + consumerGroup + ".dlt";
    }
}
