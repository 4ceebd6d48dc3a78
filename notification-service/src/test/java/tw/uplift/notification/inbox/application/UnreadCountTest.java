package tw.uplift.notification.inbox.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeCause;
import tw.uplift.notification.inbox.persistence.UnreadCounters;

/**
 * The unread count follows deliveries and reads, whatever runs twice: a redelivered notice, a second "read", and
 * the retry after a crash between a step's two writes (the item and the counter are two documents).
 */
class UnreadCountTest {

    private static final String CLERK = "user:clerk";
    private static final String AGENCY = "agency:kcg-civil-affairs";
    private static final List<String> CLERK_READS = List.of(CLERK, AGENCY);
    private static final Notice OVERDUE = new Notice(InboxKind.ITEM_OVERDUE, "逾期通知：推動線上申辦", null,
            InboxItem.Links.none().plan("plan-1").measure("m-1"));
    private static final Notice REMINDER = new Notice(InboxKind.DEADLINE_APPROACHING, "屆期提醒：推動線上申辦", null,
            InboxItem.Links.none().plan("plan-1").measure("m-1"));

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    private Inbox inbox() {
        return service.get(Inbox.class);
    }

    private int unread() {
        return inbox().unreadCount(CLERK_READS);
    }

    private String deliverToAgency(String eventId, Notice notice) {
        inbox().deliver(NoticeCause.event(eventId), notice, List.of(AGENCY));
        return InboxItem.idFor(NoticeCause.event(eventId), AGENCY);
    }

    @Test
    void followsDeliveryReadDoubleReadAndRedelivery() {
        assertThat(unread()).isZero();

        String overdue = deliverToAgency("e-1", OVERDUE);
        deliverToAgency("e-2", REMINDER);
        inbox().deliver(NoticeCause.event("e-3"), REMINDER, List.of(CLERK));
        assertThat(unread()).as("delivered to the agency twice and to the clerk once").isEqualTo(3);

        deliverToAgency("e-1", OVERDUE);
        assertThat(unread()).as("a redelivered notice is not counted again").isEqualTo(3);

        inbox().markRead(overdue, CLERK_READS);
        assertThat(unread()).isEqualTo(2);

        service.clock().advance(Duration.ofMinutes(5));
        inbox().markRead(overdue, CLERK_READS);
        assertThat(unread()).as("reading it again takes nothing more off").isEqualTo(2);

        deliverToAgency("e-1", OVERDUE);
        assertThat(unread()).as("a notice redelivered after it was read stays read").isEqualTo(2);
        assertThat(service.inboxOf(AGENCY)).hasSize(2);
    }

    @Test
    void isPerAddressAndSharedByEveryoneWhoReadsIt() {
        String overdue = deliverToAgency("e-1", OVERDUE);
        inbox().deliver(NoticeCause.event("e-2"), REMINDER, List.of(CLERK));

        assertThat(inbox().unreadCount(List.of("user:clerk2", AGENCY))).as("a colleague sees the agency's").isEqualTo(1);
        assertThat(inbox().unreadCount(List.of("user:reviewer"))).isZero();

        inbox().markRead(overdue, List.of("user:clerk2", AGENCY));
        assertThat(unread()).as("the agency's notice was read by a colleague").isEqualTo(1);
    }

    @Test
    void aCrashAfterCountingADeliveryAndBeforeStoringItIsMadeGoodByTheRedelivery() {
        String id = InboxItem.idFor(NoticeCause.event("e-1"), AGENCY);
        service.get(UnreadCounters.class).add(AGENCY, id); // the delivery's first write, then the crash
        assertThat(unread()).as("counted before its item is there").isEqualTo(1);

        deliverToAgency("e-1", OVERDUE); // the event was not acknowledged, so it comes again

        assertThat(service.inboxOf(AGENCY)).singleElement().satisfies(item -> assertThat(item.getId()).isEqualTo(id));
        assertThat(unread()).isEqualTo(1);
        inbox().markRead(id, CLERK_READS);
        assertThat(unread()).isZero();
    }

    @Test
    void aCrashAfterMarkingReadAndBeforeUncountingIsMadeGoodByReadingAgain() {
        String id = deliverToAgency("e-1", OVERDUE);
        markedReadOnly(id); // the read's first write, then the crash
        assertThat(unread()).isEqualTo(1);

        inbox().markRead(id, CLERK_READS); // the person tries again

        assertThat(unread()).isZero();
    }

    @Test
    void aCrashAfterMarkingReadAndBeforeUncountingIsMadeGoodByTheInboxPage() {
        String id = deliverToAgency("e-1", OVERDUE);
        deliverToAgency("e-2", REMINDER);
        markedReadOnly(id);

        Inbox.Listing listing = inbox().listing(CLERK_READS, 100);

        assertThat(listing.unread()).isEqualTo(1);
        assertThat(unread()).isEqualTo(1);
    }

    @Test
    void theInboxPageCountsUnreadNoticesDeliveredBeforeTheCounterExisted() {
        deliverToAgency("e-1", OVERDUE);
        service.get(MongoTemplate.class).dropCollection("inbox_unread");
        assertThat(unread()).isZero();

        assertThat(inbox().listing(CLERK_READS, 100).unread()).isEqualTo(1);
        assertThat(unread()).isEqualTo(1);
    }

    @Test
    void theInboxPageListsNewestFirstAndMendsNothingThatIsRight() {
        deliverToAgency("e-1", OVERDUE);
        service.clock().advance(Duration.ofHours(1));
        String newer = deliverToAgency("e-2", REMINDER);
        inbox().markRead(newer, CLERK_READS);

        Inbox.Listing listing = inbox().listing(CLERK_READS, 100);

        assertThat(listing.items()).extracting(InboxItem::kind)
                .containsExactly(InboxKind.DEADLINE_APPROACHING, InboxKind.ITEM_OVERDUE);
        assertThat(listing.unread()).isEqualTo(1);
        assertThat(unread()).isEqualTo(1);
    }

    /** What a crash between a read's two writes leaves: the item read, its id still counted. */
    private void markedReadOnly(String id) {
        service.get(MongoTemplate.class).updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("readAt", service.clock().instant()), InboxItem.class);
    }
}
