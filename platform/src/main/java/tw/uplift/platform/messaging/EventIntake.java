package tw.uplift.platform.messaging;

import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.platform.events.EventEnvelope;

/**
 * One feature's reaction to the events of one topic: the only way a service consumes events. A service
 * implements it in {@code <feature>.messaging.<Something>Intake} (a Spring bean), switches over the payloads
 * it cares about and hands each to a plain application class; it names the topic's consumer once in its
 * configuration ({@code uplift.messaging.consumers.planEvents: PLAN}), and the platform binds that consumer and
 * hands every decoded event to each intake of the topic in the same consumer group (see
 * {@link MessagingConventions}, {@link #consumerGroup()}).
 *
 * <p>Intakes are idempotent (a redelivered event changes nothing), and where an effect depends on the order
 * of another aggregate's events they say so with {@link tw.uplift.platform.outbox.OutboxAggregate#applyInOrder}.
 * An exception is retried with back-off, then the record is dead-lettered; every intake of the topic sees a
 * retried record again, which idempotency makes harmless.
 */
public interface EventIntake {

    /** The topic whose events this intake reads. */
    Topic topic();

    /** Acts on one event; ignores payload types it does not care about. */
    void on(EventEnvelope<DomainEvent> event);

    /**
     * The consumer group this intake reads in: {@link #SERVICE_GROUP} (the service's own group, the usual case), or
     * a name of its own for an intake that must read every event at its own pace without its failures or retries
     * touching the service's other intakes (the audit trail). A named group is configured as
     * {@code uplift.messaging.consumer-groups.<function>: <name>} beside the function's
     * {@code uplift.messaging.consumers} line; its Kafka group is {@code <service>-<name>}.
     */
    default String consumerGroup() {
        return SERVICE_GROUP;
    }

    /** The service's own consumer group (the group named after the service). */
    String SERVICE_GROUP = "";
}
