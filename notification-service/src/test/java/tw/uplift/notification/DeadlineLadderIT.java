package tw.uplift.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.uplift.notification.support.NotificationApi.linksOf;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.notification.NotificationDelivered;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.support.NotificationApi;
import tw.uplift.notification.support.PlanEvents;
import tw.uplift.notification.support.ReviewEvents;
import tw.uplift.platform.calendar.OfficeCalendar;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.time.MovableClock;

/**
 * The reminder ladder end to end: plan and review events in over the broker, the clock moved, deadline events
 * and inbox items out. Every test has a plan of its own and dates relative to the (shared, forward-only) clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=notification-service", "uplift.deadlines.tick-interval=PT0.2S"})
@WithUpliftInfrastructure
class DeadlineLadderIT {

    private static final String AGENCY = PlanEvents.AGENCY;
    private static final String CLERK = TestTokens.agencyStaff("clerk", AGENCY);
    private static final String OTHER_CLERK = TestTokens.agencyStaff("clerk2", "kcg-household-xinxing");
    private static final String REVIEWER = TestTokens.reviewer("reviewer", "kcg-rdec", null);
    private static final Duration QUIET = Duration.ofMillis(700);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    MovableClock clock;

    @Autowired
    OfficeCalendar calendar;

    @Autowired
    TopicNames topics;

    @Autowired
    MeterRegistry meters;

    @Autowired
    MongoTemplate mongo;

    @LocalServerPort
    int port;

    NotificationApi api;
    String planId;
    LocalDate today;

    @BeforeEach
    void newPlan() {
        api = new NotificationApi(port);
        planId = "plan-" + UUID.randomUUID();
        today = TaipeiTime.today(clock);
    }

    /** m-1 due in 10 days, m-2 in 12, m-3 continuous (quarterly reports). */
    private PlanApproved approval() {
        return PlanEvents.approval(planId, today).measureDue("m-1", today.plusDays(10))
                .measureDue("m-2", today.plusDays(12)).reportedQuarterly("m-3").build();
    }

    private void send(Topic topic, EventEnvelope<?> event) {
        KafkaProbe.send(topics.of(topic), event);
    }

    private void approved() {
        send(Topic.PLAN, KafkaProbe.envelope(approval(), 1));
        await().atMost(WAIT).until(() -> api.deadlines(CLERK, planId).size() == 3);
    }

    @Test
    void anApprovedPlanIsTrackedForItsAgencyOnly() {
        approved();

        assertThat(api.deadlines(CLERK, planId)).extracting(d -> d.get("kind") + ":" + d.get("itemId"))
                .containsExactlyInAnyOrder("MEASURE:m-1", "MEASURE:m-2", "PROGRESS_REPORT:m-3");
        assertThat(api.deadlines(CLERK, planId)).filteredOn(d -> "PROGRESS_REPORT".equals(d.get("kind")))
                .singleElement().satisfies(d -> assertThat(LocalDate.parse((String) d.get("dueDate")))
                        .isAfterOrEqualTo(today).isBefore(today.plusMonths(3).plusDays(1)));
        assertThat(api.deadlines(OTHER_CLERK, planId)).isEmpty();
    }

    @Test
    void remindsTheAgencySevenDaysBeforeEachDueDate() {
        approved();

        advanceTo(today.plusDays(6), LocalTime.NOON); // past due-7 of both measures, before due-1 of either

        awaitUntil(() -> measureNotices(CLERK, "DEADLINE_APPROACHING").size() == 2);
        assertThat(measureEvents(DeadlineApproaching.class))
                .extracting(a -> a.itemId() + ":" + a.daysLeft()).containsExactlyInAnyOrder("m-1:7", "m-2:7");
        assertThat(measureNotices(CLERK, "DEADLINE_APPROACHING"))
                .allSatisfy(i -> assertThat((String) i.get("title")).startsWith("屆期提醒："))
                .extracting(i -> linksOf(i).get("measureId")).containsExactlyInAnyOrder("m-1", "m-2");
        assertThat(api.inbox(OTHER_CLERK)).noneMatch(i -> planId.equals(linksOf(i).get("planId")));
    }

    @Test
    void flagsAMeasureOverdueTheDayAfterItsDueDateWithoutLateReminders() {
        approved();

        // one jump: m-1 is overdue (both its reminders overtaken), m-2 is a day from due (its 7-day one overtaken)
        advanceTo(today.plusDays(11), LocalTime.NOON);

        awaitUntil(() -> measureNotices(CLERK, "ITEM_OVERDUE").size() == 1
                && measureNotices(CLERK, "DEADLINE_APPROACHING").size() == 1);
        assertThat(measureEvents(ItemOverdue.class)).extracting(ItemOverdue::itemId).containsExactly("m-1");
        assertThat(measureEvents(DeadlineApproaching.class)).extracting(a -> a.itemId() + ":" + a.daysLeft())
                .containsExactly("m-2:1");
        assertThat(meters.get("uplift.deadlines.overdue").gauge().value()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void escalatesToTheSupervisingBodyFourteenDaysOverdue() {
        approved();

        advanceTo(escalationOf(today.plusDays(12)), LocalTime.NOON);

        // each measure: the agency head after 3 working days, the supervising body after 14; the agency hears both
        awaitUntil(() -> measureNotices(CLERK, "OVERDUE_ESCALATED").size() == 4);
        await().atMost(WAIT).until(() -> api.inbox(REVIEWER).stream().filter(i -> "OVERDUE_ESCALATED".equals(i.get("kind")))
                .filter(i -> planId.equals(linksOf(i).get("planId"))).count() == 2);
        assertThat(measureEvents(OverdueEscalated.class)).filteredOn(OverdueEscalated::reachesSupervisingBody)
                .extracting(OverdueEscalated::itemId).containsExactlyInAnyOrder("m-1", "m-2");
        assertThat(measureEvents(OverdueEscalated.class)).filteredOn(e -> !e.reachesSupervisingBody())
                .extracting(OverdueEscalated::itemId).containsExactlyInAnyOrder("m-1", "m-2");
        // the head reads the agency's inbox (4) and its own (the 2 head escalations)
        String head = TestTokens.agencyHead("head", AGENCY);
        await().atMost(WAIT).until(() -> api.inbox(head).stream().filter(i -> planId.equals(linksOf(i).get("planId")))
                .filter(i -> "OVERDUE_ESCALATED".equals(i.get("kind"))).count() == 6);
        assertThat(api.inbox(head)).filteredOn(i -> ("agency-head:" + AGENCY).equals(i.get("recipient")))
                .filteredOn(i -> planId.equals(linksOf(i).get("planId")))
                .allSatisfy(i -> assertThat((String) i.get("title")).startsWith("逾期查催：")).hasSize(2);
        assertThat(api.inbox(CLERK)).as("staff do not read the head's inbox")
                .noneMatch(i -> ("agency-head:" + AGENCY).equals(i.get("recipient")));
    }

    @Test
    void aCompletedMeasureIsChasedNoFurther() {
        approved();
        send(Topic.PLAN, KafkaProbe.envelope(PlanEvents.completed(planId, "m-2"), 2));
        await().atMost(WAIT).until(() -> statusOf("m-2").equals("DONE"));

        advanceTo(escalationOf(today.plusDays(12)), LocalTime.NOON);

        awaitUntil(() -> measureNotices(CLERK, "OVERDUE_ESCALATED").size() == 2); // the head's and the body's
        assertThat(measureEvents(ItemOverdue.class)).extracting(ItemOverdue::itemId).containsExactly("m-1");
        assertThat(measureEvents(OverdueEscalated.class)).extracting(OverdueEscalated::itemId).containsOnly("m-1")
                .hasSize(2);
    }

    @Test
    void aRedeliveredApprovalOverTheBrokerTellsNobodyTwice() {
        EventEnvelope<PlanApproved> approval = KafkaProbe.envelope(approval(), 1);
        send(Topic.PLAN, approval);
        send(Topic.PLAN, approval);
        // the same plan's events share a partition: once this one is applied, the redelivery was too
        send(Topic.PLAN, KafkaProbe.envelope(PlanEvents.completed(planId, "m-2"), 2));
        await().atMost(WAIT).until(() -> statusOf("m-2").equals("DONE"));

        advanceTo(today.plusDays(6), LocalTime.NOON);

        awaitUntil(() -> measureNotices(CLERK, "DEADLINE_APPROACHING").size() == 1);
        assertThat(api.deadlines(CLERK, planId)).hasSize(3);
        assertThat(measureEvents(DeadlineApproaching.class)).extracting(DeadlineApproaching::itemId)
                .containsExactly("m-1");
        Map<String, Long> delivered = readAll(Topic.NOTIFICATION).stream().map(NotificationDelivered.class::cast)
                .collect(Collectors.groupingBy(NotificationDelivered::notificationId, Collectors.counting()));
        assertThat(api.inbox(CLERK)).filteredOn(i -> planId.equals(linksOf(i).get("planId")))
                .allSatisfy(i -> assertThat(delivered.get((String) i.get("id"))).as("delivered once").isEqualTo(1L));
    }

    @Test
    void aCompletionOvertakingTheApprovalOverTheBrokerLeavesTheMeasureUntracked() {
        send(Topic.PLAN, KafkaProbe.envelope(PlanEvents.completed(planId, "m-1"), 5));
        send(Topic.PLAN, KafkaProbe.envelope(approval(), 3));

        await().atMost(WAIT).until(() -> api.deadlines(CLERK, planId).size() == 2);
        assertThat(api.deadlines(CLERK, planId)).extracting(d -> d.get("itemId")).containsExactlyInAnyOrder("m-2", "m-3");
        assertThat(mongo.findById(Deadline.idOfMeasure(planId, "m-1"), Deadline.class))
                .satisfies(placeholder -> assertThat(placeholder.isTracked()).isFalse());
    }

    @Test
    void anAmendmentOverTheBrokerMovesADueDateAndReleasesADroppedMeasure() {
        approved();

        send(Topic.PLAN, KafkaProbe.envelope(PlanEvents.amendment(planId, today).measureDue("m-1", today.plusDays(40))
                .reportedEvery("m-3", "HALF_YEARLY").amended(), 2));

        await().atMost(WAIT).until(() -> statusOf("m-2").equals("CANCELLED"));
        assertThat(api.deadlines(CLERK, planId)).filteredOn(d -> "m-1".equals(d.get("itemId"))).singleElement()
                .satisfies(d -> assertThat(d.get("dueDate")).isEqualTo(today.plusDays(40).toString()));
        assertThat(api.deadlines(CLERK, planId)).filteredOn(d -> "m-3".equals(d.get("itemId")))
                .filteredOn(d -> "OPEN".equals(d.get("status"))).singleElement()
                .satisfies(d -> assertThat((String) d.get("period")).contains("-H"));
    }

    @Test
    void aClosureOverTheBrokerStopsEveryObligationOfThePlan() {
        approved();

        send(Topic.PLAN, KafkaProbe.envelope(PlanEvents.closed(planId, today), 2));

        await().atMost(WAIT).until(() -> api.deadlines(CLERK, planId).stream()
                .allMatch(d -> "CANCELLED".equals(d.get("status"))));
        assertThat(api.deadlines(CLERK, planId)).allSatisfy(d -> assertThat(d.get("nextStepAt")).isNull());
    }

    @Test
    void tellsTheReviewerOfANewTaskAndTracksItsDueDate() {
        String taskId = assignedTask(today.plusDays(400));

        Map<String, Object> item = assignmentNotice(taskId);
        assertThat((String) item.get("title")).startsWith("新審查任務");
        assertThat(item.get("recipient")).isEqualTo("user:reviewer");
        assertThat(api.inbox(CLERK)).noneMatch(i -> taskId.equals(linksOf(i).get("taskId")));
        await().atMost(WAIT).until(() -> api.deadlines(TestTokens.admin(), planId).size() == 1);
        assertThat(api.deadlines(TestTokens.admin(), planId)).singleElement().satisfies(d -> {
            assertThat(d.get("kind")).isEqualTo("REVIEW_TASK");
            assertThat(d.get("itemId")).isEqualTo(taskId);
        });
    }

    @Test
    void onlyItsRecipientCanMarkANoticeRead() {
        Map<String, Object> item = assignmentNotice(assignedTask(today.plusDays(400)));

        assertThat(api.markRead(CLERK, item.get("id")).status()).isEqualTo(404);
        var read = api.markRead(REVIEWER, item.get("id"));
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        assertThat(read.body().get("readAt").isNull()).isFalse();
        var again = api.markRead(REVIEWER, item.get("id"));
        assertThat(Instant.parse(again.body().get("readAt").asString())).as("the first time is kept (to the ms stored)")
                .isEqualTo(Instant.parse(read.body().get("readAt").asString()).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void aCompletedReviewTaskIsNoLongerTracked() {
        String taskId = assignedTask(today.plusDays(400));
        await().atMost(WAIT).until(() -> api.deadlines(TestTokens.admin(), planId).size() == 1);

        send(Topic.REVIEW, KafkaProbe.envelope(ReviewEvents.planApprovalCompleted(taskId, planId, "reviewer"), 2));

        await().atMost(WAIT).until(() -> api.deadlines(TestTokens.admin(), planId).stream()
                .allMatch(d -> "DONE".equals(d.get("status"))));
    }

    @Test
    void aCompletionOvertakingItsAssignmentOverTheBrokerLeavesTheTaskUntracked() {
        String taskId = "task-" + UUID.randomUUID();
        send(Topic.REVIEW, KafkaProbe.envelope(ReviewEvents.planApprovalCompleted(taskId, planId, "reviewer"), 2));
        send(Topic.REVIEW, KafkaProbe.envelope(
                ReviewEvents.planApprovalAssigned(taskId, planId, "reviewer", today.plusDays(20)), 1));

        // the task's events share a partition: once the decision is taken in, so was the assignment before it
        send(Topic.REVIEW, KafkaProbe.envelope(ReviewEvents.planApproved(taskId, planId, "reviewer"), 3));
        await().atMost(WAIT).until(() -> api.inbox(CLERK, planId, "PLAN_APPROVED").size() == 1);

        assertThat(assignmentNotice(taskId)).as("the assignment itself was taken in").isNotNull();
        assertThat(mongo.findById(Deadline.idOfReviewTask(taskId), Deadline.class).isTracked()).isFalse();
        assertThat(api.deadlines(TestTokens.admin(), planId)).isEmpty();
    }

    @Test
    void aCorrectiveActionOverTheBrokerIsChasedForTheAgencyUntilItAnswers() {
        String actionId = "action-" + UUID.randomUUID();
        var required = KafkaProbe.envelope(
                ReviewEvents.correctiveActionRequired(actionId, planId, today.plusDays(400)), 1);
        send(Topic.REVIEW, required);
        send(Topic.REVIEW, required);

        await().atMost(WAIT).until(() -> statusOf(actionId).equals("OPEN"));
        assertThat(api.inbox(CLERK, planId, "CORRECTIVE_ACTION_REQUIRED")).singleElement()
                .satisfies(i -> assertThat((String) i.get("title")).startsWith("改善事項："));
        assertThat(api.deadlines(OTHER_CLERK, planId)).isEmpty();

        send(Topic.REVIEW, KafkaProbe.envelope(ReviewEvents.correctiveActionResponded(actionId, planId), 2));

        await().atMost(WAIT).until(() -> statusOf(actionId).equals("DONE"));
        assertThat(api.deadlines(CLERK, planId)).singleElement()
                .satisfies(d -> assertThat(d.get("nextStepAt")).isNull());
        assertThat(api.inbox(CLERK, planId, "CORRECTIVE_ACTION_REQUIRED")).as("told once").hasSize(1);
    }

    @Test
    void anAnswerOvertakingItsCorrectiveActionOverTheBrokerLeavesItAnswered() {
        String actionId = "action-" + UUID.randomUUID();
        send(Topic.REVIEW, KafkaProbe.envelope(ReviewEvents.correctiveActionResponded(actionId, planId), 2));
        send(Topic.REVIEW, KafkaProbe.envelope(
                ReviewEvents.correctiveActionRequired(actionId, planId, today.plusDays(400)), 1));

        // A record under the same key shares the action's partition: once its notice is in, so was the requirement.
        String barrier = actionId;
        send(Topic.REVIEW, KafkaProbe.envelope(
                ReviewEvents.planApprovalAssigned(barrier, planId, "reviewer", today.plusDays(400)), 1));
        assignmentNotice(barrier);

        assertThat(mongo.findById(Deadline.idOfCorrectiveAction(actionId), Deadline.class)).satisfies(d -> {
            assertThat(d.isTracked()).isFalse();
            assertThat(d.status().name()).isEqualTo("DONE");
        });
        assertThat(api.inbox(CLERK, planId, "CORRECTIVE_ACTION_REQUIRED")).isEmpty();
    }

    private String assignedTask(LocalDate due) {
        String taskId = "task-" + UUID.randomUUID();
        send(Topic.REVIEW, KafkaProbe.envelope(ReviewEvents.planApprovalAssigned(taskId, planId, "reviewer", due), 1));
        return taskId;
    }

    private Map<String, Object> assignmentNotice(String taskId) {
        return await().atMost(WAIT).until(() -> api.inbox(REVIEWER).stream()
                .filter(i -> taskId.equals(linksOf(i).get("taskId")))
                .filter(i -> "REVIEW_TASK_ASSIGNED".equals(i.get("kind"))).findFirst(), found -> found.isPresent())
                .orElseThrow();
    }

    private String statusOf(String measureId) {
        return api.deadlines(CLERK, planId).stream().filter(d -> measureId.equals(d.get("itemId")))
                .map(d -> (String) d.get("status")).findFirst().orElse("");
    }

    /** The clerk's notices about this plan's dated measures, of one kind. */
    private List<Map<String, Object>> measureNotices(String token, String kind) {
        return api.inbox(token, planId, kind).stream().filter(i -> !"m-3".equals(linksOf(i).get("measureId")))
                .toList();
    }

    /** Waits for a condition; on timeout, says where the schedule stands (cursor, buckets, deadlines). */
    private void awaitUntil(Callable<Boolean> condition) {
        try {
            await().atMost(WAIT).until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("timed out at " + clock.instant() + "; cursor "
                    + mongo.findAll(Document.class, "deadline_cursor") + "; buckets "
                    + mongo.findAll(Document.class, "deadline_buckets") + "; deadlines "
                    + api.deadlines(CLERK, planId) + "; inbox " + api.inbox(CLERK) + "; markers "
                    + mongo.findAll(Document.class, "outbox_markers"), e);
        }
    }

    /** The day a measure due on {@code due} is escalated: 14 working days later (春節 can make that a month). */
    private LocalDate escalationOf(LocalDate due) {
        return calendar.plusWorkingDays(due, 14);
    }

    private void advanceTo(LocalDate date, LocalTime time) {
        Duration by = Duration.between(clock.instant(), date.atTime(time).atZone(TaipeiTime.ZONE).toInstant());
        if (!by.isNegative()) {
            clock.advance(by);
        }
    }

    /** The deadline events about this plan's dated measures (escalations carry no plan id, so by deadline id). */
    private <E extends DomainEvent> List<E> measureEvents(Class<E> type) {
        List<String> ids = List.of(Deadline.idOfMeasure(planId, "m-1"), Deadline.idOfMeasure(planId, "m-2"));
        return readAll(Topic.DEADLINE).stream().filter(type::isInstance).filter(e -> ids.contains(e.aggregateId()))
                .map(type::cast).toList();
    }

    private List<DomainEvent> readAll(Topic topic) {
        return KafkaProbe.readAll(topics.of(topic), QUIET).stream().map(r -> KafkaProbe.decode(r).payload())
                .map(DomainEvent.class::cast).toList();
    }
}
