package tw.uplift.platform.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.messaging.Message;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.platform.events.EventEnvelope;

/**
 * The consumer function the platform binds for one topic: decodes each record once (a record that is not a
 * valid event raises {@link tw.uplift.platform.events.PoisonEventException} and is dead-lettered without
 * retries) and hands it to every {@link EventIntake} of that topic and consumer group, in their order.
 */
final class TopicConsumer implements Consumer<Message<byte[]>> {

    private final IncomingEvents incoming;
    private final List<EventIntake> intakes;

    TopicConsumer(String function, Topic topic, IncomingEvents incoming, List<EventIntake> all) {
        this(function, topic, EventIntake.SERVICE_GROUP, incoming, all);
    }

    TopicConsumer(String function, Topic topic, String group, IncomingEvents incoming, List<EventIntake> all) {
        this.incoming = incoming;
        this.intakes = all.stream().filter(i -> i.topic() == topic && group.equals(i.consumerGroup())).toList();
        if (intakes.isEmpty()) {
            throw new IllegalStateException("uplift.messaging.consumers." + function + " reads " + topic
                    + (group.isEmpty() ? "" : " in consumer group " + group)
                    + " but no EventIntake bean of that topic and group exists");
        }
    }

    @Override
    public void accept(Message<byte[]> message) {
        EventEnvelope<DomainEvent> event = incoming.decode(message);
        for (EventIntake intake : intakes) {
            intake.on(event);
        }
    }
}
