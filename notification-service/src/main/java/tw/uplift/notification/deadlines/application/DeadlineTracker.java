package tw.uplift.notification.deadlines.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import tw.uplift.contracts.values.ReportingPeriod.Cadence;
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
import tw.uplift.platform.outbox.AggregateBatches;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * Registers, revises, fires, closes and releases deadlines, each in one command on the deadline that returns
 * what it decided (the deadline itself keeps the order of its source's events); then keeps the schedule, the
 * overdue count and the open reports of each continuous measure in step with that decision.
 */
public class DeadlineTracker {

    private final AggregateStore store;
    private final AggregateBatches batches;
    private final TimeBuckets buckets;
    private final MeasureTracks measures;
    private final OverdueCount overdue;
    private final DeadlineLadders ladders;
    private final Clock clock;

    public DeadlineTracker(AggregateStore store, AggregateBatches batches, TimeBuckets buckets, MeasureTracks measures,
            OverdueCount overdue, DeadlineLadders ladders, Clock clock) {
        this.store = store;
        this.batches = batches;
        this.buckets = buckets;
        this.measures = measures;
        this.overdue = overdue;
        this.ladders = ladders;
        this.clock = clock;
    }

    /**
     * Starts tracking an obligation under its derived id. Registering it again (a redelivered event) changes
     * nothing, except that its pending steps are filed again, in case the first attempt died in between. A
     * registration overtaken by a later close of the same source tracks nothing.
     */
    public void register(Owed owed) {
        apply(owed, (d, ladder, now) -> d.register(owed, ladder, now));
    }

    /**
     * Registers an obligation as its plan's latest measure list states it ({@link Deadline#revise}): tracked if
     * new, moved if its due date changed, tracked again if an earlier amendment had released it, unchanged if
     * done. Moved steps are taken off the schedule and filed at their new times.
     */
    public void revise(Owed owed) {
        apply(owed, (d, ladder, now) -> d.revise(owed, ladder, now));
    }

    /** A registration command on one deadline, with the ladder of its kind and body. */
    private interface RegistrationCommand {
        Registration apply(Deadline deadline, DeadlineLadder ladder, Instant now);
    }

    private void apply(Owed owed, RegistrationCommand command) {
        Obligation obligation = owed.obligation();
        TrackedItem item = obligation.item();
        // A progress report is owed only while its measure reports on that cadence: not once it is completed
        // (completion is final, whenever that news arrived), released, or amended to another cadence. Events of
        // one plan share a partition, so this check does not race the completion in practice.
        if (obligation.isProgressReport() && !measures.owesReports(item.planId(), item.itemId(),
                obligation.reporting().period().cadence())) {
            return;
        }
        String id = obligation.deadlineId();
        Instant now = clock.instant();
        DeadlineLadder ladder = ladders.of(item.kind(), obligation.parties().supervisingBodyId());
        Registration registration = changeOrCreate(id, d -> command.apply(d, ladder, now),
                () -> Deadline.track(owed, ladder, now), d -> d.registration(Registration.Outcome.TRACKED));
        registration.droppedSteps().forEach(at -> buckets.unfile(id, at));
        registration.pendingSteps().forEach(at -> buckets.file(id, at));
        if (registration.overdueChange() != 0) {
            overdue.add(registration.overdueChange());
        }
        if (registration.open() && obligation.isProgressReport()) {
            measures.opened(item.planId(), item.itemId(), id);
        }
        if (registration.outcome() == Registration.Outcome.OVERTAKEN
                || registration.outcome() == Registration.Outcome.FINISHED) {
            // A progress report closed before this registration could only be met by the period's own report
            // (completion stops the measure's reports above): the next period is owed, if it is not yet.
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
     * Fires the due steps of many deadlines in one load and one bulk save ({@link AggregateBatches}), with what
     * each firing means for the overdue count and the next period, as {@link #fireDue(String, Instant)} does one
     * by one. A deadline whose save lost to a concurrent change (an extension, a completion, the relay) had nothing
     * fired and is handed back, to be fired one by one.
     */
    public BatchFiring fireDue(List<String> ids, Instant now) {
        AggregateBatches.Outcome<Firing> outcome = batches.updateAll(ids, Deadline.class, d -> d.fireDue(now));
        List<LadderStep> fired = new ArrayList<>();
        long becameOverdue = 0;
        for (Firing firing : outcome.decided().values()) {
            fired.addAll(firing.fired());
            if (firing.becameOverdue()) {
                becameOverdue++;
            }
        }
        if (becameOverdue != 0) {
            overdue.add(becameOverdue);
        }
        outcome.decided().values().forEach(firing -> firing.followUp().ifPresent(this::register));
        return new BatchFiring(fired, outcome.conflicted());
    }

    /**
     * What {@link #fireDue(List, Instant)} did.
     *
     * @param fired      the steps fired, of every deadline of the batch
     * @param conflicted deadlines that changed meanwhile and had nothing fired: fire them one by one
     */
    public record BatchFiring(List<LadderStep> fired, List<String> conflicted) {
    }

    /**
     * Closes a deadline (work done or withdrawn): pending steps are cancelled and taken off the schedule. A close
     * that comes before the registration leaves a closed placeholder, which the older registration then meets.
     */
    public Closing close(String id, DeadlineStatus outcome, EventPosition cause) {
        Instant now = clock.instant();
        return closed(id, changeOrCreate(id, d -> d.close(outcome, cause, now),
                () -> Deadline.closedAhead(id, outcome, cause, now), d -> Closing.aheadOfRegistration()));
    }

    /**
     * Releases an obligation its plan no longer owes (解除列管: an amendment dropped or changed it, or the plan's
     * year was closed): closed as {@link DeadlineStatus#CANCELLED}, so nothing more is sent about it. Nothing is
     * left where nothing was tracked: the plan's own record keeps later lists in order.
     */
    public void release(String id, EventPosition cause) {
        Instant now = clock.instant();
        store.update(id, Deadline.class, d -> d.close(DeadlineStatus.CANCELLED, cause, now))
                .ifPresent(closing -> closed(id, closing));
    }

    /**
     * A continuous measure reports on {@code cadence} from now, or (null) reports no more, after its plan's
     * latest list: its open reports of another cadence are withdrawn, except those of a period already over.
     */
    public void reportsOn(String planId, String measureId, Cadence cadence, EventPosition cause) {
        List<String> open = cadence == null ? measures.release(planId, measureId)
                : measures.reportsOn(planId, measureId, cadence);
        Instant now = clock.instant();
        for (String id : open) {
            store.update(id, Deadline.class, d -> d.withdrawUnlessOwed(cadence, cause, now))
                    .ifPresent(closing -> closed(id, closing));
        }
    }

    /** A measure its plan no longer tracks (dropped by an amendment, or its year closed): every obligation stops. */
    public void stopTracking(String planId, String measureId, EventPosition cause) {
        release(Deadline.idOfMeasure(planId, measureId), cause);
        for (String open : measures.release(planId, measureId)) {
            release(open, cause);
        }
    }

    /** Keeps the overdue count, the schedule and the measure's open reports in step with a close. */
    private Closing closed(String id, Closing closing) {
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
