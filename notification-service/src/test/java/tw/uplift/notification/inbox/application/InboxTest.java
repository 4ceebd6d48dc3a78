package tw.uplift.notification.inbox.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeCause;
import tw.uplift.platform.domain.NotFoundException;

class InboxTest {

    private static final String REVIEWER = "user:reviewer";
    private static final NoticeCause ASSIGNED = NoticeCause.event("e-1");
    private static final Notice NEW_TASK = new Notice(InboxKind.REVIEW_TASK_ASSIGNED, "新審查任務：計畫審查", null,
            InboxItem.Links.none().task("t-1"));

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    private Inbox inbox() {
        return service.get(Inbox.class);
    }

    private InboxItem stored() {
        return service.inboxOf(REVIEWER).getFirst();
    }

    @Test
    void deliversACauseToEachRecipientOnce() {
        assertThat(inbox().deliver(ASSIGNED, NEW_TASK, List.of(REVIEWER, "body:kcg-rdec"))).isEqualTo(2);
        assertThat(inbox().deliver(ASSIGNED, NEW_TASK, List.of(REVIEWER, "body:kcg-rdec"))).isZero();
        assertThat(service.inboxOf(REVIEWER)).hasSize(1);
    }

    @Test
    void readingAgainWritesNothing() {
        inbox().deliver(ASSIGNED, NEW_TASK, List.of(REVIEWER));
        String id = InboxItem.idFor(ASSIGNED, REVIEWER);
        inbox().markRead(id, List.of(REVIEWER));
        InboxItem firstRead = stored();

        service.clock().advance(Duration.ofHours(1));
        inbox().markRead(id, List.of(REVIEWER));

        assertThat(stored().getVersion()).isEqualTo(firstRead.getVersion());
        assertThat(stored().readAt()).isEqualTo(firstRead.readAt());
    }

    @Test
    void anotherReadersItemIsNotFoundAndStaysUnread() {
        inbox().deliver(ASSIGNED, NEW_TASK, List.of(REVIEWER));
        String id = InboxItem.idFor(ASSIGNED, REVIEWER);

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> inbox().markRead(id, List.of("user:clerk", "agency:kcg-civil-affairs")));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> inbox().markRead("no-such-item", List.of(REVIEWER)));
        assertThat(stored().readAt()).isNull();
    }
}
