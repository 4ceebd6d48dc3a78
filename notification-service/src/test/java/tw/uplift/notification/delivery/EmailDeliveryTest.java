package tw.uplift.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.platform.test.KafkaProbe.envelope;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.query.Query;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.contracts.notification.NotificationDelivered;
import tw.uplift.contracts.notification.NotificationFailed;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.delivery.application.DeliveryWorker;
import tw.uplift.notification.delivery.application.Directory;
import tw.uplift.notification.delivery.application.EmailSender;
import tw.uplift.notification.delivery.application.PreferenceBook;
import tw.uplift.notification.delivery.persistence.PendingDeliveries;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.support.DeadlineEvents;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/**
 * E-mail to the people behind the inbox addresses, sent to a real SMTP server (GreenMail on a socket), through the
 * service as production wires it: each e-mail arrives once whatever is redelivered, raced or crashed, in the
 * recipient's language, with the item's link; quiet hours and the digest hold reminders, never overdue notices.
 */
class EmailDeliveryTest {

    private static final String PLAN = "plan-1";
    private static final String DEADLINE = Deadline.idOfMeasure(PLAN, "m-1");
    private static final String OTHER_DEADLINE = Deadline.idOfMeasure(PLAN, "m-2");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);
    private static final CurrentUser ADMIN = new CurrentUser("admin", "管理者", Set.of(Role.ADMIN), null, null);

    final Mailbox mailbox = Mailbox.onFreePort().start();

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.withSmtpOn(mailbox.port());

    @AfterEach
    void stopMail() {
        mailbox.stop();
    }

    /** 林承辦, the agency's contact, reading in {@code language}. */
    private void contact(Language language) {
        service.get(Directory.class).put(Person.of("clerk-lin", "林承辦", "lin@agency.example.tw", DeadlineEvents.AGENCY,
                null, null, EnumSet.of(DirectoryRole.CONTACT), true), ADMIN);
        service.get(PreferenceBook.class).put(new Preferences("clerk-lin", language, null, null, false, null));
    }

    private int sendDue() {
        return service.get(DeliveryWorker.class).sendDue();
    }

    private List<Delivery> deliveries() {
        return service.mongo().findAll(Delivery.class);
    }

    private void at(LocalDate date, LocalTime time) {
        service.clock().advanceTo(date.atTime(time).atZone(TaipeiTime.ZONE).toInstant());
    }

    @Test
    void aRedeliveredOverdueNoticeIsMailedOnceInTheRecipientsLanguageWithTheItemsLink() throws Exception {
        contact(Language.EN);
        var overdue = envelope(DeadlineEvents.overdue(DEADLINE, PLAN, "m-1", DUE), 1);

        service.deliver(Topic.DEADLINE, overdue);
        service.deliver(Topic.DEADLINE, overdue);
        sendDue();
        service.deliver(Topic.DEADLINE, overdue);
        sendDue();

        assertThat(mailbox.received()).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Overdue: 1. 推動線上申辦");
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("lin@agency.example.tw");
            assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("en");
            assertThat(Mailbox.hasAlternative(mail)).as("plain text and HTML, two views of one e-mail").isTrue();
            assertThat(Mailbox.part(mail, "text/plain")).contains("is past its deadline", "20 March 2026",
                    "http://localhost:8080/deadlines/" + DEADLINE);
            assertThat(Mailbox.part(mail, "text/html")).contains("<html lang=\"en\"",
                    "href=\"http://localhost:8080/deadlines/" + DEADLINE + "\"", "Open it in Uplift");
        });
        Delivery sent = deliveries().getFirst();
        assertThat(mailbox.received().getFirst().getMessageID()).isEqualTo(EmailSender.messageIdOf(sent));
        assertThat(sent.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(sent.history()).extracting(DeliveryStep::status).containsExactly(DeliveryStatus.CREATED,
                DeliveryStatus.SENDING, DeliveryStatus.DELIVERED);
        assertThat(sent.item().agencyId()).isEqualTo(DeadlineEvents.AGENCY);
        assertThat(sent.item().rocYear()).isEqualTo(115);
        assertThat(service.published(Delivery.class, NotificationDelivered.class)).singleElement()
                .satisfies(e -> assertThat(e.channel()).isEqualTo(Channel.EMAIL));
        assertThat(service.inboxOf("agency:" + DeadlineEvents.AGENCY)).as("the inbox as before").hasSize(1);
    }

    @Test
    void theDefaultLanguageIsTraditionalChinese() throws Exception {
        service.get(Directory.class).put(Person.of("clerk-wang", "王承辦", "wang@agency.example.tw",
                DeadlineEvents.AGENCY, null, null, EnumSet.of(DirectoryRole.CONTACT), true), ADMIN);

        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.overdue(DEADLINE, PLAN, "m-1", DUE), 1));
        sendDue();

        MimeMessage mail = mailbox.received().getFirst();
        assertThat(mail.getSubject()).isEqualTo("逾期通知：1. 推動線上申辦");
        assertThat(Mailbox.part(mail, "text/plain")).contains("「1. 推動線上申辦」已逾期限。", "民國 115 年 3 月 20 日");
    }

    @Test
    void twoWorkersRacingSendEachMailOnce() throws Exception {
        contact(Language.ZH_TW);
        for (int i = 1; i <= 8; i++) {
            service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.overdue(Deadline.idOfMeasure(PLAN, "m-" + i),
                    PLAN, "m-" + i, DUE), 1));
        }
        DeliveryWorker one = service.get(DeliveryWorker.class);
        DeliveryWorker other = secondInstance();

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(one::sendDue);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(other::sendDue);

        assertThat(a.get() + b.get()).isEqualTo(8);
        assertThat(mailbox.received()).hasSize(8);
        assertThat(mailbox.received().stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(8);
    }

    /** Another instance of the service on the same store: its own queue owner, its own worker. */
    private DeliveryWorker secondInstance() {
        return new DeliveryWorker(service.get(AggregateStore.class), new PendingDeliveries(service.mongo(),
                Duration.ofMinutes(2), "other-instance", Clock.systemUTC()),
                List.of(service.get(EmailSender.class)), io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry
                        .ofDefaults(), io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.ofDefaults(),
                service.clock(), service.get(tw.uplift.notification.delivery.application.DeliveryProperties.class),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    @Test
    void aCrashAfterTheServerTookTheMailIsNotSentAgainButReportedAsOutcomeUnknown() throws Exception {
        contact(Language.ZH_TW);
        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.overdue(DEADLINE, PLAN, "m-1", DUE), 1));
        String id = deliveries().getFirst().getId();
        // the instance that crashed: claimed with a lease that has run out by now, marked SENDING, sent, died
        PendingDeliveries crashed = new PendingDeliveries(service.mongo(), Duration.ofMillis(1), "crashed",
                Clock.systemUTC());
        assertThat(crashed.claim(id)).isPresent();
        AggregateStore store = service.get(AggregateStore.class);
        store.update(id, Delivery.class, d -> d.startAttempt(service.clock().instant()));
        assertThat(service.get(EmailSender.class).send(store.findById(id, Delivery.class).orElseThrow())
                .isDelivered()).isTrue();
        Thread.sleep(5); // the lease's millisecond passes

        sendDue();
        sendDue();

        assertThat(mailbox.received()).as("at most once: not sent again").hasSize(1);
        Delivery d = store.findById(id, Delivery.class).orElseThrow();
        assertThat(d.status()).isEqualTo(DeliveryStatus.TECHNICAL_FAILURE);
        assertThat(d.history().getLast().reason()).startsWith("outcome unknown");
        assertThat(service.published(Delivery.class, NotificationFailed.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("outcome unknown"));
        assertThat(service.mongo().count(new Query(), PendingDeliveries.COLLECTION)).as("out of the queue").isZero();
    }

    @Test
    void quietHoursHoldAReminderAndLetAnOverdueNoticeThrough() throws Exception {
        contact(Language.ZH_TW);
        service.get(PreferenceBook.class).put(new Preferences("clerk-lin", Language.ZH_TW, null,
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)), false, null));
        LocalDate day = NotificationHarness.START.atZone(TaipeiTime.ZONE).toLocalDate();
        at(day, LocalTime.of(23, 0));

        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.reminder(DEADLINE, PLAN, "m-1", DUE, 7), 1));
        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.overdue(OTHER_DEADLINE, PLAN, "m-2", DUE), 1));
        sendDue();

        assertThat(mailbox.received()).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("逾期通知"));
        Delivery held = deliveries().stream().filter(d -> d.status() == DeliveryStatus.HELD).findFirst().orElseThrow();
        assertThat(held.heldUntil()).isEqualTo(day.plusDays(1).atTime(7, 0).atZone(TaipeiTime.ZONE).toInstant());

        at(day.plusDays(1), LocalTime.of(6, 59));
        sendDue();
        assertThat(mailbox.received()).hasSize(1);

        at(day.plusDays(1), LocalTime.of(7, 0));
        sendDue();
        assertThat(mailbox.received()).hasSize(2);
        assertThat(mailbox.received().get(1).getSubject()).isEqualTo("屆期提醒：1. 推動線上申辦");
    }

    @Test
    void aDigestGathersADaysRemindersIntoOneMail() throws Exception {
        contact(Language.EN);
        service.get(PreferenceBook.class).put(new Preferences("clerk-lin", Language.EN, null, null, true,
                LocalTime.of(8, 30)));
        LocalDate day = NotificationHarness.START.atZone(TaipeiTime.ZONE).toLocalDate(); // 10:00: after today's digest

        var first = envelope(DeadlineEvents.reminder(DEADLINE, PLAN, "m-1", DUE, 7), 1);
        service.deliver(Topic.DEADLINE, first);
        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.reminder(OTHER_DEADLINE, PLAN, "m-2", DUE, 7), 1));
        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.overdue(Deadline.idOfMeasure(PLAN, "m-3"), PLAN,
                "m-3", DUE), 1));
        service.deliver(Topic.DEADLINE, first); // redelivered: still one reminder, in the digest only
        sendDue();
        assertThat(mailbox.received()).as("the overdue notice does not wait").singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Overdue"));

        at(day.plusDays(1), LocalTime.of(8, 30));
        sendDue();
        service.deliver(Topic.DEADLINE, first); // and again after the digest went
        sendDue();
        at(day.plusDays(1), LocalTime.of(9, 30));
        sendDue();

        assertThat(mailbox.received()).hasSize(2);
        MimeMessage digest = mailbox.received().get(1);
        assertThat(digest.getSubject()).isEqualTo("Daily reminders: 3 March 2026");
        assertThat(Mailbox.part(digest, "text/plain")).contains("2 deadline reminders today",
                "http://localhost:8080/deadlines/" + DEADLINE, "http://localhost:8080/deadlines/" + OTHER_DEADLINE);
        Delivery digestDelivery = deliveries().stream().filter(Delivery::isDigest).findFirst().orElseThrow();
        assertThat(digestDelivery.causeKey()).isEqualTo("digest:clerk-lin:2026-03-03");
        assertThat(deliveries().stream().filter(d -> d.kind() == tw.uplift.notification.inbox.InboxKind
                .DEADLINE_APPROACHING)).hasSize(2).allSatisfy(d -> {
                    assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
                    assertThat(d.history().getLast().reason()).isEqualTo("in digest " + digestDelivery.getId());
                });
    }

    @Test
    void whenTheServerIsDownTheMailWaitsAndGoesWhenItIsBack() throws Exception {
        mailbox.stop();
        contact(Language.ZH_TW);
        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.overdue(DEADLINE, PLAN, "m-1", DUE), 1));

        sendDue();
        Delivery failed = deliveries().getFirst();
        assertThat(failed.status()).as(failed.history().getLast().reason()).isEqualTo(DeliveryStatus.TEMPORARY_FAILURE);
        assertThat(failed.attempts()).isEqualTo(1);

        mailbox.start();
        sendDue();
        assertThat(mailbox.received()).as("not before its back-off").isEmpty();

        service.clock().advanceTo(service.clock().instant().plus(Duration.ofMinutes(1)));
        sendDue();

        assertThat(mailbox.received()).hasSize(1);
        Delivery d = deliveries().getFirst();
        assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(d.history()).extracting(DeliveryStep::status).containsExactly(DeliveryStatus.CREATED,
                DeliveryStatus.SENDING, DeliveryStatus.TEMPORARY_FAILURE, DeliveryStatus.SENDING,
                DeliveryStatus.DELIVERED);
        assertThat(service.published(Delivery.class, NotificationFailed.class)).singleElement()
                .satisfies(e -> assertThat(e.attempt()).isEqualTo(1));
    }

    @Test
    void aPersonWhoTurnedEmailOffForAKindGetsItInTheInboxOnly() {
        contact(Language.ZH_TW);
        service.get(PreferenceBook.class).put(new Preferences("clerk-lin", Language.ZH_TW,
                EnumSet.of(tw.uplift.notification.inbox.InboxKind.ITEM_OVERDUE), null, false, null));

        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.overdue(DEADLINE, PLAN, "m-1", DUE), 1));
        sendDue();

        assertThat(mailbox.received()).isEmpty();
        assertThat(deliveries()).isEmpty();
        assertThat(service.mongo().findAll(InboxItem.class)).hasSize(1);
    }
}
