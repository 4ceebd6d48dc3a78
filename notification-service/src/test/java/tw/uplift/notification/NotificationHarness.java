package tw.uplift.notification;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.application.DeadlineProperties;
import tw.uplift.notification.deadlines.application.DeadlineScheduler;
import tw.uplift.notification.delivery.application.DeliveryConfiguration;
import tw.uplift.notification.delivery.application.DeliveryProperties;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.webhook.WebhookConfiguration;
import tw.uplift.notification.webhook.WebhookProperties;
import tw.uplift.platform.calendar.OfficeCalendar;
import tw.uplift.platform.calendar.OfficeCalendarLoader;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.platform.outbox.AggregateBatches;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.outbox.OutboxAggregate;
import tw.uplift.platform.outbox.PendingEvent;
import tw.uplift.platform.test.SharedInfrastructure;
import tw.uplift.platform.time.MovableClock;
import tw.uplift.platform.work.BackgroundWorker;

/**
 * The service as production wires it ({@link NotificationConfiguration} and the {@code *Intake} components),
 * on the shared in-JVM MongoDB (a database of its own), without Kafka: a test hands events to the intakes of a
 * topic exactly as the platform's consumer would, moves the clock and runs scheduler passes by hand. Nothing
 * is relayed, so what the service published stays visible as the pending events of its aggregates.
 *
 * <pre>&#64;RegisterExtension final NotificationHarness service = NotificationHarness.start();</pre>
 */
public final class NotificationHarness implements AfterEachCallback {

    /** Monday 2 March 2026, 10:00 in Taipei: the first quarter of 民國 115 under way. */
    public static final Instant START = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(TaipeiTime.ZONE).toInstant();

    private final MongoClient client;
    private final AnnotationConfigApplicationContext context;
    private final MongoTemplate mongo;
    private final MovableClock clock;

    /** SMTP where nothing listens unless a test starts a server there (most tests send no e-mail). */
    private static final int NO_SMTP = 3025;

    private NotificationHarness(Instant start, OfficeCalendar calendar, int smtpPort) {
        clock = new MovableClock(Clock.fixed(start, TaipeiTime.ZONE));
        client = MongoClients.create("mongodb://" + SharedInfrastructure.mongoAddress());
        mongo = new MongoTemplate(client, "harness-" + UUID.randomUUID());
        context = new AnnotationConfigApplicationContext();
        context.registerBean(MongoTemplate.class, () -> mongo);
        context.registerBean(AggregateStore.class, () -> new AggregateStore(mongo, () -> { }));
        context.registerBean(AggregateBatches.class, () -> new AggregateBatches(mongo, () -> { }));
        context.registerBean(Clock.class, () -> clock);
        context.registerBean(MeterRegistry.class, SimpleMeterRegistry::new);
        context.registerBean(OfficeCalendar.class, () -> calendar);
        // the defaults, from where they live
        context.registerBean(DeadlineProperties.class, () -> Binder.get(new StandardEnvironment())
                .bindOrCreate("uplift.deadlines", DeadlineProperties.class));
        context.registerBean(DeliveryProperties.class, () -> Binder.get(new StandardEnvironment())
                .bindOrCreate("uplift.notification", DeliveryProperties.class));
        context.registerBean(JavaMailSender.class, () -> {
            JavaMailSenderImpl mail = new JavaMailSenderImpl();
            mail.setHost("127.0.0.1");
            mail.setPort(smtpPort);
            mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
            mail.getJavaMailProperties().put("mail.smtp.timeout", "5000");
            return mail;
        });
        context.registerBean(WebhookProperties.class, () -> Binder.get(new StandardEnvironment())
                .bindOrCreate("uplift.webhooks", WebhookProperties.class));
        context.register(NotificationConfiguration.class, DeliveryConfiguration.class, WebhookConfiguration.class);
        context.scan("tw.uplift.notification.deadlines.messaging", "tw.uplift.notification.inbox.messaging",
                "tw.uplift.notification.delivery.messaging");
        context.addBeanFactoryPostProcessor(beans -> beans.addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof BackgroundWorker worker) {
                    worker.setAutoStartup(false); // passes run when the test says so
                }
                return bean;
            }
        }));
        context.refresh();
    }

    public static NotificationHarness start() {
        return new NotificationHarness(START, OfficeCalendarLoader.load(null), NO_SMTP); // the shipped years
    }

    /** Starting at another instant (the clock only moves forward), on another office calendar. */
    public static NotificationHarness startAt(Instant start, OfficeCalendar calendar) {
        return new NotificationHarness(start, calendar, NO_SMTP);
    }

    /** The service sending its e-mail to the SMTP server on {@code smtpPort} of this machine. */
    public static NotificationHarness withSmtpOn(int smtpPort) {
        return new NotificationHarness(START, OfficeCalendarLoader.load(null), smtpPort);
    }

    public MongoTemplate mongo() {
        return mongo;
    }

    /** Hands an event to every intake of its topic, as the platform's consumer does with a record. */
    @SuppressWarnings("unchecked")
    public void deliver(Topic topic, EventEnvelope<?> event) {
        List<EventIntake> intakes = context.getBeanProvider(EventIntake.class).orderedStream()
                .filter(i -> i.topic() == topic).toList();
        if (intakes.isEmpty()) {
            throw new AssertionError("no intake reads " + topic);
        }
        intakes.forEach(i -> i.on((EventEnvelope<DomainEvent>) event));
    }

    public <T> T get(Class<T> type) {
        return context.getBean(type);
    }

    public MovableClock clock() {
        return clock;
    }

    public LocalDate today() {
        return TaipeiTime.today(clock);
    }

    /** Moves the clock to a Taipei date and time, and runs one scheduler pass. Returns the steps it fired. */
    public int passAt(LocalDate date, LocalTime time) {
        clock.advanceTo(date.atTime(time).atZone(TaipeiTime.ZONE).toInstant());
        return context.getBean(DeadlineScheduler.class).tick();
    }

    public Optional<Deadline> deadline(String id) {
        return Optional.ofNullable(mongo.findById(id, Deadline.class));
    }

    public List<Deadline> deadlinesOfPlan(String planId) {
        return mongo.find(Query.query(Criteria.where("planId").is(planId)), Deadline.class);
    }

    public List<InboxItem> inboxOf(String recipient) {
        return mongo.find(Query.query(Criteria.where("recipient").is(recipient)), InboxItem.class);
    }

    /** Every event of this type the service recorded for publication (nothing is relayed here). */
    public <E extends DomainEvent> List<E> published(Class<? extends OutboxAggregate> aggregate, Class<E> type) {
        return mongo.findAll(aggregate).stream().flatMap(a -> a.pendingEvents().stream()).map(PendingEvent::payload)
                .filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void afterEach(ExtensionContext test) {
        context.close();
        mongo.getDb().drop();
        client.close();
    }
}
