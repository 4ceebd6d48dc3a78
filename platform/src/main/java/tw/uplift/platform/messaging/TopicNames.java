package tw.uplift.platform.messaging;

import tw.uplift.contracts.Topic;

/**
 * Turns logical topics into Kafka topic names. Tests that share one broker set a prefix
 * ({@code uplift.messaging.topic-prefix}) so each test class has its own topics.
 */
public record TopicNames(String prefix) {

    public TopicNames {
        prefix = prefix == null ? "" : prefix;
    }

    public String of(Topic topic) {
        return prefix + topic.topicName();
    }

    public String deadLetterOf(Topic topic, String group) {
        return prefix + topic.deadLetterTopic(group);
    }
}
