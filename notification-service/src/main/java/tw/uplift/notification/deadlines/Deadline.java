package tw.uplift.notification.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.DeadlineEvent;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.contracts.values.ReportingPeriod.Cadence;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.events.EventPosition;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * One tracked obligation (列管事項: a measure's 完成期限, a period's progress report, a review task's due date, a
 * corrective action's 改善期限) and its reminder ladder. Each step records its event and its own "fired" mark in
 * the same document write, so it is emitted exactly once however often the scheduler looks at it; closing the
 * obligation cancels every step still pending.
 *
 * <p>Order. A deadline is registered and closed by the events of one other aggregate (its plan, its review
 * task, or its corrective action), and those may arrive out of order (a dead letter replayed late). The deadline
 * remembers the last event it applied from that aggregate, in the same write as the effect
 * ({@link #applyInOrder}), and ignores anything older: a completion that arrives before the approval leaves a
 * closed placeholder under the deadline's id, and the approval, older, then registers nothing.
 *
 * <p>Amendments. An amended plan lists its measures again ({@link #revise}): a changed due date moves the steps
 * still to come, while a step already fired stays fired under its key, so nothing is sent twice; an obligation
 * the plan no longer owes is closed as {@link DeadlineStatus#CANCELLED}, and tracked again, with its sent steps
 * kept, if a later amendment lists it once more.
 */
@Document("deadlines")
public class Deadline extends OutboxAggregate {

    /** Stands for "no known order" where a deadline stored before causes were kept must name its cause. */
    private static final EventPosition UNORDERED = new EventPosition("", "", 0);

    private TrackedItemKind kind;
    private String itemId;
    @Indexed
    private String planId;
    private String agencyId;
    private String supervisingBodyId;
    private String responsible;
    private String title;
    private String dueDate;
    private String period;
    private String trackUntil;
    private DeadlineStatus status;
    private List<LadderStep> steps = new ArrayList<>();
    /** The event of the source that made it owed; null on a placeholder. */
    private EventPosition registeredBy;
    /** When tracking began; null on a placeholder (closed before anything was registered). */
    private Instant registeredAt;
    private Instant closedAt;

    protected Deadline() {
    }

    private Deadline(String id) {
        super(id);
    }

    /** The id of a dated measure's deadline: one per plan and measure, so a redelivered approval adds nothing. */
    public static String idOfMeasure(String planId, String measureId) {
        return DerivedId.of(planId, "deadline:measure:" + measureId);
    }

    /** The id of a continuous measure's progress report for one period. */
    public static String idOfProgressReport(String planId, String measureId, ReportingPeriod period) {
        return DerivedId.of(planId, "deadline:progress-report:" + measureId + ":" + period);
    }

    /** The id of a review task's due date. */
    public static String idOfReviewTask(String taskId) {
        return DerivedId.of(taskId, "deadline:review-task");
    }

    /** The id of a corrective action's 改善期限: one per action, whichever of its events arrives first. */
    public static String idOfCorrectiveAction(String actionId) {
        return DerivedId.of(actionId, "deadline:corrective-action");
    }

    /**
     * Starts tracking an obligation under its id, with the ladder as it stands now
     * ({@link DeadlineLadder#stepsFor(LocalDate, Instant)}): reminders already in the past are skipped; a due date
     * already passed starts late, overdue at the next look and escalated only after the escalation days.
     */
    public static Deadline track(Owed owed, DeadlineLadder ladder, Instant now) {
        Deadline d = new Deadline(owed.obligation().deadlineId());
        d.applyInOrder(owed.cause());
        d.start(owed, ladder, now);
        return d;
    }

    /**
     * A close that arrived before anything was registered under the id (先結案後列管): a closed deadline with
     * no obligation, which remembers the closing event so that the older registration still to come is ignored.
     * No query lists it: it has nothing to show.
     */
    public static Deadline closedAhead(String id, DeadlineStatus outcome, EventPosition cause, Instant now) {
        requireClosing(outcome);
        Deadline d = new Deadline(id);
        d.applyInOrder(cause);
        d.status = outcome;
        d.closedAt = now;
        return d;
    }

    /**
     * Registers the obligation on a deadline that exists already. Tracked already (a redelivered event, or a
     * registration repeated after a crash): nothing changes. A closed placeholder: a registration older than the
     * event that closed it is ignored ({@link Registration.Outcome#OVERTAKEN}); a newer one starts tracking.
     */
    public Registration register(Owed owed, DeadlineLadder ladder, Instant now) {
        if (isTracked()) {
            return registration(Registration.Outcome.ALREADY_TRACKED);
        }
        if (!applyInOrder(owed.cause())) {
            return Registration.overtaken();
        }
        start(owed, ladder, now);
        return registration(Registration.Outcome.TRACKED);
    }

    private void start(Owed owed, DeadlineLadder ladder, Instant now) {
        describe(owed);
        status = DeadlineStatus.OPEN;
        registeredAt = now;
        closedAt = null;
        steps = new ArrayList<>(ladder.stepsFor(owed.obligation().dueDate(), now));
    }

    /** Takes what is owed, by whom and by when from the obligation, and the event that made it so. */
    private void describe(Owed owed) {
        Obligation o = owed.obligation();
        kind = o.item().kind();
        itemId = o.item().itemId();
        planId = o.item().planId();
        agencyId = o.parties().agencyId();
        supervisingBodyId = o.parties().supervisingBodyId();
        responsible = o.parties().responsible();
        title = o.title();
        dueDate = o.dueDate().toString();
        period = o.reporting() == null ? null : o.reporting().period().toString();
        trackUntil = o.reporting() == null ? null : o.reporting().trackUntil().toString();
        registeredBy = owed.cause();
    }

    /**
     * Registers the obligation as a plan's latest measure list (its approval, or an amendment: 計畫修正) states
     * it. A list not newer than the last event applied here changes nothing (a redelivery, or an amendment
     * overtaken by a later one). Otherwise:
     * <ul>
     * <li>done ({@link DeadlineStatus#DONE}, also a placeholder a completion or report left): stays done,
     * completion is final;</li>
     * <li>nothing tracked yet: tracked from now;</li>
     * <li>released by an earlier amendment ({@link DeadlineStatus#CANCELLED}): tracked again;</li>
     * <li>open: the same obligation changes nothing; a new title or new parties are taken over; a new due date
     * moves the steps still to come (a due date already passed starts late, as in {@link #track}).</li>
     * </ul>
     * A step that has fired stays fired under its key whatever moves, so it is never sent again.
     */
    public Registration revise(Owed owed, DeadlineLadder ladder, Instant now) {
        if (!applyInOrder(owed.cause())) {
            return isTracked() ? registration(Registration.Outcome.ALREADY_TRACKED) : Registration.overtaken();
        }
        if (status == DeadlineStatus.DONE) {
            return Registration.finished();
        }
        if (!isTracked()) {
            start(owed, ladder, now);
            return registration(Registration.Outcome.TRACKED);
        }
        boolean released = status != DeadlineStatus.OPEN;
        if (!released && obligation().orElseThrow().equals(owed.obligation())) {
            registeredBy = owed.cause();
            return registration(Registration.Outcome.ALREADY_TRACKED);
        }
        boolean wasOverdue = isOverdue();
        List<Instant> before = pendingStepTimes();
        boolean moved = released || !owed.obligation().dueDate().equals(dueDate());
        describe(owed);
        if (moved) {
            steps = keepingFired(ladder.stepsFor(owed.obligation().dueDate(), now));
        }
        if (released) {
            status = DeadlineStatus.OPEN;
            closedAt = null;
        }
        List<Instant> after = pendingStepTimes();
        List<Instant> dropped = before.stream().filter(at -> !after.contains(at)).toList();
        return new Registration(released ? Registration.Outcome.TRACKED : Registration.Outcome.REVISED, true, after,
                dropped, (isOverdue() ? 1 : 0) - (wasOverdue ? 1 : 0));
    }

    /** New steps, except where a step of the same key has fired already: that one stays as it was. */
    private List<LadderStep> keepingFired(List<LadderStep> fresh) {
        Map<String, LadderStep> fired = steps.stream().filter(s -> s.state() == StepState.FIRED)
                .collect(Collectors.toMap(LadderStep::key, Function.identity(), (a, b) -> a));
        List<LadderStep> merged = new ArrayList<>();
        for (LadderStep step : fresh) {
            merged.add(Objects.requireNonNullElse(fired.remove(step.key()), step));
        }
        merged.addAll(fired.values()); // fired under a ladder configured otherwise: kept as the record of it
        merged.sort(Comparator.comparing(LadderStep::at));
        return merged;
    }

    /** What registering came to, as the deadline stands now. */
    public Registration registration(Registration.Outcome outcome) {
        return new Registration(outcome, status == DeadlineStatus.OPEN, pendingStepTimes());
    }

    /**
     * Fires every step that is due: records its event and marks it fired. A reminder that comes due together
     * with a later step (the clock jumped, or the scheduler was down) is skipped: nobody needs "due tomorrow"
     * next to "overdue".
     */
    public Firing fireDue(Instant now) {
        if (status != DeadlineStatus.OPEN) {
            return Firing.NOTHING;
        }
        Instant latestDue = steps.stream().filter(s -> s.isDue(now)).map(LadderStep::at).max(Instant::compareTo)
                .orElse(null);
        if (latestDue == null) {
            return Firing.NOTHING;
        }
        List<LadderStep> fired = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            LadderStep step = steps.get(i);
            if (!step.isDue(now)) {
                continue;
            }
            if (step.type() == StepType.REMINDER && step.at().isBefore(latestDue)) {
                steps.set(i, step.to(StepState.SKIPPED, now));
                continue;
            }
            record(eventOf(step, now), now);
            LadderStep done = step.to(StepState.FIRED, now);
            steps.set(i, done);
            fired.add(done);
        }
        boolean becameOverdue = fired.stream().anyMatch(s -> s.type() == StepType.OVERDUE);
        // A period that ended unreported: the next period's report is owed all the same, for the same reason.
        Optional<Owed> followUp = becameOverdue
                ? obligation().flatMap(Obligation::nextPeriod)
                        .map(next -> new Owed(next, Objects.requireNonNullElse(registeredBy, UNORDERED)))
                : Optional.empty();
        return new Firing(fired, becameOverdue, followUp);
    }

    private DeadlineEvent eventOf(LadderStep step, Instant now) {
        LocalDate due = dueDate();
        return switch (step.type()) {
            case REMINDER -> new DeadlineApproaching(id, kind, itemId, planId, agencyId, title, due, step.days(), now);
            case OVERDUE -> new ItemOverdue(id, kind, itemId, planId, agencyId, title, due, now);
            case ESCALATION -> new OverdueEscalated(id, kind, itemId, agencyId, supervisingBodyId, title, due,
                    step.days(), now);
        };
    }

    /**
     * Stops tracking (結案): the work was done, or withdrawn. Every pending step is cancelled, so nothing is sent
     * after this. Closing a closed deadline changes nothing; nor does a close older than the registration in
     * force.
     */
    public Closing close(DeadlineStatus outcome, EventPosition cause, Instant now) {
        requireClosing(outcome);
        if (status != DeadlineStatus.OPEN) {
            return Closing.unchanged(Closing.Outcome.ALREADY_CLOSED, obligation());
        }
        if (!applyInOrder(cause)) {
            return Closing.unchanged(Closing.Outcome.STALE, obligation());
        }
        boolean wasOverdue = isOverdue();
        List<Instant> cancelled = pendingStepTimes();
        status = outcome;
        closedAt = now;
        steps.replaceAll(s -> s.isPending() ? s.to(StepState.CANCELLED, now) : s);
        return new Closing(Closing.Outcome.CLOSED, wasOverdue, cancelled, obligation());
    }

    /**
     * For a progress report whose measure's plan was amended: withdrawn ({@link DeadlineStatus#CANCELLED}) unless
     * the measure still reports on this period's cadence ({@code stillOwed}; null when it reports no more), or the
     * period is already over, since a report missed stays missed and a report for that period still meets it.
     */
    public Closing withdrawUnlessOwed(Cadence stillOwed, EventPosition cause, Instant now) {
        if (status != DeadlineStatus.OPEN) {
            return Closing.unchanged(Closing.Outcome.ALREADY_CLOSED, obligation());
        }
        boolean onCadence = period().map(p -> p.cadence() == stillOwed).orElse(false);
        boolean over = dueDate().isBefore(TaipeiTime.dateOf(now));
        if (onCadence || over) {
            return Closing.unchanged(Closing.Outcome.KEPT, obligation());
        }
        return close(DeadlineStatus.CANCELLED, cause, now);
    }

    private static void requireClosing(DeadlineStatus outcome) {
        if (outcome == DeadlineStatus.OPEN) {
            throw new IllegalArgumentException("close with DONE or CANCELLED");
        }
    }

    /** Whether an obligation was ever registered here (a placeholder left by an early close was not). */
    public boolean isTracked() {
        return registeredAt != null;
    }

    /** Open, and its overdue step has fired. */
    public boolean isOverdue() {
        return status == DeadlineStatus.OPEN
                && steps.stream().anyMatch(s -> s.type() == StepType.OVERDUE && s.state() == StepState.FIRED);
    }

    /** When the pending steps come due, earliest first (the scheduler files the deadline under each). */
    public List<Instant> pendingStepTimes() {
        return steps.stream().filter(LadderStep::isPending).map(LadderStep::at).sorted().toList();
    }

    public Optional<Instant> nextStepAt() {
        return pendingStepTimes().stream().findFirst();
    }

    /** What it tracks; empty on a placeholder. */
    public Optional<Obligation> obligation() {
        if (!isTracked()) {
            return Optional.empty();
        }
        ReportingWindow reporting = period().flatMap(p -> trackUntil().map(until -> new ReportingWindow(p, until)))
                .orElse(null);
        return Optional.of(new Obligation(new TrackedItem(kind, itemId, planId),
                new Parties(agencyId, supervisingBodyId, responsible), title, dueDate(), reporting));
    }

    public TrackedItemKind kind() {
        return kind;
    }

    public String itemId() {
        return itemId;
    }

    public String planId() {
        return planId;
    }

    public String agencyId() {
        return agencyId;
    }

    public String supervisingBodyId() {
        return supervisingBodyId;
    }

    public String responsible() {
        return responsible;
    }

    public String title() {
        return title;
    }

    public LocalDate dueDate() {
        return dueDate == null ? null : LocalDate.parse(dueDate);
    }

    public Optional<ReportingPeriod> period() {
        return ReportingPeriod.parse(period);
    }

    public Optional<LocalDate> trackUntil() {
        return Optional.ofNullable(trackUntil).map(LocalDate::parse);
    }

    public DeadlineStatus status() {
        return status;
    }

    public List<LadderStep> steps() {
        return List.copyOf(steps);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
