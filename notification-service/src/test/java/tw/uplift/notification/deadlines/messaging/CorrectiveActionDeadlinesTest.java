package tw.uplift.notification.deadlines.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static tw.uplift.platform.test.KafkaProbe.envelope;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.EscalationLevel;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.support.ReviewEvents;
import tw.uplift.platform.events.EventEnvelope;

/** {@code review-events} into deadlines: a corrective action's 改善期限, chased like a measure's 完成期限. */
class CorrectiveActionDeadlinesTest {

    private static final String ACTION = "action-1";
    private static final String PLAN = "plan-1";
    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    private EventEnvelope<?> required() {
        return envelope(ReviewEvents.correctiveActionRequired(ACTION, PLAN, DUE), 1);
    }

    private EventEnvelope<?> responded() {
        return envelope(ReviewEvents.correctiveActionResponded(ACTION, PLAN), 2);
    }

    private Deadline actionDeadline() {
        return service.deadline(Deadline.idOfCorrectiveAction(ACTION)).orElseThrow();
    }

    /** Reminder week, the day after the due date, and well past the fourteen working days of escalation. */
    private void walkTheLadder() {
        service.passAt(DUE.minusDays(5), LocalTime.NOON);
        service.passAt(DUE.plusDays(1), LocalTime.NOON);
        service.passAt(DUE.plusDays(40), LocalTime.NOON);
    }

    @Test
    void aRequiredActionIsTrackedForItsAgencyAndBody() {
        service.deliver(Topic.REVIEW, required());

        assertThat(actionDeadline()).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeadlineStatus.OPEN);
            assertThat(d.kind()).isEqualTo(TrackedItemKind.CORRECTIVE_ACTION);
            assertThat(d.itemId()).isEqualTo(ACTION);
            assertThat(d.planId()).isEqualTo(PLAN);
            assertThat(d.responsible()).isEqualTo("agency:" + ReviewEvents.AGENCY);
            assertThat(d.supervisingBodyId()).isEqualTo(ReviewEvents.BODY);
            assertThat(d.title()).isEqualTo("改善事項：線上申辦服務未提供英文版說明");
            assertThat(d.dueDate()).isEqualTo(DUE);
        });
    }

    @Test
    void anUnansweredActionWalksTheWholeLadderOnce() {
        service.deliver(Topic.REVIEW, required());

        walkTheLadder();
        service.passAt(DUE.plusDays(41), LocalTime.NOON);

        assertThat(service.published(Deadline.class, DeadlineApproaching.class)).singleElement()
                .satisfies(a -> assertThat(a.daysLeft()).isEqualTo(7));
        assertThat(service.published(Deadline.class, ItemOverdue.class)).singleElement()
                .satisfies(o -> assertThat(o.itemKind()).isEqualTo(TrackedItemKind.CORRECTIVE_ACTION));
        assertThat(service.published(Deadline.class, OverdueEscalated.class)).as("the head after 3, the body after 14")
                .extracting(OverdueEscalated::escalatedTo, OverdueEscalated::daysOverdue)
                .containsExactly(tuple(EscalationLevel.AGENCY_HEAD, 3), tuple(EscalationLevel.SUPERVISING_BODY, 14));
        assertThat(service.published(Deadline.class, OverdueEscalated.class))
                .allSatisfy(e -> assertThat(e.supervisingBodyId()).isEqualTo(ReviewEvents.BODY));
    }

    @Test
    void aRedeliveredRequirementRemindsOnce() {
        var required = required();
        service.deliver(Topic.REVIEW, required);
        service.deliver(Topic.REVIEW, required);

        service.passAt(DUE.minusDays(6), LocalTime.NOON);
        service.passAt(DUE.minusDays(5), LocalTime.NOON);

        assertThat(service.published(Deadline.class, DeadlineApproaching.class)).hasSize(1);
    }

    @Test
    void anAnswerMeetsTheDeadlineAndCancelsWhatWasToCome() {
        service.deliver(Topic.REVIEW, required());
        service.passAt(DUE.minusDays(6), LocalTime.NOON);
        var responded = responded();

        service.deliver(Topic.REVIEW, responded);
        service.deliver(Topic.REVIEW, responded);
        walkTheLadder();

        assertThat(actionDeadline().status()).isEqualTo(DeadlineStatus.DONE);
        assertThat(actionDeadline().pendingStepTimes()).isEmpty();
        assertThat(service.published(Deadline.class, DeadlineApproaching.class)).hasSize(1);
        assertThat(service.published(Deadline.class, ItemOverdue.class)).isEmpty();
    }

    @Test
    void anAnswerOvertakingItsRequirementLeavesTheActionAnswered() {
        service.deliver(Topic.REVIEW, responded());
        service.deliver(Topic.REVIEW, required());

        assertThat(actionDeadline().isTracked()).isFalse();
        assertThat(actionDeadline().status()).isEqualTo(DeadlineStatus.DONE);
        walkTheLadder();
        assertThat(service.published(Deadline.class, DeadlineApproaching.class)).isEmpty();
        assertThat(service.published(Deadline.class, ItemOverdue.class)).isEmpty();
        assertThat(service.published(Deadline.class, OverdueEscalated.class)).isEmpty();
    }

    @Test
    void anActionWithoutADueDateIsNotChased() {
        service.deliver(Topic.REVIEW, envelope(ReviewEvents.correctiveActionRequired(ACTION, PLAN, null), 1));

        assertThat(service.deadline(Deadline.idOfCorrectiveAction(ACTION))).isEmpty();
    }
}
