package tw.uplift.notification.deadlines.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineLadder;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.LadderStep;
import tw.uplift.notification.deadlines.Obligation;
import tw.uplift.notification.deadlines.ReportingPeriod;
import tw.uplift.notification.deadlines.StepState;
import tw.uplift.notification.deadlines.StepType;
import tw.uplift.notification.deadlines.persistence.MeasureTracks;
import tw.uplift.notification.deadlines.persistence.OverdueCount;
import tw.uplift.notification.deadlines.persistence.TimeBuckets;
import tw.uplift.platform.outbox.AggregateStore;

/** Registers, fires and closes deadlines; keeps the schedule and the overdue count in step with them. */
public class DeadlineTracker {

    private static final Logger log = LoggerFactory.getLogger(DeadlineTracker.class);

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
     * Starts tracking an obligation under a derived id. Registering it again (a redelivered event) changes
     * nothing, except that its pending steps are filed again, in case the first attempt died in between.
     *
     * @return whether it was new
     */
    public boolean register(String id, Obligation obligation) {
        Instant now = clock.instant();
        Deadline deadline = Deadline.track(id, obligation, ladder, now);
        boolean created;
        try {
            store.save(deadline);
            created = true;
        } catch (DuplicateKeyException alreadyTracked) {
            deadline = store.findById(id, Deadline.class).orElseThrow();
            created = false;
        }
        for (Instant at : deadline.pendingStepTimes()) {
            buckets.file(id, at);
        }
        if (obligation.kind() == TrackedItemKind.PROGRESS_REPORT && deadline.status() == DeadlineStatus.OPEN) {
            measures.opened(obligation.planId(), obligation.itemId(), id);
        }
        return created;
    }

    /** Fires the due steps of one deadline (idempotent: a fired step never fires again). */
    public List<LadderStep> fireDue(String id, Instant now) {
        Deadline current = store.findById(id, Deadline.class).orElse(null);
        if (current == null || current.nextStepAt().filter(at -> !at.isAfter(now)).isEmpty()) {
            return List.of();
        }
        AtomicReference<List<LadderStep>> fired = new AtomicReference<>(List.of());
        Deadline saved = store.update(id, Deadline.class, d -> fired.set(d.fireDue(now))).orElseThrow();
        if (fired.get().stream().anyMatch(s -> s.type() == StepType.OVERDUE)) {
            overdue.add(1);
            if (saved.kind() == TrackedItemKind.PROGRESS_REPORT) {
                trackNextPeriod(saved); // the period ended unreported; the next one is owed all the same
            }
        }
        return fired.get();
    }

    /** Closes a deadline (work done or withdrawn): pending steps are cancelled and taken off the schedule. */
    public void close(String id, DeadlineStatus outcome) {
        Instant now = clock.instant();
        AtomicBoolean wasOverdue = new AtomicBoolean();
        store.update(id, Deadline.class, d -> wasOverdue.set(d.close(outcome, now))).ifPresent(closed -> {
            if (wasOverdue.get()) {
                overdue.add(-1);
            }
            closed.steps().stream().filter(s -> s.state() == StepState.CANCELLED)
                    .forEach(s -> buckets.unfile(id, s.at()));
            if (closed.kind() == TrackedItemKind.PROGRESS_REPORT) {
                measures.closed(closed.planId(), closed.itemId(), id);
            }
        });
    }

    /** A measure was completed: its deadline and any open progress reports are done. */
    public void measureCompleted(String planId, String measureId) {
        close(Deadline.idOfMeasure(planId, measureId), DeadlineStatus.DONE);
        for (String open : measures.complete(planId, measureId)) {
            close(open, DeadlineStatus.DONE);
        }
    }

    /** A progress report for a period came in: that obligation is met, the next period's is owed. */
    public void progressReported(String planId, String measureId, ReportingPeriod period) {
        String id = Deadline.idOfProgressReport(planId, measureId, period);
        Deadline deadline = store.findById(id, Deadline.class).orElse(null);
        if (deadline == null) {
            log.debug("progress report for untracked period {} of measure {} in plan {}", period, measureId, planId);
            return;
        }
        close(id, DeadlineStatus.DONE);
        trackNextPeriod(deadline);
    }

    private void trackNextPeriod(Deadline current) {
        ReportingPeriod period = current.period().orElse(null);
        LocalDate until = current.trackUntil().orElse(null);
        if (period == null || until == null || measures.isCompleted(current.planId(), current.itemId())) {
            return;
        }
        ReportingPeriod next = period.next();
        if (next.firstDay().isAfter(until)) {
            return;
        }
        register(Deadline.idOfProgressReport(current.planId(), current.itemId(), next),
                new Obligation(TrackedItemKind.PROGRESS_REPORT, current.itemId(), current.planId(),
                        current.agencyId(), current.supervisingBodyId(), current.responsible(),
                        retitle(current.title(), period, next), next.lastDay(), next, until));
    }

    private static String retitle(String title, ReportingPeriod from, ReportingPeriod to) {
        return title.replace(from.toString(), to.toString());
    }
}
