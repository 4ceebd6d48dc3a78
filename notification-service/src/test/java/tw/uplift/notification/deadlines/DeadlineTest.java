package tw.uplift.notification.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.platform.outbox.PendingEvent;

class DeadlineTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    private static Instant taipei(String s) {
        return OffsetDateTime.parse(s + "+08:00").toInstant();
    }

    private static Deadline measureDueOn(LocalDate due, Instant registeredAt) {
        return Deadline.track("d-1", new Obligation(TrackedItemKind.MEASURE, "m-1", "p-1", "kcg-civil-affairs",
                "kcg-rdec", "agency:kcg-civil-affairs", "1. 推動線上申辦", due, null, null),
                DeadlineLadder.defaults(), registeredAt);
    }

    @Test
    void firesEachStepOnceWhenItComesDue() {
        Deadline d = measureDueOn(DUE, taipei("2026-01-10T10:00"));

        assertThat(d.fireDue(taipei("2026-03-24T08:59"))).isEmpty();
        assertThat(d.fireDue(taipei("2026-03-24T09:00"))).extracting(LadderStep::key).containsExactly("remind-7");
        assertThat(d.fireDue(taipei("2026-03-25T12:00"))).isEmpty();
        assertThat(d.fireDue(taipei("2026-03-30T09:00"))).extracting(LadderStep::key).containsExactly("remind-1");
        assertThat(d.fireDue(taipei("2026-04-01T00:00"))).extracting(LadderStep::key).containsExactly("overdue");
        assertThat(d.isOverdue()).isTrue();
        assertThat(d.fireDue(taipei("2026-04-14T09:00"))).extracting(LadderStep::key).containsExactly("escalate-14");
        assertThat(d.fireDue(taipei("2026-06-01T00:00"))).isEmpty();

        assertThat(d.pendingEvents()).extracting(PendingEvent::payload).satisfiesExactly(
                e -> assertThat(e).isInstanceOfSatisfying(DeadlineApproaching.class, a -> {
                    assertThat(a.daysLeft()).isEqualTo(7);
                    assertThat(a.dueDate()).isEqualTo(DUE);
                    assertThat(a.deadlineId()).isEqualTo("d-1");
                }),
                e -> assertThat(e).isInstanceOfSatisfying(DeadlineApproaching.class,
                        a -> assertThat(a.daysLeft()).isEqualTo(1)),
                e -> assertThat(e).isInstanceOf(ItemOverdue.class),
                e -> assertThat(e).isInstanceOfSatisfying(OverdueEscalated.class, x -> {
                    assertThat(x.daysOverdue()).isEqualTo(14);
                    assertThat(x.supervisingBodyId()).isEqualTo("kcg-rdec");
                }));
    }

    @Test
    void skipsRemindersAlreadyPastAtRegistration() {
        Deadline d = measureDueOn(DUE, taipei("2026-03-30T10:00")); // due tomorrow, after the 1-day reminder

        assertThat(d.steps()).filteredOn(s -> s.type() == StepType.REMINDER)
                .allMatch(s -> s.state() == StepState.SKIPPED);
        assertThat(d.fireDue(taipei("2026-03-31T23:59"))).isEmpty();
        assertThat(d.fireDue(taipei("2026-04-01T00:00"))).extracting(LadderStep::key).containsExactly("overdue");
        assertThat(d.pendingEvents()).extracting(PendingEvent::payload).noneMatch(DeadlineApproaching.class::isInstance);
    }

    @Test
    void firesOverdueAtOnceWhenRegisteredAfterTheDueDate() {
        Deadline d = measureDueOn(DUE, taipei("2026-04-05T10:00"));

        assertThat(d.nextStepAt()).contains(taipei("2026-04-01T00:00"));
        assertThat(d.fireDue(taipei("2026-04-05T10:00"))).extracting(LadderStep::key).containsExactly("overdue");
    }

    @Test
    void aReminderOvertakenByALaterStepIsSkipped() {
        Deadline d = measureDueOn(DUE, taipei("2026-01-10T10:00"));

        // the clock jumps from before the 7-day reminder to after the due date
        assertThat(d.fireDue(taipei("2026-04-02T10:00"))).extracting(LadderStep::key).containsExactly("overdue");
        assertThat(d.steps()).filteredOn(s -> s.type() == StepType.REMINDER)
                .allMatch(s -> s.state() == StepState.SKIPPED);
    }

    @Test
    void completionCancelsEveryFutureStep() {
        Deadline d = measureDueOn(DUE, taipei("2026-01-10T10:00"));
        d.fireDue(taipei("2026-03-24T09:00"));

        boolean wasOverdue = d.close(DeadlineStatus.DONE, taipei("2026-03-26T15:00"));

        assertThat(wasOverdue).isFalse();
        assertThat(d.status()).isEqualTo(DeadlineStatus.DONE);
        assertThat(d.pendingStepTimes()).isEmpty();
        assertThat(d.steps()).extracting(LadderStep::state).containsExactly(StepState.FIRED, StepState.CANCELLED,
                StepState.CANCELLED, StepState.CANCELLED);
        assertThat(d.fireDue(taipei("2026-05-01T00:00"))).isEmpty();
        assertThat(d.pendingEvents()).hasSize(1);
    }

    @Test
    void closingAnOverdueObligationSaysSoOnce() {
        Deadline d = measureDueOn(DUE, taipei("2026-01-10T10:00"));
        d.fireDue(taipei("2026-04-01T00:00"));

        assertThat(d.close(DeadlineStatus.DONE, taipei("2026-04-03T00:00"))).isTrue();
        assertThat(d.close(DeadlineStatus.DONE, taipei("2026-04-04T00:00"))).isFalse();
        assertThat(d.isOverdue()).isFalse();
    }

    @Test
    void idsAreDerivedFromWhatIsTracked() {
        assertThat(Deadline.idOfMeasure("p-1", "m-1")).isEqualTo(Deadline.idOfMeasure("p-1", "m-1"))
                .isNotEqualTo(Deadline.idOfMeasure("p-1", "m-2"));
        assertThat(Deadline.idOfProgressReport("p-1", "m-1", ReportingPeriod.parse("2026-Q1").orElseThrow()))
                .isNotEqualTo(Deadline.idOfProgressReport("p-1", "m-1", ReportingPeriod.parse("2026-Q2").orElseThrow()));
    }
}
