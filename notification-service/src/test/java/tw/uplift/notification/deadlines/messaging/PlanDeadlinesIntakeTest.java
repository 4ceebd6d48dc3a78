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
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.persistence.OverdueCount;
import tw.uplift.notification.support.PlanEvents;
import tw.uplift.platform.events.EventEnvelope;

/**
 * {@code plan-events} into deadlines, through the intake as production wires it. The harness starts on
 * 2026-03-02 (the first quarter under way); dated measures here are due on 2026-03-20.
 */
class PlanDeadlinesIntakeTest {

    private static final String PLAN = "plan-1";
    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    private PlanApproved approvalOf(String... dueMeasures) {
        PlanEvents.Approval approval = PlanEvents.approval(PLAN, service.today());
        for (String m : dueMeasures) {
            approval.measureDue(m, DUE);
        }
        return approval.reportedQuarterly("m-3").build();
    }

    private List<Deadline> tracked(TrackedItemKind kind) {
        return service.deadlinesOfPlan(PLAN).stream().filter(Deadline::isTracked).filter(d -> d.kind() == kind)
                .toList();
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
}
