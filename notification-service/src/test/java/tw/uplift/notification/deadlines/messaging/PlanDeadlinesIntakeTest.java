package tw.uplift.notification.deadlines.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.platform.test.KafkaProbe.envelope;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.EscalationLevel;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.contracts.values.ReportingPeriod.Cadence;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.persistence.OverdueCount;
import tw.uplift.notification.support.PlanEvents;
import tw.uplift.platform.events.EventEnvelope;

/**
 * {@code plan-events} into deadlines, through the intake as production wires it: approvals, completions and
 * progress reports on every cadence. The harness starts on 2026-03-02 (the first quarter under way); dated
 * measures here are due on 2026-03-20.
 */
class PlanDeadlinesIntakeTest {

    private static final String PLAN = "plan-1";
    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    private PlanApproved approvalOf(String... dueMeasures) {
        PlanEvents.Measures approval = PlanEvents.approval(PLAN, service.today());
        for (String m : dueMeasures) {
            approval.measureDue(m, DUE);
        }
        return approval.reportedQuarterly("m-3").build();
    }

    private List<Deadline> tracked(TrackedItemKind kind) {
        return service.deadlinesOfPlan(PLAN).stream().filter(Deadline::isTracked).filter(d -> d.kind() == kind)
                .toList();
    }

    /** Each progress report of the plan as {@code "<period> <status or OVERDUE>"}. */
    private List<String> reports() {
        return tracked(TrackedItemKind.PROGRESS_REPORT).stream()
                .map(d -> d.period().orElseThrow() + " " + (d.isOverdue() ? "OVERDUE" : d.status())).toList();
    }

    private static String reportId(String measureId, String period) {
        return Deadline.idOfProgressReport(PLAN, measureId, ReportingPeriod.parse(period).orElseThrow());
    }

    private List<String> remindedMeasures() {
        return service.published(Deadline.class, DeadlineApproaching.class).stream()
                .filter(a -> a.itemKind() == TrackedItemKind.MEASURE).map(DeadlineApproaching::itemId).toList();
    }

