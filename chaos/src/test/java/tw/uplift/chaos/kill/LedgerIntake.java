package tw.uplift.chaos.kill;

import org.springframework.dao.DuplicateKeyException;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * The kill host's consumer, an {@link EventIntake} as a service writes one: an effect with an id derived from the event
 * (found or met as a duplicate key on redelivery, as {@code ReviewTaskService} opens tasks), then the ledger's tally
 * counted in order through {@link AggregateStore#update}. Each step is idempotent on its own, so a kill between them
 * and the redelivery that follows neither loses nor doubles.
 */
final class LedgerIntake implements EventIntake {

    private final AggregateStore store;
    private final KillPoints points;

    LedgerIntake(AggregateStore store, KillPoints points) {
        this.store = store;
        this.points = points;
    }

    @Override
    public Topic topic() {
        return Topic.SURVEY;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        if (!(event.payload() instanceof SurveyOpened)) {
            return;
        }
        String effectId = DerivedId.of(event.id(), "chaos-effect");
        if (store.findById(effectId, ChaosEffect.class).isEmpty()) {
            try {
                store.save(new ChaosEffect(effectId, event.id(), event.subject(), event.sequence()));
            } catch (DuplicateKeyException redelivered) {
                // made by an earlier delivery: nothing to do
            }
        }
        points.at(KillPhase.CONSUMER, "after the effect, before the tally");
        String tallyId = event.subject();
        if (store.update(tallyId, ChaosTally.class, tally -> tally.count(event.position())).isEmpty()) {
            try {
                store.save(new ChaosTally(tallyId));
            } catch (DuplicateKeyException raced) {
                // made meanwhile: count on it below
            }
            store.update(tallyId, ChaosTally.class, tally -> tally.count(event.position()));
        }
    }
}
