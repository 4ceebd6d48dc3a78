package tw.uplift.notification.inbox.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.platform.test.KafkaProbe.envelope;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.notification.NotificationDelivered;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.support.ReviewEvents;
import tw.uplift.platform.events.EventEnvelope;

/**
 * {@code review-events} into inboxes: the reviewer hears of a new task, the agency of the decision and of what it
 * must correct.
 */
class ReviewNoticesIntakeTest {

    private static final String TASK = "task-1";
    private static final String PLAN = "plan-1";
    private static final String REVIEWER = "user:reviewer";
    private static final String AGENCY = "agency:" + ReviewEvents.AGENCY;
    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    private EventEnvelope<?> assignment() {
        return envelope(ReviewEvents.planApprovalAssigned(TASK, PLAN, "reviewer", LocalDate.of(2026, 3, 20)), 1);
    }

    @Test
    void theReviewerHearsOfANewTask() {
        service.deliver(Topic.REVIEW, assignment());

        assertThat(service.inboxOf(REVIEWER)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(InboxKind.REVIEW_TASK_ASSIGNED);
            assertThat(item.title()).isEqualTo("新審查任務：計畫審查");
            assertThat(item.body()).isEqualTo("受審機關 高雄市政府民政局：「提升服務執行計畫」，請於 2026-03-20 前完成。");
            assertThat(item.links().taskId()).isEqualTo(TASK);
            assertThat(item.links().planId()).isEqualTo(PLAN);
        });
        assertThat(service.inboxOf(AGENCY)).isEmpty();
    }

    @Test
    void aRedeliveredAssignmentTellsTheReviewerOnce() {
        EventEnvelope<?> assigned = assignment();

        service.deliver(Topic.REVIEW, assigned);
        service.deliver(Topic.REVIEW, assigned);

        assertThat(service.inboxOf(REVIEWER)).hasSize(1);
        assertThat(service.published(InboxItem.class, NotificationDelivered.class)).hasSize(1);
    }

    @Test
    void aRedeliveredDecisionTellsTheAgencyOnce() {
        var decided = envelope(ReviewEvents.planApproved(TASK, PLAN, "reviewer"), 2);

        service.deliver(Topic.REVIEW, decided);
        service.deliver(Topic.REVIEW, decided);

        assertThat(service.inboxOf(AGENCY)).singleElement()
                .satisfies(item -> assertThat(item.kind()).isEqualTo(InboxKind.PLAN_APPROVED));
        assertThat(service.published(InboxItem.class, NotificationDelivered.class)).hasSize(1);
    }

    @Test
    void aDecisionOvertakingTheAssignmentStillTellsEachOnce() {
        var decided = envelope(ReviewEvents.planApproved(TASK, PLAN, "reviewer"), 3);
        var assigned = assignment();

        service.deliver(Topic.REVIEW, decided);
        service.deliver(Topic.REVIEW, assigned);
        service.deliver(Topic.REVIEW, decided);

        assertThat(service.inboxOf(AGENCY)).extracting(InboxItem::kind).containsExactly(InboxKind.PLAN_APPROVED);
        assertThat(service.inboxOf(REVIEWER)).extracting(InboxItem::kind)
                .containsExactly(InboxKind.REVIEW_TASK_ASSIGNED);
    }

    @Test
    void aReturnedPlanCarriesTheReviewersComments() {
        service.deliver(Topic.REVIEW, envelope(ReviewEvents.planReturned(TASK, PLAN, "reviewer", "請具體說明SOP涵蓋之申辦項目"), 2));

        assertThat(service.inboxOf(AGENCY)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(InboxKind.PLAN_RETURNED);
            assertThat(item.body()).contains("審查意見：", "・1：請具體說明SOP涵蓋之申辦項目");
        });
    }

    @Test
    void theAgencyHearsWhatItMustCorrectAndByWhen() {
        service.deliver(Topic.REVIEW, envelope(ReviewEvents.correctiveActionRequired("action-1", PLAN, DUE), 1));

        assertThat(service.inboxOf(AGENCY)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(InboxKind.CORRECTIVE_ACTION_REQUIRED);
            assertThat(item.title()).isEqualTo("改善事項：線上申辦服務未提供英文版說明");
            assertThat(item.body())
                    .isEqualTo("查核發現：線上申辦服務未提供英文版說明\n請於 2026-03-20 前完成改善，並回復改善情形。");
            assertThat(item.links().planId()).isEqualTo(PLAN);
            assertThat(item.links().measureId()).isEqualTo("m-1");
        });
        assertThat(service.inboxOf(REVIEWER)).isEmpty();
    }

    @Test
    void aRedeliveredCorrectiveActionTellsTheAgencyOnce() {
        var required = envelope(ReviewEvents.correctiveActionRequired("action-1", PLAN, DUE), 1);

        service.deliver(Topic.REVIEW, required);
        service.deliver(Topic.REVIEW, required);

        assertThat(service.inboxOf(AGENCY)).hasSize(1);
        assertThat(service.published(InboxItem.class, NotificationDelivered.class)).hasSize(1);
    }

    @Test
    void aCorrectiveActionAnsweredBeforeItArrivedIsNotAnnounced() {
        service.deliver(Topic.REVIEW, envelope(ReviewEvents.correctiveActionResponded("action-1", PLAN), 2));
        service.deliver(Topic.REVIEW, envelope(ReviewEvents.correctiveActionRequired("action-1", PLAN, DUE), 1));

        assertThat(service.inboxOf(AGENCY)).isEmpty();
    }
}
