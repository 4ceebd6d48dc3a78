package tw.uplift.notification.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static tw.uplift.notification.deadlines.Obligations.OFFICE_LADDER;
import static tw.uplift.notification.deadlines.Obligations.measureDue;
import static tw.uplift.notification.deadlines.Obligations.planEvent;
import static tw.uplift.notification.deadlines.Obligations.quarterlyReport;
import static tw.uplift.notification.deadlines.Obligations.reviewTaskDue;
import static tw.uplift.notification.deadlines.Obligations.taskEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.values.ReportingPeriod.Cadence;
import tw.uplift.platform.events.EventPosition;
import tw.uplift.platform.outbox.PendingEvent;

class DeadlineTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);
    private static final Instant JANUARY = taipei("2026-01-10T10:00");

    private static Instant taipei(String s) {
        return OffsetDateTime.parse(s + "+08:00").toInstant();
    }

    private static Deadline track(Obligation o, EventPosition cause, Instant at) {
        return Deadline.track(new Owed(o, cause), OFFICE_LADDER, at);
    }

    private static Deadline measureDueOn(LocalDate due, Instant registeredAt) {
        return track(measureDue(due), planEvent(3), registeredAt);
    }

    /** The ladder: 屆期提醒 → 逾期 → 逾期陳報, each step once. */
    @Nested
    class Ladder {

        @Test
        void firesEachStepOnceWhenItComesDue() {
            Deadline d = measureDueOn(DUE, JANUARY);

            assertThat(d.fireDue(taipei("2026-03-24T08:59")).fired()).isEmpty();
            assertThat(d.fireDue(taipei("2026-03-24T09:00")).fired()).extracting(LadderStep::key)
                    .containsExactly("remind-7");
            assertThat(d.fireDue(taipei("2026-03-25T12:00")).fired()).isEmpty();
            assertThat(d.fireDue(taipei("2026-03-30T09:00")).fired()).extracting(LadderStep::key)
                    .containsExactly("remind-1");
            assertThat(d.fireDue(taipei("2026-04-01T00:00")).fired()).extracting(LadderStep::key)
                    .containsExactly("overdue");
            assertThat(d.isOverdue()).isTrue();
            assertThat(d.fireDue(taipei("2026-04-22T09:00")).fired()).extracting(LadderStep::key)
                    .containsExactly("escalate-14");
            assertThat(d.fireDue(taipei("2026-06-01T00:00")).fired()).isEmpty();

            assertThat(d.pendingEvents()).extracting(PendingEvent::payload).satisfiesExactly(
                    e -> assertThat(e).isInstanceOfSatisfying(DeadlineApproaching.class, a -> {
                        assertThat(a.daysLeft()).isEqualTo(7);
                        assertThat(a.dueDate()).isEqualTo(DUE);
                        assertThat(a.deadlineId()).isEqualTo(d.getId());
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
        void saysWhenItBecameOverdue() {
            Deadline d = measureDueOn(DUE, JANUARY);

            assertThat(d.fireDue(taipei("2026-03-24T09:00")).becameOverdue()).isFalse();
            assertThat(d.fireDue(taipei("2026-04-01T00:00")).becameOverdue()).isTrue();
            assertThat(d.fireDue(taipei("2026-04-22T09:00")).becameOverdue()).isFalse();
        }

        @Test
        void skipsRemindersAlreadyPastAtRegistration() {
            Deadline d = measureDueOn(DUE, taipei("2026-03-30T10:00")); // due tomorrow, after the 1-day reminder

            assertThat(d.steps()).filteredOn(s -> s.type() == StepType.REMINDER)
                    .allMatch(s -> s.state() == StepState.SKIPPED);
            assertThat(d.fireDue(taipei("2026-03-31T23:59")).fired()).isEmpty();
            assertThat(d.fireDue(taipei("2026-04-01T00:00")).fired()).extracting(LadderStep::key)
                    .containsExactly("overdue");
            assertThat(d.pendingEvents()).extracting(PendingEvent::payload)
                    .noneMatch(DeadlineApproaching.class::isInstance);
        }

        @Test
        void firesOverdueAtOnceWhenRegisteredAfterTheDueDate() {
            Deadline d = measureDueOn(DUE, taipei("2026-04-05T10:00"));

            assertThat(d.nextStepAt()).contains(taipei("2026-04-01T00:00"));
            assertThat(d.fireDue(taipei("2026-04-05T10:00")).fired()).extracting(LadderStep::key)
                    .containsExactly("overdue");
        }

        @Test
        void aDueDatePassedBeforeRegistrationIsOverdueOnceAndEscalatedOnlyAfterTheEscalationDays() {
            // due 10 March, approved 5 April: escalation by the old date (30 March) would come with the overdue
            Deadline d = measureDueOn(LocalDate.of(2026, 3, 10), taipei("2026-04-05T10:00"));

            assertThat(d.fireDue(taipei("2026-04-05T10:00")).fired()).extracting(LadderStep::key)
                    .containsExactly("overdue");
            assertThat(d.fireDue(taipei("2026-04-24T08:59")).fired()).isEmpty();
            assertThat(d.fireDue(taipei("2026-04-24T09:00")).fired()).extracting(LadderStep::key)
                    .containsExactly("escalate-14");
            assertThat(d.pendingEvents()).extracting(PendingEvent::payload)
                    .hasExactlyElementsOfTypes(ItemOverdue.class, OverdueEscalated.class);
        }

        @Test
        void aReportForAPeriodAlreadyOverStartsLateToo() {
            Deadline q1 = track(quarterlyReport("2026-Q1"), planEvent(3), taipei("2026-04-20T10:00"));

            assertThat(q1.fireDue(taipei("2026-04-20T10:00")).fired()).extracting(LadderStep::key)
                    .containsExactly("overdue");
            assertThat(q1.nextStepAt()).contains(taipei("2026-05-11T09:00"));   // 1 May off (勞動節)
        }

        @Test
        void aReminderOvertakenByALaterStepIsSkipped() {
            Deadline d = measureDueOn(DUE, JANUARY);

            // the clock jumps from before the 7-day reminder to after the due date
            assertThat(d.fireDue(taipei("2026-04-02T10:00")).fired()).extracting(LadderStep::key)
                    .containsExactly("overdue");
            assertThat(d.steps()).filteredOn(s -> s.type() == StepType.REMINDER)
                    .allMatch(s -> s.state() == StepState.SKIPPED);
        }

        @Test
        void aPeriodEndingUnreportedOwesTheNextPeriodForTheSameReason() {
            Deadline q1 = track(quarterlyReport("2026-Q1"), planEvent(3), JANUARY);

            Firing firing = q1.fireDue(taipei("2026-04-01T00:00"));

            assertThat(firing.followUp()).hasValueSatisfying(next -> {
                assertThat(next.obligation()).isEqualTo(quarterlyReport("2026-Q2"));
                assertThat(next.cause()).isEqualTo(planEvent(3));
            });
        }

        @Test
        void aMeasureEndingOverdueOwesNothingMore() {
            assertThat(measureDueOn(DUE, JANUARY).fireDue(taipei("2026-04-01T00:00")).followUp()).isEmpty();
        }
    }

    /** 結案: work done or withdrawn. */
    @Nested
    class Closes {

        @Test
        void completionCancelsEveryFutureStep() {
            Deadline d = measureDueOn(DUE, JANUARY);
            d.fireDue(taipei("2026-03-24T09:00"));

            var closing = d.close(DeadlineStatus.DONE, planEvent(5), taipei("2026-03-26T15:00"));

            assertThat(closing.outcome()).isEqualTo(Closing.Outcome.CLOSED);
            assertThat(closing.wasOverdue()).isFalse();
            assertThat(closing.cancelledSteps()).containsExactly(taipei("2026-03-30T09:00"),
                    taipei("2026-04-01T00:00"), taipei("2026-04-22T09:00"));
            assertThat(d.status()).isEqualTo(DeadlineStatus.DONE);
            assertThat(d.pendingStepTimes()).isEmpty();
            assertThat(d.steps()).extracting(LadderStep::state).containsExactly(StepState.FIRED, StepState.CANCELLED,
                    StepState.CANCELLED, StepState.CANCELLED);
            assertThat(d.fireDue(taipei("2026-05-01T00:00")).fired()).isEmpty();
            assertThat(d.pendingEvents()).hasSize(1);
        }

        @Test
        void closingAnOverdueObligationSaysSo() {
            Deadline d = measureDueOn(DUE, JANUARY);
            d.fireDue(taipei("2026-04-01T00:00"));

            assertThat(d.close(DeadlineStatus.DONE, planEvent(5), taipei("2026-04-03T00:00")).wasOverdue()).isTrue();
            assertThat(d.isOverdue()).isFalse();
        }

        @Test
        void aRedeliveredCloseChangesNothing() {
            Deadline d = measureDueOn(DUE, JANUARY);
            d.fireDue(taipei("2026-04-01T00:00"));
            d.close(DeadlineStatus.DONE, planEvent(5), taipei("2026-04-03T00:00"));

            var again = d.close(DeadlineStatus.DONE, planEvent(5), taipei("2026-04-04T00:00"));

            assertThat(again.outcome()).isEqualTo(Closing.Outcome.ALREADY_CLOSED);
            assertThat(again.wasOverdue()).as("counted down once").isFalse();
            assertThat(d.closedAt()).isEqualTo(taipei("2026-04-03T00:00"));
        }

        @Test
        void tellsWhatItTrackedSoTheNextPeriodCanFollow() {
            Deadline q1 = track(quarterlyReport("2026-Q1"), planEvent(3), JANUARY);

            var closing = q1.close(DeadlineStatus.DONE, planEvent(4), taipei("2026-03-20T10:00"));

            assertThat(closing.obligation()).contains(quarterlyReport("2026-Q1"));
        }
    }

    /** 計畫修正: an amended plan lists the obligation again; what was sent stays sent. */
    @Nested
    class Revisions {

        private Registration revise(Deadline d, LocalDate due, long sequence, Instant at) {
            return d.revise(new Owed(measureDue(due), planEvent(sequence)), OFFICE_LADDER, at);
        }

        @Test
        void aNewDueDateMovesTheStepsStillToComeAndKeepsTheOnesSent() {
            Deadline d = measureDueOn(DUE, JANUARY);
            d.fireDue(taipei("2026-03-24T09:00")); // remind-7 for 31 March

            Registration moved = revise(d, LocalDate.of(2026, 4, 30), 6, taipei("2026-03-25T10:00"));

            assertThat(moved.outcome()).isEqualTo(Registration.Outcome.REVISED);
            assertThat(moved.droppedSteps()).containsExactly(taipei("2026-03-30T09:00"), taipei("2026-04-01T00:00"),
                    taipei("2026-04-22T09:00"));
            assertThat(moved.pendingSteps()).containsExactly(taipei("2026-04-29T09:00"), taipei("2026-05-01T00:00"),
                    taipei("2026-05-21T09:00"));
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(d.steps()).extracting(LadderStep::key, LadderStep::state).containsExactly(
                    tuple("remind-7", StepState.FIRED), tuple("remind-1", StepState.PENDING),
                    tuple("overdue", StepState.PENDING), tuple("escalate-14", StepState.PENDING));
            assertThat(d.fireDue(taipei("2026-04-23T09:00")).fired()).as("remind-7 was sent").isEmpty();
            assertThat(d.fireDue(taipei("2026-04-29T09:00")).fired()).extracting(LadderStep::key)
                    .containsExactly("remind-1");
        }

        @Test
        void theSameObligationListedAgainMovesNothing() {
            Deadline d = measureDueOn(DUE, JANUARY);
            var steps = d.steps();

            Registration same = revise(d, DUE, 6, taipei("2026-03-25T10:00"));

            assertThat(same.outcome()).isEqualTo(Registration.Outcome.ALREADY_TRACKED);
            assertThat(same.droppedSteps()).isEmpty();
            assertThat(d.steps()).isEqualTo(steps);
        }

        @Test
        void aRedeliveredAmendmentChangesNothing() {
            Deadline d = measureDueOn(DUE, JANUARY);
            revise(d, LocalDate.of(2026, 4, 30), 6, taipei("2026-03-25T10:00"));
            var steps = d.steps();

            Registration again = revise(d, LocalDate.of(2026, 4, 30), 6, taipei("2026-03-26T10:00"));

            assertThat(again.outcome()).isEqualTo(Registration.Outcome.ALREADY_TRACKED);
            assertThat(again.pendingSteps()).as("filed again, in case the first attempt died")
                    .isEqualTo(d.pendingStepTimes());
            assertThat(d.steps()).isEqualTo(steps);
        }

        @Test
        void anAmendmentOvertakenByANewerOneChangesNothing() {
            Deadline d = measureDueOn(DUE, JANUARY);
            revise(d, LocalDate.of(2026, 4, 30), 6, taipei("2026-03-25T10:00"));

            Registration older = revise(d, LocalDate.of(2026, 5, 31), 5, taipei("2026-03-26T10:00"));

            assertThat(older.outcome()).isEqualTo(Registration.Outcome.ALREADY_TRACKED);
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        }

        @Test
        void aCompletedMeasureStaysCompleted() {
            Deadline d = measureDueOn(DUE, JANUARY);
            d.close(DeadlineStatus.DONE, planEvent(4), taipei("2026-03-10T10:00"));

            Registration listed = revise(d, LocalDate.of(2026, 4, 30), 6, taipei("2026-03-25T10:00"));

            assertThat(listed.outcome()).isEqualTo(Registration.Outcome.FINISHED);
            assertThat(listed.open()).isFalse();
            assertThat(d.status()).isEqualTo(DeadlineStatus.DONE);
            assertThat(d.dueDate()).isEqualTo(DUE);
        }

        @Test
        void aReleasedObligationListedAgainIsTrackedWithoutResendingWhatWasSent() {
            Deadline d = measureDueOn(DUE, JANUARY);
            d.fireDue(taipei("2026-04-01T00:00"));
            assertThat(d.close(DeadlineStatus.CANCELLED, planEvent(5), taipei("2026-04-02T10:00")).wasOverdue()).isTrue();

            Registration back = revise(d, LocalDate.of(2026, 6, 30), 7, taipei("2026-04-10T10:00"));

            assertThat(back.outcome()).isEqualTo(Registration.Outcome.TRACKED);
            assertThat(back.overdueChange()).as("overdue again, as it was").isEqualTo(1);
            assertThat(d.status()).isEqualTo(DeadlineStatus.OPEN);
            assertThat(d.steps()).extracting(LadderStep::key, LadderStep::state).containsExactly(
                    tuple("overdue", StepState.FIRED), tuple("remind-7", StepState.PENDING),
                    tuple("remind-1", StepState.PENDING), tuple("escalate-14", StepState.PENDING));
            d.fireDue(taipei("2026-07-20T10:00"));
            assertThat(d.pendingEvents()).extracting(PendingEvent::payload).filteredOn(ItemOverdue.class::isInstance)
                    .hasSize(1);
        }

        @Test
        void aDueDateMovedIntoThePastStartsLate() {
            Deadline d = measureDueOn(LocalDate.of(2026, 6, 30), JANUARY);

            Registration earlier = revise(d, DUE, 6, taipei("2026-04-10T10:00"));

            assertThat(earlier.pendingSteps()).containsExactly(taipei("2026-04-01T00:00"), taipei("2026-04-30T09:00"));
            assertThat(d.fireDue(taipei("2026-04-10T10:00")).fired()).extracting(LadderStep::key)
                    .containsExactly("overdue");
        }

        @Test
        void aReportOnTheCadenceInForceIsKept() {
            Deadline q2 = track(quarterlyReport("2026-Q2"), planEvent(3), JANUARY);

            Closing kept = q2.withdrawUnlessOwed(Cadence.QUARTERLY, planEvent(6), taipei("2026-05-10T10:00"));

            assertThat(kept.outcome()).isEqualTo(Closing.Outcome.KEPT);
            assertThat(q2.status()).isEqualTo(DeadlineStatus.OPEN);
        }

        @Test
        void aReportOfAnotherCadenceStillToComeIsWithdrawn() {
            Deadline q2 = track(quarterlyReport("2026-Q2"), planEvent(3), JANUARY);

            Closing withdrawn = q2.withdrawUnlessOwed(Cadence.HALF_YEARLY, planEvent(6), taipei("2026-06-30T10:00"));

            assertThat(withdrawn.outcome()).isEqualTo(Closing.Outcome.CLOSED);
            assertThat(q2.status()).isEqualTo(DeadlineStatus.CANCELLED);
            assertThat(q2.pendingStepTimes()).isEmpty();
        }

        @Test
        void aReportOfAPeriodAlreadyOverStands() {
            Deadline q1 = track(quarterlyReport("2026-Q1"), planEvent(3), JANUARY);
            q1.fireDue(taipei("2026-04-01T00:00"));

            Closing stands = q1.withdrawUnlessOwed(null, planEvent(6), taipei("2026-04-01T10:00"));

            assertThat(stands.outcome()).isEqualTo(Closing.Outcome.KEPT);
            assertThat(q1.isOverdue()).isTrue();
        }
    }

    /**
     * Order: a deadline is changed by the events of one aggregate (its plan, its review task); whatever order they
     * arrive in, the outcome is that of their order at the source.
     */
    @Nested
    class Order {

        @Test
        void aRedeliveredRegistrationChangesNothing() {
            Deadline d = measureDueOn(DUE, JANUARY);

            Registration again = d.register(new Owed(measureDue(DUE.plusDays(5)), planEvent(3)), OFFICE_LADDER,
                    taipei("2026-02-01T10:00"));

            assertThat(again.outcome()).isEqualTo(Registration.Outcome.ALREADY_TRACKED);
            assertThat(again.open()).isTrue();
            assertThat(again.pendingSteps()).as("filed again, in case the first attempt died")
                    .isEqualTo(d.pendingStepTimes());
            assertThat(d.dueDate()).isEqualTo(DUE);
            assertThat(d.registeredAt()).isEqualTo(JANUARY);
        }

        @Test
        void aCloseBeforeTheRegistrationLeavesAClosedPlaceholder() {
            Deadline d = Deadline.closedAhead(Deadline.idOfMeasure("p-1", "m-1"), DeadlineStatus.DONE, planEvent(5),
                    JANUARY);

            assertThat(d.isTracked()).isFalse();
            assertThat(d.status()).isEqualTo(DeadlineStatus.DONE);
            assertThat(d.obligation()).isEmpty();
            assertThat(d.pendingStepTimes()).isEmpty();
            assertThat(d.fireDue(taipei("2026-12-31T00:00")).fired()).isEmpty();
        }

        @Test
        void aCompletionOvertakingTheApprovalLeavesTheMeasureUntracked() {
            Deadline d = Deadline.closedAhead(Deadline.idOfMeasure("p-1", "m-1"), DeadlineStatus.DONE, planEvent(5),
                    JANUARY);

            Registration late = d.register(new Owed(measureDue(DUE), planEvent(3)), OFFICE_LADDER, JANUARY);

            assertThat(late.outcome()).isEqualTo(Registration.Outcome.OVERTAKEN);
            assertThat(late.open()).isFalse();
            assertThat(late.pendingSteps()).isEmpty();
            assertThat(d.isTracked()).isFalse();
            assertThat(d.fireDue(taipei("2026-04-20T00:00")).fired()).isEmpty();
        }

        @Test
        void aFinishedReviewOvertakingItsAssignmentLeavesTheTaskUntracked() {
            Deadline d = Deadline.closedAhead(Deadline.idOfReviewTask("t-1"), DeadlineStatus.DONE, taskEvent(2),
                    JANUARY);

            Registration late = d.register(new Owed(reviewTaskDue(DUE), taskEvent(1)), OFFICE_LADDER, JANUARY);

            assertThat(late.outcome()).isEqualTo(Registration.Outcome.OVERTAKEN);
            assertThat(d.isTracked()).isFalse();
        }

        @Test
        void aRedeliveredRegistrationAfterItsCloseIsIgnoredToo() {
            Deadline d = Deadline.closedAhead(Deadline.idOfMeasure("p-1", "m-1"), DeadlineStatus.DONE, planEvent(5),
                    JANUARY);

            Registration sameAsTheClose = d.register(new Owed(measureDue(DUE), planEvent(5)), OFFICE_LADDER, JANUARY);

            assertThat(sameAsTheClose.outcome()).isEqualTo(Registration.Outcome.OVERTAKEN);
        }

        @Test
        void aRegistrationNewerThanTheCloseStartsTracking() {
            Deadline d = Deadline.closedAhead(Deadline.idOfMeasure("p-1", "m-1"), DeadlineStatus.DONE, planEvent(5),
                    JANUARY);

            Registration newer = d.register(new Owed(measureDue(DUE), planEvent(7)), OFFICE_LADDER, JANUARY);

            assertThat(newer.outcome()).isEqualTo(Registration.Outcome.TRACKED);
            assertThat(newer.open()).isTrue();
            assertThat(d.status()).isEqualTo(DeadlineStatus.OPEN);
            assertThat(d.closedAt()).isNull();
            assertThat(newer.pendingSteps()).hasSize(4);
        }

        @Test
        void aCloseOlderThanTheRegistrationIsIgnored() {
            Deadline d = track(measureDue(DUE), planEvent(5), JANUARY);

            var stale = d.close(DeadlineStatus.DONE, planEvent(4), taipei("2026-02-01T10:00"));

            assertThat(stale.outcome()).isEqualTo(Closing.Outcome.STALE);
            assertThat(stale.cancelledSteps()).isEmpty();
            assertThat(d.status()).isEqualTo(DeadlineStatus.OPEN);
            assertThat(d.pendingStepTimes()).hasSize(4);
        }

        @Test
        void aCloseAfterTheRegistrationCloses() {
            Deadline d = track(reviewTaskDue(DUE), taskEvent(1), JANUARY);

            var closing = d.close(DeadlineStatus.DONE, taskEvent(2), taipei("2026-02-01T10:00"));

            assertThat(closing.outcome()).isEqualTo(Closing.Outcome.CLOSED);
        }

        @Test
        void eventsOfAnotherAggregateAreNotOrderedAgainstTheSource() {
            Deadline d = track(measureDue(DUE), planEvent(5), JANUARY);
            EventPosition otherPlan = new EventPosition("/uplift/plan-service", "p-2", 1);

            var closing = d.close(DeadlineStatus.CANCELLED, otherPlan, taipei("2026-02-01T10:00"));

            assertThat(closing.outcome()).isEqualTo(Closing.Outcome.CLOSED);
        }
    }
}
