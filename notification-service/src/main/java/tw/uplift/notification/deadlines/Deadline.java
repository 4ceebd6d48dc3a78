package tw.uplift.notification.deadlines;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * One tracked obligation (a measure's 完成期限, a period's progress report, a review task's due date) and
 * its reminder ladder. Each step records its event and its own "fired" mark in the same document write, so
 * it is emitted exactly once however often the scheduler looks at it; closing the obligation cancels every
 * step still pending.
 */
@Document("deadlines")
public class Deadline extends OutboxAggregate {

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
    private Instant registeredAt;
    private Instant closedAt;

    protected Deadline() {
    }

    private Deadline(String id) {
        super(id);
    }

    /** The id of a dated measure's deadline: one per plan and measure, so a redelivered approval adds nothing. */
    public static String idOfMeasure(String planId, String measureId) {
        return derive("measure:" + planId + ":" + measureId);
    }

    /** The id of a continuous measure's progress report for one period. */
    public static String idOfProgressReport(String planId, String measureId, ReportingPeriod period) {
        return derive("progress:" + planId + ":" + measureId + ":" + period);
    }

    /** The id of a review task's due date. */
    public static String idOfReviewTask(String taskId) {
        return derive("review-task:" + taskId);
    }

    private static String derive(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Starts tracking an obligation. Reminders already in the past are skipped (no 7-day notice for
     * something due tomorrow); overdue and escalation steps in the past stay, and fire at the next look.
     */
    public static Deadline track(String id, Obligation o, DeadlineLadder ladder, Instant now) {
        Deadline d = new Deadline(id);
        d.kind = o.kind();
        d.itemId = o.itemId();
        d.planId = o.planId();
        d.agencyId = o.agencyId();
        d.supervisingBodyId = o.supervisingBodyId();
        d.responsible = o.responsible();
        d.title = o.title();
        d.dueDate = o.dueDate().toString();
        d.period = o.period() == null ? null : o.period().toString();
        d.trackUntil = o.trackUntil() == null ? null : o.trackUntil().toString();
        d.status = DeadlineStatus.OPEN;
        d.registeredAt = now;
        for (LadderStep step : ladder.stepsFor(o.dueDate())) {
            d.steps.add(step.type() == StepType.REMINDER && !step.at().isAfter(now)
                    ? step.to(StepState.SKIPPED, now) : step);
        }
        return d;
    }

    /**
     * Fires every step that is due: records its event and marks it fired. A reminder that comes due
     * together with a later step (the clock jumped, or the scheduler was down) is skipped: nobody needs
     * "due tomorrow" next to "overdue".
     *
     * @return the steps fired now, earliest first
     */
    public List<LadderStep> fireDue(Instant now) {
        if (status != DeadlineStatus.OPEN) {
            return List.of();
        }
        Instant latestDue = steps.stream().filter(s -> s.isDue(now)).map(LadderStep::at).max(Instant::compareTo)
                .orElse(null);
        if (latestDue == null) {
            return List.of();
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
        return fired;
    }

    private tw.uplift.contracts.deadline.DeadlineEvent eventOf(LadderStep step, Instant now) {
        LocalDate due = dueDate();
        return switch (step.type()) {
            case REMINDER -> new DeadlineApproaching(id, kind, itemId, planId, agencyId, title, due, step.days(), now);
            case OVERDUE -> new ItemOverdue(id, kind, itemId, planId, agencyId, title, due, now);
            case ESCALATION -> new OverdueEscalated(id, kind, itemId, agencyId, supervisingBodyId, title, due,
                    step.days(), now);
        };
    }

    /**
     * Stops tracking: the work was done (or withdrawn). Every pending step is cancelled, so nothing is sent
     * after this. Closing a closed deadline changes nothing.
     *
     * @return whether this closed an obligation that was overdue
     */
    public boolean close(DeadlineStatus outcome, Instant now) {
        if (outcome == DeadlineStatus.OPEN) {
            throw new IllegalArgumentException("close with DONE or CANCELLED");
        }
        if (status != DeadlineStatus.OPEN) {
            return false;
        }
        boolean wasOverdue = isOverdue();
        status = outcome;
        closedAt = now;
        steps.replaceAll(s -> s.isPending() ? s.to(StepState.CANCELLED, now) : s);
        return wasOverdue;
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
        return LocalDate.parse(dueDate);
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