    @Test
    void anApprovalTracksEachDatedMeasureAndTheCurrentReportOfEachContinuousOne() {
        service.deliver(Topic.PLAN, envelope(approvalOf("m-1", "m-2"), 1));

        assertThat(tracked(TrackedItemKind.MEASURE)).extracting(Deadline::itemId).containsExactlyInAnyOrder("m-1", "m-2");
        assertThat(tracked(TrackedItemKind.PROGRESS_REPORT)).singleElement().satisfies(report -> {
            assertThat(report.itemId()).isEqualTo("m-3");
            assertThat(report.period()).map(Object::toString).contains("2026-Q1");
            assertThat(report.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        });
    }

    @Test
    void aRedeliveredApprovalRemindsOnce() {
        EventEnvelope<PlanApproved> approval = envelope(approvalOf("m-1"), 1);
        service.deliver(Topic.PLAN, approval);
        service.deliver(Topic.PLAN, approval);

        service.passAt(DUE.minusDays(6), LocalTime.NOON);
        service.passAt(DUE.minusDays(5), LocalTime.NOON);

        assertThat(tracked(TrackedItemKind.MEASURE)).hasSize(1);
        assertThat(tracked(TrackedItemKind.PROGRESS_REPORT)).hasSize(1);
        assertThat(remindedMeasures()).containsExactly("m-1");
    }

    @Test
    void aRedeliveredCompletionCountsTheOverdueMeasureDownOnce() {
        service.deliver(Topic.PLAN, envelope(approvalOf("m-1", "m-2"), 1));
        service.passAt(DUE.plusDays(1), LocalTime.NOON);
        assertThat(service.get(OverdueCount.class).current()).isEqualTo(2);

        var completed = envelope(PlanEvents.completed(PLAN, "m-1"), 2);
        service.deliver(Topic.PLAN, completed);
        service.deliver(Topic.PLAN, completed);

        assertThat(service.deadline(Deadline.idOfMeasure(PLAN, "m-1"))).hasValueSatisfying(
                d -> assertThat(d.status()).isEqualTo(DeadlineStatus.DONE));
        assertThat(service.get(OverdueCount.class).current()).isEqualTo(1);
    }

    @Test
    void aCompletionOvertakingTheApprovalLeavesTheMeasureUntracked() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.completed(PLAN, "m-1"), 5));
        service.deliver(Topic.PLAN, envelope(approvalOf("m-1", "m-2"), 3));

        assertThat(tracked(TrackedItemKind.MEASURE)).extracting(Deadline::itemId).containsExactly("m-2");
        service.passAt(DUE.minusDays(6), LocalTime.NOON);
        service.passAt(DUE.plusDays(1), LocalTime.NOON);
        assertThat(remindedMeasures()).containsExactly("m-2");
        assertThat(service.published(Deadline.class, ItemOverdue.class)).extracting(ItemOverdue::itemId)
                .containsExactly("m-2");
    }

    @Test
    void aCompletionOvertakingTheApprovalOwesNoReportsOfAContinuousMeasure() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.completed(PLAN, "m-3"), 5));
        service.deliver(Topic.PLAN, envelope(approvalOf("m-1"), 3));

        assertThat(tracked(TrackedItemKind.PROGRESS_REPORT)).isEmpty();
        assertThat(tracked(TrackedItemKind.MEASURE)).hasSize(1);
    }

    @Test
    void aReportOvertakingTheApprovalLeavesOnlyTheNextPeriodOwed() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.reported(PLAN, "m-3", "2026-Q1"), 4));
        service.deliver(Topic.PLAN, envelope(approvalOf(), 3));

        assertThat(tracked(TrackedItemKind.PROGRESS_REPORT)).singleElement().satisfies(report -> {
            assertThat(report.period()).map(Object::toString).contains("2026-Q2");
            assertThat(report.status()).isEqualTo(DeadlineStatus.OPEN);
        });
    }

    @Test
    void aReportMeetsItsPeriodAndOwesTheNext() {
        service.deliver(Topic.PLAN, envelope(approvalOf(), 1));

        service.deliver(Topic.PLAN, envelope(PlanEvents.reported(PLAN, "m-3", "2026-Q1"), 2));

        assertThat(tracked(TrackedItemKind.PROGRESS_REPORT))
                .extracting(d -> d.period().orElseThrow() + " " + d.status())
                .containsExactlyInAnyOrder("2026-Q1 DONE", "2026-Q2 OPEN");
    }

    @Test
    void aRedeliveredReportChangesNothing() {
        service.deliver(Topic.PLAN, envelope(approvalOf(), 1));
        var reported = envelope(PlanEvents.reported(PLAN, "m-3", "2026-Q1"), 2);
        service.deliver(Topic.PLAN, reported);
        List<Deadline> before = tracked(TrackedItemKind.PROGRESS_REPORT);

        service.deliver(Topic.PLAN, reported);

        assertThat(tracked(TrackedItemKind.PROGRESS_REPORT)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aPeriodEndingUnreportedOwesTheNextAllTheSame() {
        service.deliver(Topic.PLAN, envelope(approvalOf(), 1));

        service.passAt(LocalDate.of(2026, 4, 1), LocalTime.of(8, 0));

        assertThat(tracked(TrackedItemKind.PROGRESS_REPORT))
                .extracting(d -> d.period().orElseThrow() + " " + (d.isOverdue() ? "OVERDUE" : d.status()))
                .containsExactlyInAnyOrder("2026-Q1 OVERDUE", "2026-Q2 OPEN");
    }

    @Test
    void aCompletedContinuousMeasureOwesNoMoreReports() {
        service.deliver(Topic.PLAN, envelope(approvalOf(), 1));

        service.deliver(Topic.PLAN, envelope(PlanEvents.completed(PLAN, "m-3"), 2));
        service.passAt(LocalDate.of(2026, 4, 1), LocalTime.of(8, 0));

        assertThat(tracked(TrackedItemKind.PROGRESS_REPORT)).singleElement()
                .satisfies(q1 -> assertThat(q1.status()).isEqualTo(DeadlineStatus.DONE));
        assertThat(service.published(Deadline.class, ItemOverdue.class)).isEmpty();
    }

    @Test
    void eachCadenceOwesTheReportOfItsPeriodUnderWay() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.approval(PLAN, service.today()).reportedEvery("m-5", "MONTHLY")
                .reportedQuarterly("m-6").reportedEvery("m-7", "HALF_YEARLY").reportedEvery("m-8", "YEARLY").build(), 1));

        assertThat(tracked(TrackedItemKind.PROGRESS_REPORT))
                .extracting(d -> d.itemId() + " " + d.period().orElseThrow() + " " + d.dueDate())
                .containsExactlyInAnyOrder("m-5 2026-03 2026-03-31", "m-6 2026-Q1 2026-03-31",
                        "m-7 2026-H1 2026-06-30", "m-8 2026 2026-12-31");
    }

    @Test
    void theFirstHalfYearEndsOnJune30AndTheSecondIsOwedFromJuly1() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.approval(PLAN, service.today())
                .reportedEvery("m-7", "HALF_YEARLY").build(), 1));

        service.passAt(LocalDate.of(2026, 6, 30), LocalTime.of(23, 59));
        assertThat(reports()).containsExactly("2026-H1 OPEN");
        assertThat(service.published(Deadline.class, ItemOverdue.class)).isEmpty();

        service.passAt(LocalDate.of(2026, 7, 1), LocalTime.MIDNIGHT);
        assertThat(reports()).containsExactlyInAnyOrder("2026-H1 OVERDUE", "2026-H2 OPEN");
        assertThat(service.published(Deadline.class, ItemOverdue.class)).singleElement()
                .satisfies(o -> assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30)));
        assertThat(tracked(TrackedItemKind.PROGRESS_REPORT)).as("never chased quarterly")
                .allSatisfy(d -> assertThat(d.period().orElseThrow().cadence()).isEqualTo(Cadence.HALF_YEARLY));
    }

    @Test
    void theYearsReportIsOverdueOnJanuary1AndNothingFollowsIt() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.approval(PLAN, service.today())
                .reportedEvery("m-8", "YEARLY").build(), 1));

        service.passAt(LocalDate.of(2026, 12, 31), LocalTime.of(23, 59));
        assertThat(reports()).containsExactly("2026 OPEN");

        service.passAt(LocalDate.of(2027, 1, 1), LocalTime.MIDNIGHT);
        assertThat(reports()).as("2027 is another plan year").containsExactly("2026 OVERDUE");
    }

    @Test
    void aHalfYearlyMeasureApprovedOnJuly1OwesTheSecondHalf() {
        service.clock().advanceTo(LocalDate.of(2026, 6, 30).atTime(23, 59).atZone(TaipeiTime.ZONE).toInstant());
        service.deliver(Topic.PLAN, envelope(PlanEvents.approval("plan-june", service.today())
                .reportedEvery("m-7", "HALF_YEARLY").build(), 1));
        service.clock().advanceTo(LocalDate.of(2026, 7, 1).atStartOfDay(TaipeiTime.ZONE).toInstant());
        service.deliver(Topic.PLAN, envelope(PlanEvents.approval("plan-july", service.today())
                .reportedEvery("m-7", "HALF_YEARLY").build(), 1));

        assertThat(service.deadlinesOfPlan("plan-june")).singleElement()
                .satisfies(d -> assertThat(d.period()).map(Object::toString).contains("2026-H1"));
        assertThat(service.deadlinesOfPlan("plan-july")).singleElement()
                .satisfies(d -> assertThat(d.period()).map(Object::toString).contains("2026-H2"));
    }

    @Test
    void aReportMeetsExactlyThePeriodItNames() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.approval(PLAN, service.today())
                .reportedEvery("m-7", "HALF_YEARLY").build(), 1));

        service.deliver(Topic.PLAN, envelope(PlanEvents.reported(PLAN, "m-7", "2026-Q1"), 2));
        assertThat(reports()).as("a quarter is not the half year owed").containsExactly("2026-H1 OPEN");

        service.deliver(Topic.PLAN, envelope(PlanEvents.reported(PLAN, "m-7", "2026-H1"), 3));
        assertThat(reports()).containsExactlyInAnyOrder("2026-H1 DONE", "2026-H2 OPEN");
    }

    @Test
    void aHalfYearsReportOvertakingTheApprovalLeavesOnlyTheSecondHalfOwed() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.reported(PLAN, "m-7", "2026-H1"), 4));
        service.deliver(Topic.PLAN, envelope(PlanEvents.approval(PLAN, service.today())
                .reportedEvery("m-7", "HALF_YEARLY").build(), 3));

        assertThat(reports()).containsExactly("2026-H2 OPEN");
    }

    @Test
    void aRedeliveredHalfYearsReportChangesNothing() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.approval(PLAN, service.today())
                .reportedEvery("m-7", "HALF_YEARLY").build(), 1));
        var reported = envelope(PlanEvents.reported(PLAN, "m-7", "2026-H1"), 2);
        service.deliver(Topic.PLAN, reported);
        List<Deadline> before = tracked(TrackedItemKind.PROGRESS_REPORT);

        service.deliver(Topic.PLAN, reported);

        assertThat(tracked(TrackedItemKind.PROGRESS_REPORT)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aMeasureAlreadyPastItsDueDateAtApprovalIsOverdueOnceAndEscalatedFourteenWorkingDaysLater() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.approval(PLAN, service.today())
                .measureDue("m-1", LocalDate.of(2026, 2, 1)).build(), 1));

        service.passAt(service.today(), LocalTime.of(11, 0));
        assertThat(service.published(Deadline.class, ItemOverdue.class)).extracting(ItemOverdue::itemId)
                .containsExactly("m-1");
        assertThat(service.published(Deadline.class, DeadlineApproaching.class)).as("no reminders for the past")
                .isEmpty();
        assertThat(service.published(Deadline.class, OverdueEscalated.class)).as("no burst").isEmpty();
        assertThat(service.get(OverdueCount.class).current()).isEqualTo(1);

        service.passAt(LocalDate.of(2026, 3, 5), LocalTime.of(9, 0)); // the head: 3 working days after 2 March
        assertThat(service.published(Deadline.class, OverdueEscalated.class)).extracting(OverdueEscalated::escalatedTo)
                .containsExactly(EscalationLevel.AGENCY_HEAD);
        service.passAt(LocalDate.of(2026, 3, 20), LocalTime.of(8, 59));
        assertThat(service.published(Deadline.class, OverdueEscalated.class)).hasSize(1);
        service.passAt(LocalDate.of(2026, 3, 20), LocalTime.of(9, 0));
        assertThat(service.published(Deadline.class, OverdueEscalated.class)).hasSize(2)
                .allSatisfy(e -> assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 2, 1)))
                .extracting(OverdueEscalated::escalatedTo).endsWith(EscalationLevel.SUPERVISING_BODY);
        assertThat(service.published(Deadline.class, ItemOverdue.class)).hasSize(1);
    }

    @Test
    void aPeriodThatEndedBeforeItsReportWasOwedStartsLate() {
        service.deliver(Topic.PLAN, envelope(approvalOf(), 1));

        // nobody looked from March to 10 July: Q2's report becomes owed (after Q1's) when Q2 is already over
        service.passAt(LocalDate.of(2026, 7, 10), LocalTime.NOON);

        String q2 = reportId("m-3", "2026-Q2");
        assertThat(reports()).containsExactlyInAnyOrder("2026-Q1 OVERDUE", "2026-Q2 OVERDUE", "2026-Q3 OPEN");
        assertThat(service.published(Deadline.class, ItemOverdue.class)).filteredOn(o -> o.deadlineId().equals(q2))
                .hasSize(1);
        assertThat(service.published(Deadline.class, OverdueEscalated.class))
                .noneMatch(e -> e.deadlineId().equals(q2));

        service.passAt(LocalDate.of(2026, 7, 30), LocalTime.of(9, 0));   // 14 working days after 10 July
        assertThat(service.published(Deadline.class, OverdueEscalated.class)).filteredOn(e -> e.deadlineId().equals(q2))
                .extracting(OverdueEscalated::escalatedTo).as("the head after 3, the body after 14")
                .containsExactly(EscalationLevel.AGENCY_HEAD, EscalationLevel.SUPERVISING_BODY);
    }
}
