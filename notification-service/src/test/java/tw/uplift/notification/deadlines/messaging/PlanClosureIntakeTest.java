package tw.uplift.notification.deadlines.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.platform.test.KafkaProbe.envelope;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.DeadlineEvent;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.persistence.OverdueCount;
import tw.uplift.notification.support.PlanEvents;

/**
 * {@code plan-events}: the closure of a plan's year (結案) stops every obligation of its measures. The harness
 * starts on 2026-03-02; dated measures here are due on 2026-03-20, m-3 reports quarterly.
 */
class PlanClosureIntakeTest {

    private static final String PLAN = "plan-1";
    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    private PlanApproved approval(String planId) {
        return PlanEvents.approval(planId, service.today()).measureDue("m-1", DUE).measureDue("m-2", DUE)
                .reportedQuarterly("m-3").build();
    }

    private List<String> deadlines() {
        return service.deadlinesOfPlan(PLAN).stream().filter(Deadline::isTracked)
                .map(d -> d.itemId() + d.period().map(p -> " " + p).orElse("") + " " + d.status()).toList();
    }

    private List<DeadlineEvent> sentAbout(String planId) {
        return service.published(Deadline.class, DeadlineEvent.class).stream()
                .filter(e -> service.deadline(e.aggregateId()).map(d -> planId.equals(d.planId())).orElse(false))
                .toList();
    }

    @Test
    void aClosedPlanIsChasedNoFurther() {
        service.deliver(Topic.PLAN, envelope(approval(PLAN), 1));
        service.deliver(Topic.PLAN, envelope(PlanEvents.completed(PLAN, "m-2"), 2));
        service.passAt(LocalDate.of(2026, 3, 21), LocalTime.NOON); // m-1 overdue
        assertThat(service.get(OverdueCount.class).current()).isEqualTo(1);
        int sent = sentAbout(PLAN).size();

        service.deliver(Topic.PLAN, envelope(PlanEvents.closed(PLAN, service.today()), 3));
        service.passAt(LocalDate.of(2026, 7, 10), LocalTime.NOON);

        assertThat(deadlines()).containsExactlyInAnyOrder("m-1 CANCELLED", "m-2 DONE", "m-3 2026-Q1 CANCELLED");
        assertThat(sentAbout(PLAN)).as("no escalation, no overdue report, no reminder after the closure")
                .hasSize(sent);
        assertThat(service.get(OverdueCount.class).current()).isZero();
    }

    @Test
    void aReportAfterTheClosureOwesNoNextPeriod() {
        service.deliver(Topic.PLAN, envelope(approval(PLAN), 1));
        service.deliver(Topic.PLAN, envelope(PlanEvents.closed(PLAN, service.today()), 2));

        service.deliver(Topic.PLAN, envelope(PlanEvents.reported(PLAN, "m-3", "2026-Q1"), 3));

        assertThat(deadlines()).filteredOn(d -> d.startsWith("m-3")).containsExactly("m-3 2026-Q1 CANCELLED");
    }

    @Test
    void aRedeliveredClosureCountsDownOnce() {
        service.deliver(Topic.PLAN, envelope(approval(PLAN), 1));
        service.deliver(Topic.PLAN, envelope(approval("plan-2"), 1));
        service.passAt(LocalDate.of(2026, 3, 21), LocalTime.NOON);
        assertThat(service.get(OverdueCount.class).current()).isEqualTo(4); // m-1 and m-2 of each plan

        var closed = envelope(PlanEvents.closed(PLAN, service.today()), 2);
        service.deliver(Topic.PLAN, closed);
        service.deliver(Topic.PLAN, closed);

        assertThat(service.get(OverdueCount.class).current()).isEqualTo(2);
        assertThat(service.deadlinesOfPlan("plan-2")).filteredOn(Deadline::isTracked)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.OPEN));
    }

    @Test
    void aClosureOvertakingTheApprovalLeavesNothingTracked() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.closed(PLAN, service.today()), 9));
        service.deliver(Topic.PLAN, envelope(approval(PLAN), 1));
        service.deliver(Topic.PLAN, envelope(PlanEvents.amendment(PLAN, service.today())
                .measureDue("m-4", DUE).amended(), 5));

        assertThat(deadlines()).isEmpty();
        service.passAt(LocalDate.of(2026, 4, 1), LocalTime.NOON);
        assertThat(service.published(Deadline.class, ItemOverdue.class)).isEmpty();
    }
}
