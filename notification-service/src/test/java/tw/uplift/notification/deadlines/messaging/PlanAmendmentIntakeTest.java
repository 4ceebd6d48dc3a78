package tw.uplift.notification.deadlines.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.platform.test.KafkaProbe.envelope;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.EscalationLevel;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.persistence.OverdueCount;
import tw.uplift.notification.support.PlanEvents;

/**
 * {@code plan-events}: an amended plan (計畫修正) re-lists its measures, and the tracker follows the new list.
 * The harness starts on 2026-03-02; the plan is approved with m-1 and m-2 due on 2026-03-20 and m-3 reporting
 * quarterly (event 1), amendments come after it.
 */
class PlanAmendmentIntakeTest {

    private static final String PLAN = "plan-1";
    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);
    private static final LocalDate LATER = LocalDate.of(2026, 4, 20);

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    private void approved() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.approval(PLAN, service.today()).measureDue("m-1", DUE)
                .measureDue("m-2", DUE).reportedQuarterly("m-3").build(), 1));
    }

    private PlanEvents.Measures amendment() {
        return PlanEvents.amendment(PLAN, service.today());
    }

    /** Each tracked deadline of the plan as {@code "<measure> [<period>] <status or OVERDUE>"}. */
    private List<String> deadlines() {
        return service.deadlinesOfPlan(PLAN).stream().filter(Deadline::isTracked)
                .map(d -> d.itemId() + d.period().map(p -> " " + p).orElse("") + " "
                        + (d.isOverdue() ? "OVERDUE" : d.status()))
                .toList();
    }

    private Deadline measure(String measureId) {
        return service.deadline(Deadline.idOfMeasure(PLAN, measureId)).orElseThrow();
    }

    private List<String> reminders() {
        return service.published(Deadline.class, DeadlineApproaching.class).stream()
                .map(a -> a.itemId() + ":" + a.daysLeft() + ":" + a.dueDate()).toList();
    }

    @Test
    void newMeasuresAreTrackedAndDroppedOnesReleased() {
        approved();

        service.deliver(Topic.PLAN, envelope(amendment().measureDue("m-1", DUE).measureDue("m-4", LATER).amended(), 2));

        assertThat(deadlines()).containsExactlyInAnyOrder("m-1 OPEN", "m-2 CANCELLED", "m-3 2026-Q1 CANCELLED",
                "m-4 OPEN");
        service.passAt(LocalDate.of(2026, 4, 21), LocalTime.NOON);
        assertThat(service.published(Deadline.class, ItemOverdue.class)).extracting(ItemOverdue::itemId)
                .containsExactlyInAnyOrder("m-1", "m-4");
        assertThat(deadlines()).as("no report owed for m-3 any more").noneMatch(d -> d.startsWith("m-3 2026-Q2"));
    }

    @Test
    void aMovedDueDateMovesTheStepsStillToComeAndSendsNothingTwice() {
        approved();
        service.passAt(LocalDate.of(2026, 3, 13), LocalTime.NOON); // the 7-day reminders for 20 March went out

        service.deliver(Topic.PLAN, envelope(amendment().measureDue("m-1", LATER).measureDue("m-2", DUE)
                .reportedQuarterly("m-3").amended(), 2));
        service.passAt(LocalDate.of(2026, 3, 21), LocalTime.NOON);
        service.passAt(LocalDate.of(2026, 4, 13), LocalTime.NOON);
        service.passAt(LocalDate.of(2026, 4, 19), LocalTime.NOON);
        service.passAt(LocalDate.of(2026, 4, 21), LocalTime.NOON);

        assertThat(measure("m-1").dueDate()).isEqualTo(LATER);
        assertThat(reminders()).filteredOn(r -> r.startsWith("m-1")).as("remind-7 was sent for the old date")
                .containsExactly("m-1:7:2026-03-20", "m-1:1:2026-04-20");
        assertThat(service.published(Deadline.class, ItemOverdue.class))
                .filteredOn(o -> o.itemKind() == TrackedItemKind.MEASURE).extracting(o -> o.itemId() + ":" + o.dueDate())
                .containsExactlyInAnyOrder("m-2:2026-03-20", "m-1:2026-04-20");
    }

    @Test
    void aChangedCadenceOwesTheNewPeriodInstead() {
        approved();

        service.deliver(Topic.PLAN, envelope(amendment().measureDue("m-1", DUE).measureDue("m-2", DUE)
                .reportedEvery("m-3", "HALF_YEARLY").amended(), 2));
        service.passAt(LocalDate.of(2026, 4, 1), LocalTime.NOON);

        assertThat(deadlines()).filteredOn(d -> d.startsWith("m-3"))
                .containsExactlyInAnyOrder("m-3 2026-Q1 CANCELLED", "m-3 2026-H1 OPEN");
        assertThat(service.published(Deadline.class, ItemOverdue.class)).noneMatch(o -> o.itemId().equals("m-3"));
    }

    @Test
    void aReportMissedBeforeTheCadenceChangedStaysMissed() {
        approved();
        service.passAt(LocalDate.of(2026, 4, 2), LocalTime.NOON); // Q1 unreported, Q2 owed

        service.deliver(Topic.PLAN, envelope(amendment().measureDue("m-1", DUE).measureDue("m-2", DUE)
                .reportedEvery("m-3", "HALF_YEARLY").amended(), 2));

        assertThat(deadlines()).filteredOn(d -> d.startsWith("m-3"))
                .containsExactlyInAnyOrder("m-3 2026-Q1 OVERDUE", "m-3 2026-Q2 CANCELLED", "m-3 2026-H1 OPEN");
        service.deliver(Topic.PLAN, envelope(PlanEvents.reported(PLAN, "m-3", "2026-Q1"), 3));
        assertThat(deadlines()).as("the late Q1 report meets Q1 and owes no Q2").filteredOn(d -> d.startsWith("m-3"))
                .containsExactlyInAnyOrder("m-3 2026-Q1 DONE", "m-3 2026-Q2 CANCELLED", "m-3 2026-H1 OPEN");
    }

    @Test
    void aPeriodOverBeforeTheCadenceChangedIsFollowedOnTheNewCadenceOnly() {
        approved();
        // 1 April: Q1 is over, but the scheduler has not flagged it yet when the amendment comes in
        service.clock().advanceTo(LocalDate.of(2026, 4, 1).atTime(8, 0).atZone(TaipeiTime.ZONE).toInstant());
        service.deliver(Topic.PLAN, envelope(amendment().measureDue("m-1", DUE).measureDue("m-2", DUE)
                .reportedEvery("m-3", "HALF_YEARLY").amended(), 2));

        service.passAt(LocalDate.of(2026, 4, 1), LocalTime.NOON);

        assertThat(deadlines()).filteredOn(d -> d.startsWith("m-3")).as("no Q2 after the overdue Q1")
                .containsExactlyInAnyOrder("m-3 2026-Q1 OVERDUE", "m-3 2026-H1 OPEN");
    }

    @Test
    void aPeriodReportedAheadOfItsCadenceIsMetAndTheNextOneOwed() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.approval(PLAN, service.today())
                .reportedEvery("m-3", "HALF_YEARLY").build(), 1));
        service.deliver(Topic.PLAN, envelope(PlanEvents.reported(PLAN, "m-3", "2026-Q1"), 2)); // meets nothing yet

        service.deliver(Topic.PLAN, envelope(amendment().reportedQuarterly("m-3").amended(), 3));

        assertThat(deadlines()).containsExactlyInAnyOrder("m-3 2026-H1 CANCELLED", "m-3 2026-Q2 OPEN");
    }

    @Test
    void aDatedMeasureMadeContinuousReportsAndAContinuousOneMadeDatedIsDue() {
        approved();

        service.deliver(Topic.PLAN, envelope(amendment().reportedEvery("m-1", "MONTHLY").measureDue("m-2", DUE)
                .measureDue("m-3", LATER).amended(), 2));

        assertThat(deadlines()).containsExactlyInAnyOrder("m-1 CANCELLED", "m-1 2026-03 OPEN", "m-2 OPEN",
                "m-3 2026-Q1 CANCELLED", "m-3 OPEN");
    }

    @Test
    void aPlanTrackedBeforeListsWereKeptReleasesWhatItsAmendmentDrops() {
        approved();
        // as a plan approved by the previous release stands: its deadlines, no list of its measures
        service.get(MongoTemplate.class).remove(Query.query(Criteria.where("_id").is(PLAN)), "plan_tracks");
        service.get(MongoTemplate.class).updateMulti(new Query(), new Update().unset("cadence"), "measure_tracks");

        service.deliver(Topic.PLAN, envelope(amendment().measureDue("m-1", DUE).amended(), 2));

        assertThat(deadlines()).containsExactlyInAnyOrder("m-1 OPEN", "m-2 CANCELLED", "m-3 2026-Q1 CANCELLED");
    }

    @Test
    void anAmendmentWithoutAListLeavesTheDeadlinesAsTheyAre() {
        approved();
        List<Deadline> before = service.deadlinesOfPlan(PLAN);

        service.deliver(Topic.PLAN, envelope(PlanEvents.amendedWithoutList(PLAN), 2));

        assertThat(service.deadlinesOfPlan(PLAN)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aMeasureAlreadyPastItsNewDueDateIsOverdueOnceAndEscalatedCountingFromTheAmendment() {
        approved();

        service.deliver(Topic.PLAN, envelope(amendment().measureDue("m-1", LocalDate.of(2026, 2, 1))
                .measureDue("m-2", DUE).reportedQuarterly("m-3").amended(), 2));
        service.passAt(service.today(), LocalTime.of(11, 0));

        assertThat(service.published(Deadline.class, ItemOverdue.class)).extracting(ItemOverdue::itemId)
                .containsExactly("m-1");
        assertThat(service.published(Deadline.class, OverdueEscalated.class)).isEmpty();
        // the head 3 working days from the amendment on Monday 2 March, the body 14
        assertThat(measure("m-1").pendingStepTimes()).containsExactly(
                LocalDate.of(2026, 3, 5).atTime(9, 0).atZone(TaipeiTime.ZONE).toInstant(),
                LocalDate.of(2026, 3, 20).atTime(9, 0).atZone(TaipeiTime.ZONE).toInstant());
    }

    @Test
    void aReleasedMeasureListedAgainSendsNothingTwice() {
        approved();
        service.passAt(LocalDate.of(2026, 3, 21), LocalTime.NOON); // m-1 and m-2 overdue
        service.deliver(Topic.PLAN, envelope(amendment().measureDue("m-2", DUE).reportedQuarterly("m-3").amended(), 2));
        assertThat(service.get(OverdueCount.class).current()).isEqualTo(1);

        service.deliver(Topic.PLAN, envelope(amendment().measureDue("m-1", DUE).measureDue("m-2", DUE)
                .reportedQuarterly("m-3").amended(), 3));
        service.passAt(LocalDate.of(2026, 4, 13), LocalTime.NOON);

        assertThat(measure("m-1").status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(service.get(OverdueCount.class).current()).isEqualTo(3); // m-1, m-2, m-3's Q1 report
        assertThat(service.published(Deadline.class, ItemOverdue.class)).filteredOn(o -> o.itemId().equals("m-1"))
                .hasSize(1);
        assertThat(service.published(Deadline.class, OverdueEscalated.class)).filteredOn(e -> e.itemId().equals("m-1"))
                .as("14 working days from the day it was listed again (21 March; 3 and 6 April off): 13 April; the "
                        + "head's 3 before it").extracting(OverdueEscalated::escalatedTo)
                .containsExactlyInAnyOrder(EscalationLevel.AGENCY_HEAD, EscalationLevel.SUPERVISING_BODY);
    }

    @Test
    void aCompletedMeasureStaysDoneWhateverTheAmendmentSays() {
        approved();
        service.deliver(Topic.PLAN, envelope(PlanEvents.completed(PLAN, "m-1"), 2));
        service.deliver(Topic.PLAN, envelope(PlanEvents.completed(PLAN, "m-3"), 3));

        service.deliver(Topic.PLAN, envelope(amendment().measureDue("m-1", LATER).measureDue("m-2", DUE)
                .reportedEvery("m-3", "MONTHLY").amended(), 4));

        assertThat(deadlines()).containsExactlyInAnyOrder("m-1 DONE", "m-2 OPEN", "m-3 2026-Q1 DONE");
        assertThat(measure("m-1").dueDate()).isEqualTo(DUE);
    }

    @Test
    void aRedeliveredAmendmentChangesNothing() {
        approved();
        var amended = envelope(amendment().measureDue("m-1", LATER).measureDue("m-4", LATER)
                .reportedEvery("m-3", "HALF_YEARLY").amended(), 2);
        service.deliver(Topic.PLAN, amended);
        List<Deadline> before = service.deadlinesOfPlan(PLAN);

        service.deliver(Topic.PLAN, amended);
        service.passAt(LocalDate.of(2026, 4, 14), LocalTime.NOON);

        assertThat(service.deadlinesOfPlan(PLAN)).hasSameSizeAs(before);
        assertThat(reminders()).containsExactlyInAnyOrder("m-1:7:2026-04-20", "m-4:7:2026-04-20");
    }

    @Test
    void anAmendmentOvertakenByANewerOneChangesNothing() {
        approved();
        service.deliver(Topic.PLAN, envelope(amendment().measureDue("m-1", LATER).measureDue("m-4", LATER)
                .reportedQuarterly("m-3").amended(), 3));

        // the older amendment, replayed late: it kept m-2, added m-5 and made m-3 monthly
        service.deliver(Topic.PLAN, envelope(amendment().measureDue("m-1", DUE).measureDue("m-2", DUE)
                .measureDue("m-5", DUE).reportedEvery("m-3", "MONTHLY").amended(), 2));

        assertThat(deadlines()).containsExactlyInAnyOrder("m-1 OPEN", "m-2 CANCELLED", "m-3 2026-Q1 OPEN",
                "m-4 OPEN");
        assertThat(measure("m-1").dueDate()).isEqualTo(LATER);
    }

    @Test
    void anAmendmentOvertakingTheApprovalIsTheListInForce() {
        service.deliver(Topic.PLAN, envelope(amendment().measureDue("m-1", LATER).reportedQuarterly("m-3").amended(), 2));

        approved();

        assertThat(deadlines()).containsExactlyInAnyOrder("m-1 OPEN", "m-3 2026-Q1 OPEN");
        assertThat(measure("m-1").dueDate()).isEqualTo(LATER);
        assertThat(service.deadlinesOfPlan(PLAN)).noneMatch(d -> d.kind() == TrackedItemKind.MEASURE
                && d.itemId().equals("m-2"));
    }
}
