package tw.uplift.notification.inbox.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.platform.test.KafkaProbe.envelope;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.notification.NotificationDelivered;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.support.DeadlineEvents;
import tw.uplift.notification.support.ReviewEvents;

/** {@code deadline-events} (the tracker's own) into inboxes: each step of a ladder tells each recipient once. */
class DeadlineNoticesIntakeTest {

    private static final String PLAN = "plan-1";
    private static final String DEADLINE = Deadline.idOfMeasure(PLAN, "m-1");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);
    private static final String AGENCY = "agency:" + DeadlineEvents.AGENCY;
    private static final String BODY = "body:" + DeadlineEvents.BODY;

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    @Test
    void aReminderTellsTheResponsibleAgency() {
        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.reminder(DEADLINE, PLAN, "m-1", DUE, 7), 1));

        assertThat(service.inboxOf(AGENCY)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(InboxKind.DEADLINE_APPROACHING);
            assertThat(item.title()).isEqualTo("屆期提醒：1. 推動線上申辦");
            assertThat(item.body()).isEqualTo("完成期限 2026-03-20，尚餘 7 天，請如期辦理。");
            assertThat(item.links().measureId()).isEqualTo("m-1");
            assertThat(item.links().deadlineId()).isEqualTo(DEADLINE);
        });
    }

    @Test
    void aRedeliveredReminderTellsOnce() {
        var reminder = envelope(DeadlineEvents.reminder(DEADLINE, PLAN, "m-1", DUE, 7), 1);

        service.deliver(Topic.DEADLINE, reminder);
        service.deliver(Topic.DEADLINE, reminder);

        assertThat(service.inboxOf(AGENCY)).hasSize(1);
        assertThat(service.published(InboxItem.class, NotificationDelivered.class)).hasSize(1);
    }

    @Test
    void aStepAnnouncedAgainUnderAnotherEventIdTellsOnce() {
        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.overdue(DEADLINE, PLAN, "m-1", DUE), 3));
        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.overdue(DEADLINE, PLAN, "m-1", DUE), 3));

        assertThat(service.inboxOf(AGENCY)).hasSize(1);
    }

    @Test
    void anOverdueNoticeOvertakingTheReminderStillTellsEachOnce() {
        var reminder = envelope(DeadlineEvents.reminder(DEADLINE, PLAN, "m-1", DUE, 7), 1);
        var overdue = envelope(DeadlineEvents.overdue(DEADLINE, PLAN, "m-1", DUE), 2);

        service.deliver(Topic.DEADLINE, overdue);
        service.deliver(Topic.DEADLINE, reminder);
        service.deliver(Topic.DEADLINE, overdue);

        assertThat(service.inboxOf(AGENCY)).extracting(InboxItem::kind)
                .containsExactlyInAnyOrder(InboxKind.ITEM_OVERDUE, InboxKind.DEADLINE_APPROACHING);
    }

    @Test
    void anEscalationReachesTheSupervisingBodyAsWell() {
        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.escalation(DEADLINE, "m-1", DUE, 14), 4));

        assertThat(service.inboxOf(AGENCY)).extracting(InboxItem::kind).containsExactly(InboxKind.OVERDUE_ESCALATED);
        assertThat(service.inboxOf(BODY)).singleElement()
                .satisfies(item -> assertThat(item.title()).isEqualTo("逾期陳報：1. 推動線上申辦"));
    }

    @Test
    void aReviewTasksReminderGoesToItsReviewer() {
        String task = "task-1";
        service.deliver(Topic.REVIEW, envelope(ReviewEvents.planApprovalAssigned(task, PLAN, "reviewer", DUE), 1));
        DeadlineApproaching reminder = new DeadlineApproaching(Deadline.idOfReviewTask(task),
                TrackedItemKind.REVIEW_TASK, task, PLAN, DeadlineEvents.AGENCY, "審查任務：計畫審查（plan-1）", DUE, 7,
                Instant.now());

        service.deliver(Topic.DEADLINE, envelope(reminder, 1));

        assertThat(service.inboxOf("user:reviewer")).filteredOn(i -> i.kind() == InboxKind.DEADLINE_APPROACHING)
                .singleElement().satisfies(item -> assertThat(item.links().taskId()).isEqualTo(task));
        assertThat(service.inboxOf(AGENCY)).isEmpty();
    }

    @Test
    void aReviewTasksEscalationReachesItsReviewerAndItsBody() {
        String task = "task-1";
        service.deliver(Topic.REVIEW, envelope(ReviewEvents.planApprovalAssigned(task, PLAN, "reviewer", DUE), 1));
        OverdueEscalated escalation = new OverdueEscalated(Deadline.idOfReviewTask(task), TrackedItemKind.REVIEW_TASK,
                task, DeadlineEvents.AGENCY, DeadlineEvents.BODY, "審查任務：計畫審查（plan-1）", DUE, 14, Instant.now());

        service.deliver(Topic.DEADLINE, envelope(escalation, 1));

        assertThat(service.inboxOf("user:reviewer")).extracting(InboxItem::kind)
                .contains(InboxKind.OVERDUE_ESCALATED);
        assertThat(service.inboxOf(BODY)).singleElement()
                .satisfies(item -> assertThat(item.links().taskId()).isEqualTo(task));
        assertThat(service.inboxOf(AGENCY)).isEmpty();
    }

    @Test
    void aCorrectiveActionsReminderAsksTheAgencyForItsAnswer() {
        String action = Deadline.idOfCorrectiveAction("action-1");
        DeadlineApproaching reminder = new DeadlineApproaching(action, TrackedItemKind.CORRECTIVE_ACTION, "action-1",
                PLAN, DeadlineEvents.AGENCY, "改善事項：線上申辦服務未提供英文版說明", DUE, 7, Instant.now());

        service.deliver(Topic.DEADLINE, envelope(reminder, 1));

        assertThat(service.inboxOf(AGENCY)).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("屆期提醒：改善事項：線上申辦服務未提供英文版說明");
            assertThat(item.body()).isEqualTo("改善期限 2026-03-20，尚餘 7 天，請於期限內回復改善情形。");
            assertThat(item.links().planId()).isEqualTo(PLAN);
            assertThat(item.links().measureId()).as("an action's id is not a measure's").isNull();
        });
    }

    @Test
    void anOverdueCorrectiveActionIsEscalatedToTheBodyInItsOwnWords() {
        String action = Deadline.idOfCorrectiveAction("action-1");
        service.deliver(Topic.DEADLINE, envelope(new ItemOverdue(action, TrackedItemKind.CORRECTIVE_ACTION, "action-1",
                PLAN, DeadlineEvents.AGENCY, "改善事項：線上申辦服務未提供英文版說明", DUE, Instant.now()), 1));
        service.deliver(Topic.DEADLINE, envelope(new OverdueEscalated(action, TrackedItemKind.CORRECTIVE_ACTION,
                "action-1", DeadlineEvents.AGENCY, DeadlineEvents.BODY, "改善事項：線上申辦服務未提供英文版說明", DUE, 14,
                Instant.now()), 2));

        assertThat(service.inboxOf(AGENCY)).extracting(InboxItem::body).containsExactlyInAnyOrder(
                "已逾改善期限 2026-03-20，請儘速完成改善並回復改善情形。",
                "改善期限 2026-03-20，已逾期 14 個工作天，陳報督考機關列管。");
        assertThat(service.inboxOf(BODY)).extracting(InboxItem::kind).containsExactly(InboxKind.OVERDUE_ESCALATED);
    }
}
