package tw.uplift.chaos.kill;

import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.platform.events.EventPosition;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * The consumer's running count of one ledger's events (a stand-in for the survey tallies and the review loads): a
 * counter that would count a redelivered event twice if it were not guarded. It is guarded the way the services guard
 * order-dependent effects, {@code applyInOrder} in the same document write. After the run it must equal the ledger's
 * event count: more is doubled, fewer is lost.
 */
@Document(ChaosTally.COLLECTION)
class ChaosTally extends OutboxAggregate {

    static final String COLLECTION = "chaos_tallies";

    private long count;

    ChaosTally() {
    }

    ChaosTally(String id) {
        super(id);
    }

    ChaosTally count(EventPosition position) {
        if (applyInOrder(position)) {
            count++;
        }
        return this;
    }
}
