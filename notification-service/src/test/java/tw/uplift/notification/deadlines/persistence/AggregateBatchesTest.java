package tw.uplift.notification.deadlines.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.Firing;
import tw.uplift.notification.deadlines.Obligation;
import tw.uplift.notification.deadlines.Owed;
import tw.uplift.notification.deadlines.Parties;
import tw.uplift.notification.deadlines.StepState;
import tw.uplift.notification.deadlines.TrackedItem;
import tw.uplift.notification.deadlines.application.DeadlineTracker;
import tw.uplift.notification.support.PlanEvents;
import tw.uplift.platform.events.EventPosition;
import tw.uplift.platform.outbox.AggregateBatches;
import tw.uplift.platform.outbox.AggregateStore;

/** Saving a batch of deadlines: with their outbox markers, and never over a concurrent change. */
class AggregateBatchesTest {

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    private String registered(String measureId) {
        TrackedItem item = TrackedItem.measure("plan-batch", measureId);
        service.get(DeadlineTracker.class).register(new Owed(Obligation.dated(item,
                Parties.ofAgency(PlanEvents.AGENCY, PlanEvents.BODY), "措施", service.today().plusDays(8)),
                new EventPosition("/uplift/plan-service", "plan-batch", 1)));
        return Deadline.idOfMeasure("plan-batch", measureId);
    }

    private Instant aWeekLater() {
        return service.clock().instant().plus(Duration.ofDays(7));
    }

    @Test
    void savesTheChangedOnesWithTheirOutboxMarkers() {
        List<String> ids = List.of(registered("m-1"), registered("m-2"));

        AggregateBatches.Outcome<Firing> outcome = service.get(AggregateBatches.class)
                .updateAll(ids, Deadline.class, d -> d.fireDue(aWeekLater()));

        assertThat(outcome.conflicted()).isEmpty();
        assertThat(outcome.decided()).containsOnlyKeys(ids);
        for (String id : ids) {
            assertThat(service.deadline(id).orElseThrow().pendingEvents()).hasSize(1);
            assertThat(service.get(MongoTemplate.class).findById("deadlines/" + id, Document.class, "outbox_markers"))
                    .as("the relay's marker").isNotNull();
        }
    }

    @Test
    void aDeadlineChangedMeanwhileIsLeftAsTheOtherWriterSavedItAndHandedBack() {
        String id = registered("m-1");
        AggregateStore store = service.get(AggregateStore.class);
        Instant later = aWeekLater();

        AggregateBatches.Outcome<Firing> outcome = service.get(AggregateBatches.class).updateAll(List.of(id),
                Deadline.class, d -> {
                    // completed by another writer after this batch loaded it
                    store.update(id, Deadline.class, other -> other.close(DeadlineStatus.DONE,
                            new EventPosition("/uplift/plan-service", "plan-batch", 2), later));
                    return d.fireDue(later);
                });

        assertThat(outcome.conflicted()).containsExactly(id);
        assertThat(outcome.decided()).isEmpty();
        Deadline stored = service.deadline(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(DeadlineStatus.DONE);
        assertThat(stored.steps()).noneMatch(s -> s.state() == StepState.FIRED);
    }
}
