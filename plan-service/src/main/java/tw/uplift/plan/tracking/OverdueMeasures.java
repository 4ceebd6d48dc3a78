package tw.uplift.plan.tracking;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.IncomingEvents;
import tw.uplift.platform.outbox.AggregateStore;

/** Consumes {@code deadline-events}: an overdue measure is shown as overdue on its plan (idempotent). */
@Configuration
public class OverdueMeasures {

    private final AggregateStore store;

    public OverdueMeasures(AggregateStore store) {
        this.store = store;
    }

    @Bean
    Consumer<Message<byte[]>> deadlineEvents(IncomingEvents incoming) {
        return incoming.handle(this::on);
    }

    void on(EventEnvelope<DomainEvent> envelope) {
        if (envelope.payload() instanceof ItemOverdue overdue && overdue.itemKind() == TrackedItemKind.MEASURE
                && overdue.planId() != null) {
            store.update(overdue.planId(), Plan.class, plan -> plan.markOverdue(overdue.itemId()));
        }
    }
}
