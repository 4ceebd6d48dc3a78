package tw.uplift.notification.deadlines.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import tw.uplift.notification.deadlines.Closing;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineLadder;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.Firing;
import tw.uplift.notification.deadlines.LadderStep;
import tw.uplift.notification.deadlines.Obligation;
import tw.uplift.notification.deadlines.Owed;
import tw.uplift.notification.deadlines.Registration;
import tw.uplift.notification.deadlines.TrackedItem;
import tw.uplift.notification.deadlines.persistence.MeasureTracks;
import tw.uplift.notification.deadlines.persistence.OverdueCount;
import tw.uplift.notification.deadlines.persistence.TimeBuckets;
import tw.uplift.platform.events.EventPosition;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * Registers, fires and closes deadlines, each in one command on the deadline that returns what it decided
 * (the deadline itself keeps the order of its source's events); then keeps the schedule, the overdue count and
 * the open reports of each continuous measure in step with that decision.
 */
public class DeadlineTracker {

    private final AggregateStore store;
    private final TimeBuckets buckets;
    private final MeasureTracks measures;
    private final OverdueCount overdue;
    private final DeadlineLadder ladder;
    private final Clock clock;

    public DeadlineTracker(AggregateStore store, TimeBuckets buckets, MeasureTracks measures, OverdueCount overdue,
            DeadlineLadder ladder, Clock clock) {
        this.store = store;
        this.buckets = buckets;
        this.measures = measures;
        this.overdue = overdue;
        this.ladder = ladder;
        this.clock = clock;
    }

    /**
     * Starts tracking an obligation under its derived id. Registering it again (a redelivered event) changes
     * nothing, except that its pending steps are filed again, in case the first attempt died in between. A
     * registration overtaken by a later close of the same source tracks nothing.
     */
    public void register(Owed owed) {
        Obligation obligation = owed.obligation();
        TrackedItem item = obligation.item();
        // Completion is final: a continuous measure completed (whenever that news arrived) owes no more reports.
        // Events of one plan share a partition, so this check does not race the completion in practice.
        if (obligation.isProgressReport() && measures.isCompleted(item.planId(), item.itemId())) {
            return;
        }
        String id = obligation.deadlineId();
        Instant now = clock.instant();
        Registration registration = changeOrCreate(id, d -> d.register(owed, ladder, now),
                () -> Deadline.track(owed, ladder, now), d -> d.registration(Registration.Outcome.TRACKED));
        registration.pendingSteps().forEach(at -> buckets.file(id, at));
        if (registration.open() && obligation.isProgressReport()) {
            measures.opened(item.planId(), item.itemId(), id);
        }
        if (registration.outcome() == Registration.Outcome.OVERTAKEN) {
            // Only the period's own report closes a progress report before it is tracked; the next one is owed.
            owedNext(obligation, owed.cause());
        }
    }

    /** Fires the due steps of one deadline (idempotent: a fired step never fires again). */
    public List<LadderStep> fireDue(String id, Instant now) {
        Firing firing = store.update(id, Deadline.class, d -> d.fireDue(now)).orElse(Firing.NOTHING);
        if (firing.becameOverdue()) {
            overdue.add(1);
        }
        firing.followUp().ifPresent(this::register);
        return firing.fired();
    }

    /**
     * Closes a deadline (work done or withdrawn): pending steps are cancelled and taken off the schedule. A close
     * that comes before the registration leaves a closed placeholder, which the older registration then meets.
     */
    public Closing close(String id, DeadlineStatus outcome, EventPosition cause) {
        Instant now = clock.instant();
        Closing closing = changeOrCreate(id, d -> d.close(outcome, cause, now),
                () -> Deadline.closedAhead(id, outcome, cause, now), d -> Closing.aheadOfRegistration());
        if (closing.outcome() != Closing.Outcome.CLOSED) {
            return closing;
        }
        if (closing.wasOverdue()) {
            overdue.add(-1);
        }
        closing.cancelledSteps().forEach(at -> buckets.unfile(id, at));
        closing.obligation().filter(Obligation::isProgressReport)
                .ifPresent(o -> measures.closed(o.item().planId(), o.item().itemId(), id));
        return closing;
    }

    /** A measure was completed (完成): its deadline and any open progress reports are done. */
    public void measureCompleted(String planId, String measureId, EventPosition cause) {
        close(Deadline.idOfMeasure(planId, measureId), DeadlineStatus.DONE, cause);
        for (String open : measures.complete(planId, measureId)) {
            close(open, DeadlineStatus.DONE, cause);
        }
    }

    /**
     * A progress report for a period came in: that obligation is met, the next period's is owed. Reported again
     * (a redelivered event): the next period is registered again, which changes nothing if it is tracked.
     */
    public void progressReported(String deadlineId, EventPosition cause) {
        Closing closing = close(deadlineId, DeadlineStatus.DONE, cause);
        if (closing.isClosed()) {
            closing.obligation().ifPresent(reported -> owedNext(reported, cause));
        }
    }

    private void owedNext(Obligation current, EventPosition cause) {
        current.nextPeriod().ifPresent(next -> register(new Owed(next, cause)));
    }

    /**
     * Applies a command to the deadline with that id, or, when there is none yet, stores the one {@code create}
     * makes and describes it. Deadlines are never deleted, so a lost race to create leads to the command.
     */
    private <R> R changeOrCreate(String id, Function<Deadline, R> change, Supplier<Deadline> create,
            Function<Deadline, R> created) {
        while (true) {
            var changed = store.update(id, Deadline.class, change);
            if (changed.isPresent()) {
                return changed.get();
            }
            try {
                return created.apply(store.save(create.get()));
            } catch (DuplicateKeyException raced) {
                // registered or closed by another consumer meanwhile: apply the command to that one
            }
        }
    }
}
