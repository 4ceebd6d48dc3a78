package tw.uplift.plan.tracking;

import org.springframework.stereotype.Service;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.platform.events.EventPosition;
import tw.uplift.platform.outbox.AggregateStore;

/** A measure whose deadline passed undone is shown as overdue on its plan (idempotent; a repeated notice writes nothing). */
@Service
public class OverdueMeasures {

    private final AggregateStore store;

    public OverdueMeasures(AggregateStore store) {
        this.store = store;
    }

    public void overdue(ItemOverdue overdue, EventPosition position) {
        if (overdue.itemKind() == TrackedItemKind.MEASURE && overdue.planId() != null) {
            store.update(overdue.planId(), Plan.class, plan -> plan.markOverdue(overdue.itemId(), overdue.dueDate() == null
                    ? TaipeiTime.dateOf(overdue.detectedAt()) : overdue.dueDate().plusDays(1), position));
        }
    }
}
