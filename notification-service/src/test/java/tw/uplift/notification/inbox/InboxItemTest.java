package tw.uplift.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.notification.NotificationDelivered;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.outbox.PendingEvent;

class InboxItemTest {

    private static final Instant DELIVERED = Instant.parse("2026-03-02T02:00:00Z");
    private static final Notice APPROVED = new Notice(InboxKind.PLAN_APPROVED, "計畫審查通過（第 1 版）", "計畫已審定。",
            InboxItem.Links.none().plan("p-1").task("t-1"));

    private static InboxItem deliveredTo(String recipient) {
        return InboxItem.deliver(NoticeCause.event("e-1"), APPROVED, recipient, DELIVERED);
    }

    @Test
    void deliveringIsRecordedAsDeliveredInApp() {
        InboxItem item = deliveredTo("agency:kcg-civil-affairs");

        assertThat(item.pendingEvents()).extracting(PendingEvent::payload).singleElement()
                .isInstanceOfSatisfying(NotificationDelivered.class, d -> {
                    assertThat(d.notificationId()).isEqualTo(item.getId());
                    assertThat(d.recipient()).isEqualTo("agency:kcg-civil-affairs");
                });
        assertThat(item.causeEventId()).isEqualTo("e-1");
        assertThat(item.links().planId()).isEqualTo("p-1");
        assertThat(item.links().taskId()).isEqualTo("t-1");
    }

    @Test
    void oneCauseIsOneItemPerRecipient() {
        NoticeCause reminder = NoticeCause.step("d-1", "remind-7", "e-1");

        assertThat(InboxItem.idFor(reminder, "agency:a"))
                .isEqualTo(InboxItem.idFor(NoticeCause.step("d-1", "remind-7", "e-2"), "agency:a"))
                .isNotEqualTo(InboxItem.idFor(reminder, "agency:b"))
                .isNotEqualTo(InboxItem.idFor(NoticeCause.step("d-1", "remind-1", "e-1"), "agency:a"));
    }

    @Test
    void readingKeepsTheFirstTime() {
        InboxItem item = deliveredTo("user:reviewer");

        item.readBy(List.of("user:reviewer"), DELIVERED.plusSeconds(60));
        item.readBy(List.of("user:reviewer"), DELIVERED.plusSeconds(120));

        assertThat(item.readAt()).isEqualTo(DELIVERED.plusSeconds(60));
    }

    @Test
    void anotherReadersItemDoesNotExistForThem() {
        InboxItem item = deliveredTo("user:reviewer");

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> item.readBy(List.of("user:clerk", "agency:kcg-civil-affairs"), DELIVERED));
        assertThat(item.readAt()).isNull();
    }
}
