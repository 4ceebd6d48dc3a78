package tw.uplift.notification.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.index.CompoundIndex;
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
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
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
 *
 * <p>The index on {@code {_id, version}} is the filter of every versioned save: redundant on MongoDB (the
 * {@code _id} index finds the document), but the embedded store uses an index only when a query's fields are
 * exactly the index's, and scans the whole collection otherwise, so without it each fired step of a tick would
 * cost a scan of every deadline stored.
 */
@Document("deadlines")
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
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
    /** The due date its source set (the plan, the task, the action); null when never extended (then {@code dueDate}). */
    private String plannedDueDate;
    /** Requests for more time (展期) and their decisions, in the order asked. */
    private List<Extension> extensions = new ArrayList<>();
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

    /** The id of a survey's close date: one per survey, whether it opened once or again with a new close date. */
    public static String idOfSurveyClose(String surveyId) {
        return DerivedId.of(surveyId, "deadline:survey-close");
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
        steps = new ArrayList<>(ladder.stepsFor(dueDate(), now));
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
        // An approved extension stands against a plan that still lists the old date; a later planned date wins.
        LocalDate due = grantedDate().filter(granted -> granted.isAfter(o.dueDate())).orElse(o.dueDate());
        dueDate = due.toString();
        plannedDueDate = due.equals(o.dueDate()) ? null : o.dueDate().toString();
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
        if (!released && asPlanned().equals(owed.obligation())) {
            registeredBy = owed.cause();
            return registration(Registration.Outcome.ALREADY_TRACKED);
        }
        boolean wasOverdue = isOverdue();
        List<Instant> before = pendingStepTimes();
        LocalDate dueBefore = dueDate();
        describe(owed);
        boolean moved = released || !dueDate().equals(dueBefore);
        if (moved) {
            steps = keepingFired(ladder.stepsFor(dueDate(), now));
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
                    step.days(), now, step.level());
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

    /**
     * Open, and the overdue step of its due date has fired. After an extension to a date still to come, the
     * overdue step sent for the old date stays in the record, and the one for the new date is pending: not overdue.
     */
    public boolean isOverdue() {
        return status == DeadlineStatus.OPEN && steps.stream().filter(s -> s.type() == StepType.OVERDUE)
                .max(Comparator.comparing(LadderStep::at)).map(s -> s.state() == StepState.FIRED).orElse(false);
    }

    /** When the pending steps come due, earliest first (the scheduler files the deadline under each). */
    public List<Instant> pendingStepTimes() {
        return steps.stream().filter(LadderStep::isPending).map(LadderStep::at).sorted().toList();
    }

    public Optional<Instant> nextStepAt() {
        return pendingStepTimes().stream().findFirst();
    }

    /** What it tracks, due by its due date as it stands (extended or not); empty on a placeholder. */
    public Optional<Obligation> obligation() {
        if (!isTracked()) {
            return Optional.empty();
        }
        return Optional.of(obligationDue(dueDate()));
    }

    /** The obligation as its source stated it, with the due date it set: what a repeated registration matches. */
    private Obligation asPlanned() {
        return obligationDue(plannedDueDate());
    }

    private Obligation obligationDue(LocalDate due) {
        ReportingWindow reporting = period().flatMap(p -> trackUntil().map(until -> new ReportingWindow(p, until)))
                .orElse(null);
        return new Obligation(new TrackedItem(kind, itemId, planId),
                new Parties(agencyId, supervisingBodyId, responsible), title, due, reporting);
    }

    // ---- extensions (展期) --------------------------------------------------------------------------------------

    /** Whether its kind may be extended at all: an agency's obligations, not a reviewer's task. */
    public boolean isExtendable() {
        return kind != null && kind != TrackedItemKind.REVIEW_TASK;
    }

    /**
     * The agency asks for more time. Asked again with the same request key (a double submit): the request it made
     * is returned unchanged. Refused, naming the field, when the item is closed or of a kind not extended, a request
     * is pending already, the item has used its requests, the date is not after the due date, or it lies beyond
     * {@code rules.maxDays()} past the original due date.
     */
    public ExtensionOutcome requestExtension(ExtensionRequest ask, ExtensionRules rules, Instant now) {
        if (ask.requestKey() != null) {
            Optional<Extension> same = extensions.stream().filter(e -> ask.requestKey().equals(e.requestKey()))
                    .findFirst();
            if (same.isPresent()) {
                return ExtensionOutcome.unchanged(same.get(), pendingStepTimes());
            }
        }
        if (ask.reason() == null || ask.reason().isBlank()) {
            throw InvalidInput.of("reason", "請說明展期理由 Give a reason for the extension");
        }
        if (ask.requestedDate() == null) {
            throw InvalidInput.of("dueDate", "請填寫展期後的期限 Enter the new due date");
        }
        if (!isExtendable()) {
            throw new RuleViolationException("not-extendable", "dueDate",
                    "審查任務不適用展期 A review task cannot be extended");
        }
        if (status != DeadlineStatus.OPEN) {
            throw new RuleViolationException("closed", "dueDate", "本案已結案，不能申請展期 The item is closed");
        }
        if (extensions.stream().anyMatch(Extension::isPending)) {
            throw new RuleViolationException("pending", "dueDate",
                    "已有展期申請待核定 A request is already waiting for a decision");
        }
        if (extensions.size() >= rules.maxRequests()) {
            throw new RuleViolationException("too-many", "dueDate",
                    "展期申請已達 " + rules.maxRequests() + " 次上限 No more than " + rules.maxRequests() + " requests");
        }
        if (!ask.requestedDate().isAfter(dueDate())) {
            throw new RuleViolationException("not-later", "dueDate",
                    "展期後的期限須晚於目前期限 " + dueDate() + " The new date must be after " + dueDate());
        }
        LocalDate limit = plannedDueDate().plusDays(rules.maxDays());
        if (ask.requestedDate().isAfter(limit)) {
            throw new RuleViolationException("too-long", "dueDate", "展期累計不得超過原期限後 " + rules.maxDays()
                    + " 日（" + limit + "） Extensions may not go beyond " + limit);
        }
        Extension asked = new Extension(extensions.size() + 1, ask.requestKey(), dueDate(), ask.requestedDate(),
                ask.reason().strip(), ask.requestedBy(), now, ExtensionStatus.PENDING, null, null, null, null);
        extensions.add(asked);
        return new ExtensionOutcome(asked, true, pendingStepTimes(), List.of(), 0);
    }

    /**
     * The supervising body decides request {@code number}. The same decision again (a double submit) changes
     * nothing; another decision on a decided request is refused. Approval moves the due date
     * ({@link #extendTo}); refusal leaves it.
     */
    public ExtensionOutcome decideExtension(int number, ExtensionDecision decision, DeadlineLadder ladder, Instant now) {
        Extension request = extension(number)
                .orElseThrow(() -> new NotFoundException("extension request", getId() + "/" + number));
        ExtensionStatus outcome = decision.approve() ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
        if (!request.isPending()) {
            if (request.status() == outcome) {
                return ExtensionOutcome.unchanged(request, pendingStepTimes());
            }
            throw new RuleViolationException("decided", "decision", "此申請已核定 This request was decided already");
        }
        if (!decision.approve() && (decision.reason() == null || decision.reason().isBlank())) {
            throw InvalidInput.of("reason", "不准展期須說明理由 Give a reason to refuse");
        }
        if (decision.approve() && status != DeadlineStatus.OPEN) {
            throw new RuleViolationException("closed", "decision", "本案已結案 The item is closed");
        }
        LocalDate granted = null;
        if (decision.approve()) {
            granted = decision.grantedDate() == null ? request.requestedDate() : decision.grantedDate();
            if (!granted.isAfter(dueDate()) || granted.isAfter(request.requestedDate())) {
                throw new RuleViolationException("granted-date", "grantedDate", "核定期限須晚於 " + dueDate()
                        + " 且不晚於申請的 " + request.requestedDate() + " The granted date must be after " + dueDate()
                        + " and not after " + request.requestedDate());
            }
        }
        String why = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        Extension decided = request.decided(outcome, granted, why, decision.decidedBy(), now);
        extensions.set(number - 1, decided);
        if (!decision.approve()) {
            return new ExtensionOutcome(decided, true, pendingStepTimes(), List.of(), 0);
        }
        boolean wasOverdue = isOverdue();
        List<Instant> before = pendingStepTimes();
        extendTo(granted, ladder, now);
        List<Instant> after = pendingStepTimes();
        return new ExtensionOutcome(decided, true, after, before.stream().filter(at -> !after.contains(at)).toList(),
                (isOverdue() ? 1 : 0) - (wasOverdue ? 1 : 0));
    }

    /**
     * Moves the due date to an approved one: the steps still to come are those of the new date. A reminder already
     * sent is not sent again. An overdue notice or escalation already sent stays in the record, and, the new date
     * being still to come, the same step for the new date is armed under a key naming that date, so a new lapse is
     * told anew while nothing sent is ever sent twice.
     */
    private void extendTo(LocalDate granted, DeadlineLadder ladder, Instant now) {
        if (plannedDueDate == null) {
            plannedDueDate = dueDate;
        }
        dueDate = granted.toString();
        // sent, skipped or cancelled: the record of what happened; pending steps of the old date are dropped
        List<LadderStep> merged = new ArrayList<>(steps.stream().filter(s -> !s.isPending()).toList());
        Set<String> kept = merged.stream().map(LadderStep::key).collect(Collectors.toSet());
        Set<String> sent = merged.stream().filter(s -> s.state() == StepState.FIRED).map(LadderStep::baseKey)
                .collect(Collectors.toSet());
        for (LadderStep fresh : ladder.stepsFor(granted, now)) {
            if (!sent.contains(fresh.key())) {
                if (!kept.contains(fresh.key())) {
                    merged.add(fresh);
                } else if (fresh.isPending()) {
                    merged.add(fresh.keyed(fresh.key() + "@" + granted)); // skipped before, due now at the new date
                }
            } else if (fresh.type() != StepType.REMINDER && fresh.isPending()) {
                merged.add(fresh.keyed(fresh.key() + "@" + granted));
            }
        }
        merged.sort(Comparator.comparing(LadderStep::at));
        steps = merged;
    }

    /**
     * The key the notice about a step is filed under: its own key, or, for a step re-armed by an extension, the key
     * naming the due date its event carries ({@code overdue@2026-04-30}). Found from the steps the deadline keeps
     * (never deleted), so every event of a step maps to the same key.
     */
    public String noticeKeyOf(String stepKey, LocalDate eventDueDate) {
        String extended = stepKey + "@" + eventDueDate;
        return steps.stream().anyMatch(s -> s.key().equals(extended)) ? extended : stepKey;
    }

    public List<Extension> extensions() {
        return List.copyOf(extensions);
    }

    public Optional<Extension> extension(int number) {
        return number < 1 || number > extensions.size() ? Optional.empty() : Optional.of(extensions.get(number - 1));
    }

    public Optional<Extension> pendingExtension() {
        return extensions.stream().filter(Extension::isPending).findFirst();
    }

    /** The latest due date approved by an extension, if any. */
    private Optional<LocalDate> grantedDate() {
        return extensions.stream().filter(e -> e.status() == ExtensionStatus.APPROVED).map(Extension::grantedDate)
                .max(LocalDate::compareTo);
    }

    /** The due date its source set, before any extension. */
    public LocalDate plannedDueDate() {
        return plannedDueDate == null ? dueDate() : LocalDate.parse(plannedDueDate);
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
