package tw.uplift.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.platform.events.EventCodec;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.events.PoisonEventException;

class TopicConsumerTest {

    private final EventCodec codec = new EventCodec();
    private final IncomingEvents incoming = new IncomingEvents(codec);

    /** Remembers what it was handed, under a name. */
    private record Recording(String name, Topic topic, List<String> log) implements EventIntake {
        @Override
        public void on(EventEnvelope<DomainEvent> event) {
            log.add(name + ":" + event.id() + "@" + event.position().sequence());
        }
    }

    @Test
    void everyIntakeOfTheTopicGetsEachEventDecodedOnceWithItsPosition() {
        List<String> log = new ArrayList<>();
        TopicConsumer consumer = new TopicConsumer("planEvents", Topic.PLAN, incoming, List.of(
                new Recording("deadlines", Topic.PLAN, log), new Recording("inbox", Topic.PLAN, log),
                new Recording("reviews", Topic.REVIEW, log)));

        consumer.accept(message(EventEnvelope.of("e-1", "/uplift/plan-service", Instant.EPOCH, 7, null,
                new MeasureCompleted("m-1", "p-1", "agency", Instant.EPOCH))));

        assertThat(log).containsExactly("deadlines:e-1@7", "inbox:e-1@7");
    }

    private record OwnGroup(String name, Topic topic, String consumerGroup, List<String> log) implements EventIntake {
        @Override
        public void on(EventEnvelope<DomainEvent> event) {
            log.add(name + ":" + event.id());
        }
    }

    @Test
    void aConsumerOfItsOwnGroupFeedsOnlyThatGroupsIntakesAndTheServiceGroupNeverThem() {
        List<String> log = new ArrayList<>();
        List<EventIntake> intakes = List.of(new Recording("deadlines", Topic.PLAN, log),
                new OwnGroup("audit", Topic.PLAN, "audit", log));
        TopicConsumer service = new TopicConsumer("planEvents", Topic.PLAN, incoming, intakes);
        TopicConsumer audit = new TopicConsumer("auditPlanEvents", Topic.PLAN, "audit", incoming, intakes);
        Message<byte[]> event = message(EventEnvelope.of("e-1", "/uplift/plan-service", Instant.EPOCH, 1, null,
                new MeasureCompleted("m-1", "p-1", "agency", Instant.EPOCH)));

        service.accept(event);
        audit.accept(event);

        assertThat(log).containsExactly("deadlines:e-1@1", "audit:e-1");
        assertThatThrownBy(() -> new TopicConsumer("auditSurveyEvents", Topic.PLAN, "other", incoming, intakes))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("consumer group other");
    }

    @Test
    void aConsumerWithoutAnIntakeOfItsTopicRefusesToStart() {
        assertThatThrownBy(() -> new TopicConsumer("surveyEvents", Topic.SURVEY, incoming,
                List.of(new Recording("x", Topic.PLAN, new ArrayList<>()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("surveyEvents");
    }

    @Test
    void aRecordThatIsNotAnEventIsPoisonAndReachesNoIntake() {
        List<String> log = new ArrayList<>();
        TopicConsumer consumer = new TopicConsumer("planEvents", Topic.PLAN, incoming,
                List.of(new Recording("deadlines", Topic.PLAN, log)));
        assertThatThrownBy(() -> consumer.accept(MessageBuilder.withPayload("{}".getBytes()).build()))
                .isInstanceOf(PoisonEventException.class);
        assertThat(log).isEmpty();
    }

    private Message<byte[]> message(EventEnvelope<?> envelope) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(codec.payloadBytes(envelope));
        codec.headers(envelope).forEach(message::setHeader);
        return message.build();
    }
}
