package tw.uplift.chaos.kill;

import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * The consumer's effect of one event (a stand-in for a task or a notice): its id derived from the event id, as the
 * services derive theirs, so a redelivered event meets the unique {@code _id}. It keeps the event id as a field too:
 * the audit counts effects per event id, which would show a doubled effect even if the id derivation were wrong.
 */
@Document(ChaosEffect.COLLECTION)
class ChaosEffect extends OutboxAggregate {

    static final String COLLECTION = "chaos_effects";

    private String eventId;
    private String ledgerId;
    private long sequence;

    ChaosEffect() {
    }

    ChaosEffect(String id, String eventId, String ledgerId, long sequence) {
        super(id);
        this.eventId = eventId;
        this.ledgerId = ledgerId;
        this.sequence = sequence;
    }
}
