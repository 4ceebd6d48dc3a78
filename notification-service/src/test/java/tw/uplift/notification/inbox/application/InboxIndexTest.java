package tw.uplift.notification.inbox.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeCause;
import tw.uplift.notification.inbox.persistence.InboxIndex;
import tw.uplift.notification.inbox.persistence.InboxIndexBackfill;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * The inbox is read through its index (by {@code _id}), and the index never loses an item: a delivery indexes before
 * it stores, an entry without its item is skipped and later dropped, older months are still listed, and items stored
 * before the index existed are indexed once at start-up.
 */
class InboxIndexTest {

    private static final String CLERK = "user:clerk";
    private static final String AGENCY = "agency:kcg-civil-affairs";
    private static final List<String> CLERK_READS = List.of(CLERK, AGENCY);

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    private Inbox inbox() {
        return service.get(Inbox.class);
    }

    private static Notice notice(String title) {
        return new Notice(InboxKind.DEADLINE_APPROACHING, title, null, InboxItem.Links.none().plan("plan-1"));
    }

    private List<String> titles(int limit) {
        return inbox().newest(CLERK_READS, limit).stream().map(InboxItem::title).toList();
    }

    @Test
    void listsTheNewestOfAllTheReadersAddressesAcrossMonthsAndNobodyElses() {
        inbox().deliver(NoticeCause.event("e-1"), notice("一月"), List.of(AGENCY));
        service.clock().advance(Duration.ofDays(40));
        inbox().deliver(NoticeCause.event("e-2"), notice("二月"), List.of(CLERK));
        inbox().deliver(NoticeCause.event("e-x"), notice("別人的"), List.of("agency:other"));
        service.clock().advance(Duration.ofDays(40));
        inbox().deliver(NoticeCause.event("e-3"), notice("四月"), List.of(AGENCY));

        assertThat(titles(10)).containsExactly("四月", "二月", "一月");
        assertThat(titles(2)).containsExactly("四月", "二月");
        assertThat(inbox().newest(List.of("agency:other"), 10)).extracting(InboxItem::title).containsExactly("別人的");
    }

    @Test
    void aRedeliveredNoticeIsListedOnce() {
        inbox().deliver(NoticeCause.event("e-1"), notice("提醒"), List.of(AGENCY));
        service.clock().advance(Duration.ofMinutes(1));
        inbox().deliver(NoticeCause.event("e-1"), notice("提醒"), List.of(AGENCY));

        assertThat(titles(10)).containsExactly("提醒");
    }

    @Test
    void anEntryWhoseItemIsNotThereIsSkippedAndDroppedOnceItIsOld() {
        String id = InboxItem.idFor(NoticeCause.event("e-1"), AGENCY);
        InboxIndex index = service.get(InboxIndex.class);
        index.add(AGENCY, id, service.clock().instant()); // the delivery's index write, then the crash
        inbox().deliver(NoticeCause.event("e-2"), notice("提醒"), List.of(AGENCY));

        assertThat(titles(10)).containsExactly("提醒");
        assertThat(index.newest(CLERK_READS, 10)).as("a delivery may still be under way").hasSize(2);

        service.clock().advance(Inbox.ORPHAN_AGE.plusMinutes(1));
        assertThat(titles(10)).containsExactly("提醒");
        assertThat(index.newest(CLERK_READS, 10)).extracting(InboxIndex.Entry::itemId).doesNotContain(id);

        inbox().deliver(NoticeCause.event("e-1"), notice("逾期"), List.of(AGENCY)); // its redelivery, much later
        assertThat(titles(10)).containsExactly("逾期", "提醒");
    }

    @Test
    void itemsStoredBeforeTheIndexAreIndexedOnceAtStartUp() {
        AggregateStore store = service.get(AggregateStore.class);
        store.save(InboxItem.deliver(NoticeCause.event("e-1"), notice("舊的"), AGENCY, service.clock().instant()));
        service.clock().advance(Duration.ofHours(1));
        inbox().deliver(NoticeCause.event("e-2"), notice("新的"), List.of(CLERK));
        assertThat(titles(10)).containsExactly("新的");

        InboxIndexBackfill backfill = service.get(InboxIndexBackfill.class);
        assertThat(backfill.backfill()).isEqualTo(2);
        assertThat(titles(10)).containsExactly("新的", "舊的");

        store.save(InboxItem.deliver(NoticeCause.event("e-3"), notice("又一個"), AGENCY, service.clock().instant()));
        assertThat(backfill.backfill()).as("done once: the marker is there").isZero();
        assertThat(titles(10)).as("stored behind the inbox's back after the backfill").containsExactly("新的", "舊的");
    }
}
