package tw.uplift.notification.webhook.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.platform.test.KafkaProbe.envelope;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.delivery.Delivery;
import tw.uplift.notification.delivery.DeliveryStatus;
import tw.uplift.notification.delivery.DirectoryRole;
import tw.uplift.notification.delivery.Mailbox;
import tw.uplift.notification.delivery.Person;
import tw.uplift.notification.delivery.application.DeliveryWorker;
import tw.uplift.notification.delivery.application.Directory;
import tw.uplift.notification.delivery.persistence.PendingDeliveries;
import tw.uplift.notification.support.DeadlineEvents;
import tw.uplift.notification.webhook.WebhookOwner;
import tw.uplift.notification.webhook.WebhookSecret;
import tw.uplift.notification.webhook.WebhookVerifier;
import tw.uplift.notification.webhook.application.WebhookEndpoints;
import tw.uplift.notification.webhook.application.WebhookScope;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/**
 * Webhooks as a channel of the service as production wires it: a notice for an agency goes to the endpoints it
 * registered, signed, once per delivery whatever is redelivered; an endpoint that hangs holds up neither the other
 * endpoints nor e-mail; an attempt cut short by a crash is made again under the same {@code webhook-id}, which the
 * receiver recognises.
 */
class WebhookDeliveryTest {

    private static final String PLAN = "plan-1";
    private static final String DEADLINE = Deadline.idOfMeasure(PLAN, "m-1");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);
    private static final CurrentUser ADMIN = new CurrentUser("admin", "管理者", Set.of(Role.ADMIN), null, null);

    final Mailbox mailbox = Mailbox.onFreePort().start();

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.withSmtpOn(mailbox.port());

    private TestReceiver healthy;
    private TestReceiver hanging;

    @AfterEach
    void stop() {
        mailbox.stop();
        if (healthy != null) {
            healthy.close();
        }
        if (hanging != null) {
            hanging.close();
        }
    }

    /** Registers an endpoint of the agency at a new receiver that verifies with the secret it was given. */
    private TestReceiver endpointOfTheAgency() throws Exception {
        TestReceiver receiver = new TestReceiver(null);
        var issued = service.get(WebhookEndpoints.class).register(WebhookOwner.agency(DeadlineEvents.AGENCY),
                receiver.url(), Set.of(), "admin", WebhookScope.everyone());
        return receiver.verifyingWith(new WebhookVerifier(WebhookSecret.parse(issued.secret()), Clock.systemUTC()));
    }

    private List<Delivery> webhookDeliveries() {
        return service.mongo().findAll(Delivery.class).stream().filter(d -> d.channel() == Channel.WEBHOOK).toList();
    }

    @Test
    void anOverdueNoticeIsPostedSignedOnceToTheAgencysEndpoint() throws Exception {
        healthy = endpointOfTheAgency();
        var overdue = envelope(DeadlineEvents.overdue(DEADLINE, PLAN, "m-1", DUE), 1);

        service.deliver(Topic.DEADLINE, overdue);
        service.deliver(Topic.DEADLINE, overdue);
        service.get(DeliveryWorker.class).sendDue();
        service.deliver(Topic.DEADLINE, overdue);
        service.get(DeliveryWorker.class).sendDue();

        Delivery delivery = webhookDeliveries().getFirst();
        assertThat(healthy.received()).singleElement().satisfies(post -> {
            assertThat(post.verdict()).isEqualTo(WebhookVerifier.Verdict.VERIFIED);
            assertThat(post.id()).as("webhook-id is the delivery's id").isEqualTo(delivery.getId());
            assertThat(new String(post.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"type\":\"notice.item_overdue\"", "\"deadlineId\":\"" + DEADLINE + "\"",
                            "/deadlines/" + DEADLINE, "\"dueDate\":\"2026-03-20\"");
        });
        assertThat(webhookDeliveries()).singleElement().extracting(Delivery::status).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void anEndpointThatHangsHoldsUpNeitherTheOtherEndpointNorEmail() throws Exception {
        healthy = endpointOfTheAgency();
        hanging = endpointOfTheAgency().answering(call -> TestReceiver.HANG);
        service.get(Directory.class).put(Person.of("clerk-lin", "林承辦", "lin@agency.example.tw", DeadlineEvents.AGENCY,
                null, null, EnumSet.of(DirectoryRole.CONTACT), true), ADMIN);
        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.overdue(DEADLINE, PLAN, "m-1", DUE), 1));

        CompletableFuture<Integer> pass = CompletableFuture.supplyAsync(() -> service.get(DeliveryWorker.class).sendDue());

        awaitUntil(() -> healthy.calls() == 1 && mailbox.received().size() == 1 && hanging.calls() >= 1);
        assertThat(pass).as("the pass is still waiting on the endpoint that hangs").isNotDone();
        hanging.close(); // the hung request ends (as its read timeout would end it)
        pass.get();
        assertThat(healthy.received()).singleElement().extracting(TestReceiver.Received::verdict)
                .isEqualTo(WebhookVerifier.Verdict.VERIFIED);
        assertThat(webhookDeliveries()).extracting(Delivery::status)
                .containsExactlyInAnyOrder(DeliveryStatus.DELIVERED, DeliveryStatus.TEMPORARY_FAILURE);
    }

    @Test
    void anAttemptCutShortByACrashIsMadeAgainUnderTheSameWebhookId() throws Exception {
        healthy = endpointOfTheAgency();
        service.deliver(Topic.DEADLINE, envelope(DeadlineEvents.overdue(DEADLINE, PLAN, "m-1", DUE), 1));
        String id = webhookDeliveries().getFirst().getId();
        // the instance that crashed: claimed with a lease that has run out by now, marked SENDING, posted, died
        PendingDeliveries crashed = new PendingDeliveries(service.mongo(), Duration.ofMillis(1), "crashed",
                Clock.systemUTC());
        assertThat(crashed.claim(id)).isPresent();
        AggregateStore store = service.get(AggregateStore.class);
        store.update(id, Delivery.class, d -> d.startAttempt(service.clock().instant()));
        assertThat(service.get(WebhookChannel.class).send(store.findById(id, Delivery.class).orElseThrow())
                .isDelivered()).isTrue();
        Thread.sleep(5); // the lease's millisecond passes

        service.get(DeliveryWorker.class).sendDue();
        service.get(DeliveryWorker.class).sendDue();

        assertThat(healthy.received()).as("sent again: the receiver drops the copy by its id").hasSize(2)
                .extracting(TestReceiver.Received::id).containsOnly(id);
        Delivery settled = store.findById(id, Delivery.class).orElseThrow();
        assertThat(settled.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(settled.history()).anySatisfy(step -> assertThat(step.reason()).isEqualTo(Delivery.INTERRUPTED));
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not reached in 20 s");
            }
            Thread.sleep(20);
        }
    }
}
