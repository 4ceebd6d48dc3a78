package tw.uplift.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class MessagingConventionsTest {

    @Test
    void aConsumerOfItsOwnGroupGetsItsOwnKafkaGroupAndDeadLetterTopicAndTheOthersKeepTheService() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.application.name", "notification-service")
                .withProperty("uplift.messaging.consumers.planEvents", "PLAN")
                .withProperty("uplift.messaging.consumers.auditPlanEvents", "PLAN")
                .withProperty("uplift.messaging.consumer-groups.auditPlanEvents", "audit");

        Map<String, Object> props = MessagingConventions.derive(env);

        assertThat(props).containsEntry("spring.cloud.stream.bindings.planEvents-in-0.group", "notification-service")
                .containsEntry("spring.cloud.stream.bindings.auditPlanEvents-in-0.group", "notification-service-audit")
                .containsEntry("spring.cloud.stream.bindings.auditPlanEvents-in-0.destination", "plan-events")
                .containsEntry("spring.cloud.stream.kafka.bindings.auditPlanEvents-in-0.consumer.dlq-name",
                        "plan-events.notification-service-audit.dlt")
                .containsEntry("spring.cloud.stream.kafka.bindings.planEvents-in-0.consumer.dlq-name",
                        "plan-events.notification-service.dlt")
                .containsEntry("spring.cloud.stream.kafka.bindings.auditPlanEvents-in-0.consumer.start-offset", "earliest")
                .doesNotContainKey("spring.cloud.stream.kafka.bindings.planEvents-in-0.consumer.start-offset")
                .containsEntry("spring.cloud.stream.bindings.deadLetters-in-0.group", "notification-service-dead-letters");
        assertThat((String) props.get("spring.cloud.stream.bindings.deadLetters-in-0.destination"))
                .contains("plan-events.notification-service-audit.dlt", "plan-events.notification-service.dlt");
    }
}
