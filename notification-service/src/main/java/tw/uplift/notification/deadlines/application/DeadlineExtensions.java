package tw.uplift.notification.deadlines.application;

import java.time.Clock;
import java.time.Instant;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.ExtensionDecision;
import tw.uplift.notification.deadlines.ExtensionOutcome;
import tw.uplift.notification.deadlines.ExtensionRequest;
import tw.uplift.notification.deadlines.ExtensionRules;
import tw.uplift.notification.deadlines.persistence.OverdueCount;
import tw.uplift.notification.deadlines.persistence.TimeBuckets;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * Requests for more time (展期) and their decisions: each one command on the deadline (the request, its bounds and
 * the moved ladder in the same document write), then the schedule and the overdue count kept in step, then the
 * notice. Who may ask or decide is the web layer's check; this is what follows.
 */
public class DeadlineExtensions {

    private final AggregateStore store;
    private final TimeBuckets buckets;
    private final OverdueCount overdue;
    private final DeadlineLadders ladders;
    private final ExtensionRules rules;
    private final ExtensionNotifier notifier;
    private final Clock clock;

    public DeadlineExtensions(AggregateStore store, TimeBuckets buckets, OverdueCount overdue, DeadlineLadders ladders,
            ExtensionRules rules, ExtensionNotifier notifier, Clock clock) {
        this.store = store;
        this.buckets = buckets;
        this.overdue = overdue;
        this.ladders = ladders;
        this.rules = rules;
        this.notifier = notifier;
        this.clock = clock;
    }

    public ExtensionRules rules() {
        return rules;
    }

    /** The agency asks; the supervising body is told. */
    public ExtensionOutcome request(String deadlineId, ExtensionRequest ask) {
        Instant now = clock.instant();
        ExtensionOutcome outcome = store.update(deadlineId, Deadline.class, d -> d.requestExtension(ask, rules, now))
                .orElseThrow(() -> new NotFoundException("deadline", deadlineId));
        notifier.asked(load(deadlineId), outcome.extension());
        return outcome;
    }

    /** The supervising body decides; an approval moves the steps still to come; the agency is told. */
    public ExtensionOutcome decide(String deadlineId, int number, ExtensionDecision decision) {
        Instant now = clock.instant();
        ExtensionOutcome outcome = store.update(deadlineId, Deadline.class,
                d -> d.decideExtension(number, decision, ladders.of(d.kind(), d.supervisingBodyId()), now))
                .orElseThrow(() -> new NotFoundException("deadline", deadlineId));
        outcome.droppedSteps().forEach(at -> buckets.unfile(deadlineId, at));
        outcome.pendingSteps().forEach(at -> buckets.file(deadlineId, at));
        if (outcome.overdueChange() != 0) {
            overdue.add(outcome.overdueChange());
        }
        notifier.decided(load(deadlineId), outcome.extension());
        return outcome;
    }

    private Deadline load(String id) {
        return store.findById(id, Deadline.class).orElseThrow(() -> new NotFoundException("deadline", id));
    }
}
