package tw.uplift.notification.audit.messaging;

import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.notification.audit.Actors;
import tw.uplift.notification.audit.AuditedEvent;
import tw.uplift.notification.audit.ChainHash;
import tw.uplift.notification.audit.application.AuditTrail;
import tw.uplift.platform.events.EventCodec;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;

/**
 * One topic's events into the audit trail, every type of it. It reads in the consumer group
 * {@value #GROUP} ({@code notification-service-audit}), so it sees every event at its own pace and its retries
 * or dead letters never touch the service's other intakes, which read the same topics in the service's group.
 * One bean per topic ({@link AuditIntakes}).
 */
public class AuditIntake implements EventIntake {

    /** The consumer group's name ({@code uplift.messaging.consumer-groups.audit*Events}). */
    public static final String GROUP = "audit";

    private final Topic topic;
    private final AuditTrail trail;
    private final EventCodec codec;

    public AuditIntake(Topic topic, AuditTrail trail, EventCodec codec) {
        this.topic = topic;
        this.trail = trail;
        this.codec = codec;
    }

    @Override
    public Topic topic() {
        return topic;
    }

    @Override
    public String consumerGroup() {
        return GROUP;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        trail.record(new AuditedEvent(event.id(), serviceOf(event.source()), event.type(), event.subject(),
                Actors.of(event.payload()), event.time(), traceIdOf(event.traceparent()),
                ChainHash.sha256(codec.payloadBytes(event))));
    }

    /** {@code /uplift/plan-service} or {@code /plan-service} → {@code plan-service}. */
    static String serviceOf(String source) {
        if (source == null) {
            return "";
        }
        return source.substring(source.lastIndexOf('/') + 1);
    }

    /** The trace id of a W3C {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}), or empty. */
    static String traceIdOf(String traceparent) {
        if (traceparent == null) {
            return "";
        }
        String[] parts = traceparent.split("-");
        return parts.length == 4 && parts[1].length() == 32 ? parts[1] : "";
    }
}
