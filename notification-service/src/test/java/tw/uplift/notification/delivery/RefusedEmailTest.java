package tw.uplift.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.platform.test.KafkaProbe.envelope;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.query.Query;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.notification.NotificationFailed;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.delivery.application.DeliveryWorker;
import tw.uplift.notification.delivery.application.Directory;
import tw.uplift.notification.delivery.persistence.PendingDeliveries;
import tw.uplift.notification.support.DeadlineEvents;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/** A mail server that refuses the address (SMTP 5xx): a permanent failure, not retried, with the server's words. */
class RefusedEmailTest {

    private final RefusingSmtpServer smtp = new RefusingSmtpServer();

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.withSmtpOn(smtp.port());

    @AfterEach
    void stop() throws Exception {
        smtp.close();
    }

    @Test
    void anAddressTheServerRefusesIsAPermanentFailure() {
        service.get(Directory.class).put(Person.of("clerk-gone", "離職承辦", "gone@agency.example.tw",
                DeadlineEvents.AGENCY, null, null, EnumSet.of(DirectoryRole.CONTACT), true),
                new CurrentUser("admin", "管理者", Set.of(Role.ADMIN), null, null));
        String deadline = Deadline.idOfMeasure("plan-1", "m-1");
        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.overdue(deadline, "plan-1", "m-1",
                java.time.LocalDate.of(2026, 3, 20)), 1));

        service.get(DeliveryWorker.class).sendDue();
        service.get(DeliveryWorker.class).sendDue();

        Delivery d = service.mongo().findAll(Delivery.class).getFirst();
        assertThat(d.status()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
        assertThat(d.attempts()).as("not retried").isEqualTo(1);
        assertThat(d.history().getLast().reason()).contains("SMTP 550", "No such user");
        assertThat(service.published(Delivery.class, NotificationFailed.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("550"));
        assertThat(service.mongo().count(new Query(), PendingDeliveries.COLLECTION)).isZero();
    }
}
