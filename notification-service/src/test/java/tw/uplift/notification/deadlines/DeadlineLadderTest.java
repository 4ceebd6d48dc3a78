package tw.uplift.notification.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineLadderTest {

    private static OffsetDateTime taipei(String s) {
        return OffsetDateTime.parse(s + "+08:00");
    }

    @Test
    void putsRemindersOverdueAndEscalationOnTaipeiDates() {
        List<LadderStep> steps = Obligations.OFFICE_LADDER.stepsFor(LocalDate.of(2026, 3, 31));

        assertThat(steps).extracting(LadderStep::key)
                .containsExactly("remind-7", "remind-1", "overdue", "escalate-14");
        assertThat(steps).extracting(LadderStep::at).containsExactly(
                taipei("2026-03-24T09:00").toInstant(),
                taipei("2026-03-30T09:00").toInstant(),
                taipei("2026-04-01T00:00").toInstant(),
                // 14 working days: 3 and 6 April are off (兒童節 and 清明 補假)
                taipei("2026-04-22T09:00").toInstant());
        assertThat(steps).extracting(LadderStep::type)
                .containsExactly(StepType.REMINDER, StepType.REMINDER, StepType.OVERDUE, StepType.ESCALATION);
        assertThat(steps).allMatch(LadderStep::isPending);
    }

    @Test
    void followsTheConfiguredDaysAndTime() {
        var ladder = new DeadlineLadder(List.of(1, 3, 3), LocalTime.of(8, 30), 30, Obligations.CALENDAR);

        List<LadderStep> steps = ladder.stepsFor(LocalDate.of(2026, 12, 31));

        assertThat(steps).extracting(LadderStep::key)
                .containsExactly("remind-3", "remind-1", "overdue", "escalate-30");
        assertThat(steps.get(0).at()).isEqualTo(taipei("2026-12-28T08:30").toInstant());
        assertThat(steps.get(2).at()).isEqualTo(taipei("2027-01-01T00:00").toInstant());
        // 30 working days: New Year's Day and 春節 (4–10 February 2027) are off
        assertThat(steps.get(3).at()).isEqualTo(taipei("2027-02-19T08:30").toInstant());
    }

    @Test
    void skipsTheRemindersAlreadyPastWhenTrackingStarts() {
        List<LadderStep> steps = Obligations.OFFICE_LADDER.stepsFor(LocalDate.of(2026, 3, 31),
                taipei("2026-03-25T10:00").toInstant());

        assertThat(steps).extracting(LadderStep::key, LadderStep::state).containsExactly(
                tuple("remind-7", StepState.SKIPPED), tuple("remind-1", StepState.PENDING),
                tuple("overdue", StepState.PENDING), tuple("escalate-14", StepState.PENDING));
        assertThat(steps.get(3).at()).as("on time: escalated 14 working days after the due date")
                .isEqualTo(taipei("2026-04-22T09:00").toInstant());
    }

    @Test
    void aDueDateAlreadyPassedStartsLateAndEscalatesCountingFromThen() {
        List<LadderStep> steps = Obligations.OFFICE_LADDER.stepsFor(LocalDate.of(2026, 1, 31),
                taipei("2026-03-02T10:00").toInstant());

        assertThat(steps).extracting(LadderStep::key, LadderStep::state, LadderStep::at).containsExactly(
                tuple("remind-7", StepState.SKIPPED, taipei("2026-01-24T09:00").toInstant()),
                tuple("remind-1", StepState.SKIPPED, taipei("2026-01-30T09:00").toInstant()),
                tuple("overdue", StepState.PENDING, taipei("2026-02-01T00:00").toInstant()),
                tuple("escalate-14", StepState.PENDING, taipei("2026-03-20T09:00").toInstant()));
    }

    @Test
    void startsLateFromTheFirstMomentOfTheDayAfterTheDueDate() {
        LocalDate due = LocalDate.of(2026, 6, 30);

        assertThat(Obligations.OFFICE_LADDER.stepsFor(due, taipei("2026-06-30T23:59").toInstant()).get(3).at())
                .as("still on time on the due date").isEqualTo(taipei("2026-07-20T09:00").toInstant());
        assertThat(Obligations.OFFICE_LADDER.stepsFor(due, taipei("2026-07-01T00:00").toInstant()).get(3).at())
                .as("late from midnight").isEqualTo(taipei("2026-07-21T09:00").toInstant());
    }

    @Test
    void refusesAnEscalationOnTheDueDateItself() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineLadder(List.of(7), LocalTime.NOON, 0,
                Obligations.CALENDAR));
    }
}
