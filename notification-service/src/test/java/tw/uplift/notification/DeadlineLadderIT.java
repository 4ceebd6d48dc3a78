package tw.uplift.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.notification.NotificationDelivered;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.TrackedMeasure;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.notification.deadlines.DeadlineLadder;
import tw.uplift.platform.messaging.TopicNames;
import tw.uplift.platform.test.KafkaProbe;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.time.MovableClock;

/** The reminder ladder end to end: plan events in, clock moved, deadline events and inbox items out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=notification-service", "uplift.deadlines.tick-interval=PT0.2S"})
@WithUpliftInfrastructure
class DeadlineLadderIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String AGENCY = "kcg-civil-affairs";
    private static final String CLERK = TestTokens.agencyStaff("clerk", AGENCY);
    private static final String OTHER_CLERK = TestTokens.agencyStaff("clerk2", "kcg-household-xinxing");
    private static final String REVIEWER = TestTokens.reviewer("reviewer", "kcg-rdec", null);
    private static final Duration QUIET = Duration.ofMillis(700);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    MovableClock clock;

    @Autowired
    TopicNames topics;

    @Autowired
    MeterRegistry meters;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @LocalServerPort
    int port;

    @Test
    void remindsThenFlagsOverdueThenEscalatesEachMeasureOnce() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), DeadlineLadder.TAIPEI);
        String planId = "plan-" + UUID.randomUUID();
        PlanApproved approved = new PlanApproved(planId, AGENCY, "kcg-rdec", today.getYear() - 1911, 1, List.of(
                new TrackedMeasure("m-1", "1", "推動線上申辦", List.of("戶政科"), today.plusDays(10), null, "期限內"),
                new TrackedMeasure("m-2", "2", "櫃檯服務禮貌訓練", List.of("人事室"), today.plusDays(12), null, "期限內"),
                new TrackedMeasure("m-3", "3", "滿意度追蹤", List.of("研考科"), null, "QUARTERLY", "持續辦理")),
                Instant.now());
        KafkaProbe.send(topics.of(Topic.PLAN), KafkaProbe.envelope(approved, 1));

        await().atMost(WAIT).until(() -> deadlines(CLERK, planId).size() == 3);
        assertThat(deadlines(CLERK, planId)).filteredOn(d -> "PROGRESS_REPORT".equals(d.get("kind")))
                .singleElement().satisfies(d -> assertThat(LocalDate.parse((String) d.get("dueDate")))
                        .isAfterOrEqualTo(today).isBefore(today.plusMonths(3).plusDays(1)));
        assertThat(deadlines(OTHER_CLERK, planId)).isEmpty();

        // past due-7 of both measures, before due-1 of either
        advanceTo(today.plusDays(6), LocalTime.NOON);
        awaitUntil(planId, () -> inboxOf(CLERK, planId, "DEADLINE_APPROACHING").size() == 2);
        assertThat(measureEvents(planId, DeadlineApproaching.class))
                .extracting(DeadlineApproaching::itemId, DeadlineApproaching::daysLeft)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("m-1", 7),
                        org.assertj.core.groups.Tuple.tuple("m-2", 7));
        assertThat(inboxOf(CLERK, planId, "DEADLINE_APPROACHING"))
                .allSatisfy(i -> assertThat((String) i.get("title")).startsWith("屆期提醒："))
                .extracting(i -> links(i).get("measureId")).containsExactlyInAnyOrder("m-1", "m-2");
        assertThat(inbox(OTHER_CLERK)).noneMatch(i -> planId.equals(links(i).get("planId")));

        // m-1 is overdue (and its 1-day reminder is overtaken); m-2 gets its 1-day reminder
        advanceTo(today.plusDays(11), LocalTime.NOON);
        awaitUntil(planId, () -> inboxOf(CLERK, planId, "ITEM_OVERDUE").size() == 1
                && inboxOf(CLERK, planId, "DEADLINE_APPROACHING").size() == 3);
        assertThat(measureEvents(planId, ItemOverdue.class)).extracting(ItemOverdue::itemId).containsExactly("m-1");
        assertThat(meters.get("uplift.deadlines.overdue").gauge().value()).isGreaterThanOrEqualTo(1);

        // m-2 is completed before its due date passes; the approval arrives again
        KafkaProbe.send(topics.of(Topic.PLAN), KafkaProbe.envelope(
                new MeasureCompleted("m-2", planId, AGENCY, Instant.now()), 2));
        await().atMost(WAIT).until(() -> deadlines(CLERK, planId).stream()
                .anyMatch(d -> "m-2".equals(d.get("itemId")) && "DONE".equals(d.get("status"))));
        KafkaProbe.send(topics.of(Topic.PLAN), KafkaProbe.envelope(approved, 1));

        advanceTo(today.plusDays(30), LocalTime.NOON);
        awaitUntil(planId, () -> inboxOf(CLERK, planId, "OVERDUE_ESCALATED").size() == 1);
        await().atMost(WAIT).until(() -> inbox(REVIEWER).stream()
                .anyMatch(i -> "OVERDUE_ESCALATED".equals(i.get("kind")) && planId.equals(links(i).get("planId"))));

        // nothing twice, nothing for the completed measure after completion
        List<DomainEvent> events = deadlineEvents();
        java.util.Set<String> ids = measureDeadlineIds(planId);
        assertThat(ofPlan(events, ids, DeadlineApproaching.class)).extracting(DeadlineApproaching::itemId)
                .containsExactlyInAnyOrder("m-1", "m-2", "m-2");
        assertThat(ofPlan(events, ids, ItemOverdue.class)).extracting(ItemOverdue::itemId).containsExactly("m-1");
        assertThat(ofPlan(events, ids, OverdueEscalated.class)).extracting(OverdueEscalated::itemId)
                .containsExactly("m-1");
        assertThat(deadlines(CLERK, planId)).hasSize(3);

        List<Map<String, Object>> clerkItems = inbox(CLERK).stream().filter(i -> planId.equals(links(i).get("planId")))
                .filter(i -> links(i).get("measureId") != null && !"m-3".equals(links(i).get("measureId"))).toList();
        assertThat(clerkItems).extracting(i -> i.get("kind") + ":" + links(i).get("measureId")).containsExactlyInAnyOrder(
                "DEADLINE_APPROACHING:m-1", "DEADLINE_APPROACHING:m-2", "DEADLINE_APPROACHING:m-2",
                "ITEM_OVERDUE:m-1", "OVERDUE_ESCALATED:m-1");
        assertThat(clerkItems).extracting(i -> i.get("id")).doesNotHaveDuplicates();

        // every inbox item was recorded as delivered in-app, once
        Map<String, Long> delivered = readAll(Topic.NOTIFICATION).stream().map(NotificationDelivered.class::cast)
                .collect(Collectors.groupingBy(NotificationDelivered::notificationId, Collectors.counting()));
        assertThat(clerkItems).allSatisfy(i -> assertThat(delivered.get((String) i.get("id"))).isEqualTo(1L));
    }

    @Test
    void tellsTheReviewerOfANewTaskAndTracksItsDueDate() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), DeadlineLadder.TAIPEI);
        String taskId = "task-" + UUID.randomUUID();
        String planId = "plan-" + UUID.randomUUID();
        KafkaProbe.send(topics.of(Topic.REVIEW), KafkaProbe.envelope(new ReviewTaskAssigned(taskId,
                ReviewTaskKind.PLAN_APPROVAL, planId, null, AGENCY, null, "kcg-rdec", "reviewer", "審查委員", today.plusDays(400),
                Instant.now()), 1));

        await().atMost(WAIT).until(() -> inbox(REVIEWER).stream()
                .anyMatch(i -> taskId.equals(links(i).get("taskId"))));
        Map<String, Object> item = inbox(REVIEWER).stream().filter(i -> taskId.equals(links(i).get("taskId")))
                .findFirst().orElseThrow();
        assertThat(item.get("kind")).isEqualTo("REVIEW_TASK_ASSIGNED");
        assertThat((String) item.get("title")).startsWith("新審查任務");
        assertThat(item.get("recipient")).isEqualTo("user:reviewer");
        assertThat(inbox(CLERK)).noneMatch(i -> taskId.equals(links(i).get("taskId")));
        assertThat(deadlines(TestTokens.admin(), planId)).singleElement()
                .satisfies(d -> assertThat(d.get("kind")).isEqualTo("REVIEW_TASK"));

        // only its recipient can mark it read
        TestHttp http = new TestHttp(port);
        assertThat(http.post("/api/inbox/" + item.get("id") + "/read", CLERK, null).status()).isEqualTo(404);
        TestHttp.Reply read = http.post("/api/inbox/" + item.get("id") + "/read", REVIEWER, null);
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        assertThat(read.body().get("readAt").isNull()).isFalse();

        KafkaProbe.send(topics.of(Topic.REVIEW), KafkaProbe.envelope(new ReviewTaskCompleted(taskId,
                ReviewTaskKind.PLAN_APPROVAL, planId, AGENCY, "reviewer", "APPROVED", Instant.now()), 2));
        await().atMost(WAIT).until(() -> deadlines(TestTokens.admin(), planId).stream()
                .allMatch(d -> "DONE".equals(d.get("status"))));
    }

    /** Waits for a condition; on timeout, says where the schedule stands (cursor, buckets, deadlines). */
    private void awaitUntil(String planId, java.util.concurrent.Callable<Boolean> condition) {
        try {
            await().atMost(WAIT).until(condition);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("timed out at " + clock.instant() + "; cursor "
                    + mongo.findAll(org.bson.Document.class, "deadline_cursor") + "; buckets "
                    + mongo.findAll(org.bson.Document.class, "deadline_buckets") + "; deadlines "
                    + deadlines(CLERK, planId) + "; inbox " + inbox(CLERK) + "; markers "
                    + mongo.findAll(org.bson.Document.class, "outbox_markers") + "; raw "
                    + mongo.findAll(org.bson.Document.class, "deadlines") + "; topic " + deadlineEvents(), e);
        }
    }

    private void advanceTo(LocalDate date, LocalTime time) {
        Instant target = date.atTime(time).atZone(DeadlineLadder.TAIPEI).toInstant();
        Duration by = Duration.between(clock.instant(), target);
        if (!by.isNegative()) {
            clock.advance(by);
        }
    }

    private <E extends DomainEvent> List<E> measureEvents(String planId, Class<E> type) {
        return ofPlan(deadlineEvents(), measureDeadlineIds(planId), type);
    }

    /** The plan's dated-measure deadlines (events carry the deadline id; escalations carry no plan id). */
    private java.util.Set<String> measureDeadlineIds(String planId) {
        return deadlines(CLERK, planId).stream().filter(d -> "MEASURE".equals(d.get("kind")))
                .map(d -> (String) d.get("id")).collect(Collectors.toSet());
    }

    private static <E extends DomainEvent> List<E> ofPlan(List<DomainEvent> events, java.util.Set<String> deadlineIds,
            Class<E> type) {
        return events.stream().filter(type::isInstance).filter(e -> deadlineIds.contains(e.aggregateId()))
                .map(type::cast).toList();
    }

    private List<DomainEvent> deadlineEvents() {
        return readAll(Topic.DEADLINE);
    }

    private List<DomainEvent> readAll(Topic topic) {
        return KafkaProbe.readAll(topics.of(topic), QUIET).stream().map(r -> KafkaProbe.decode(r).payload())
                .map(DomainEvent.class::cast).toList();
    }

    private List<Map<String, Object>> inbox(String token) {
        return listOf(new TestHttp(port).get("/api/inbox?limit=200", token));
    }

    private List<Map<String, Object>> inboxOf(String token, String planId, String kind) {
        return inbox(token).stream().filter(i -> kind.equals(i.get("kind")))
                .filter(i -> planId.equals(links(i).get("planId")))
                .filter(i -> !"m-3".equals(links(i).get("measureId"))).toList();
    }

    private List<Map<String, Object>> deadlines(String token, String planId) {
        return listOf(new TestHttp(port).get("/api/deadlines?planId=" + planId, token));
    }

    private static List<Map<String, Object>> listOf(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return JSON.readValue(reply.text(), new TypeReference<List<Map<String, Object>>>() { });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> links(Map<String, Object> item) {
        return (Map<String, Object>) item.get("links");
    }
}
