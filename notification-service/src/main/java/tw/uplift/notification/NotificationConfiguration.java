package tw.uplift.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import tw.uplift.notification.deadlines.application.DeadlineIntake;
import tw.uplift.notification.deadlines.application.DeadlineProperties;
import tw.uplift.notification.deadlines.application.DeadlineQueries;
import tw.uplift.notification.deadlines.application.DeadlineScheduler;
import tw.uplift.notification.deadlines.application.DeadlineTracker;
import tw.uplift.notification.deadlines.persistence.MeasureTracks;
import tw.uplift.notification.deadlines.persistence.OverdueCount;
import tw.uplift.notification.deadlines.persistence.TimeBuckets;
import tw.uplift.notification.inbox.application.Inbox;
import tw.uplift.notification.inbox.application.InboxIntake;
import tw.uplift.platform.messaging.IncomingEvents;
import tw.uplift.platform.outbox.AggregateStore;

/** Wires the two features and binds the consumers named in {@code notification-service.yml}. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    TimeBuckets timeBuckets(MongoTemplate mongo, DeadlineProperties props) {
        return new TimeBuckets(mongo, props.bucketWidth());
    }

    @Bean
    MeasureTracks measureTracks(MongoTemplate mongo) {
        return new MeasureTracks(mongo);
    }

    @Bean
    OverdueCount overdueCount(MongoTemplate mongo, MeterRegistry meters) {
        OverdueCount count = new OverdueCount(mongo);
        Gauge.builder("uplift.deadlines.overdue", count, OverdueCount::current)
                .description("open obligations past their due date").register(meters);
        return count;
    }

    @Bean
    DeadlineTracker deadlineTracker(AggregateStore store, TimeBuckets buckets, MeasureTracks measures,
            OverdueCount overdue, DeadlineProperties props, Clock clock) {
        return new DeadlineTracker(store, buckets, measures, overdue, props.ladder(), clock);
    }

    @Bean
    DeadlineIntake deadlineIntake(DeadlineTracker tracker, Clock clock) {
        return new DeadlineIntake(tracker, clock);
    }

    @Bean
    DeadlineScheduler deadlineScheduler(TimeBuckets buckets, DeadlineTracker tracker, Clock clock,
            DeadlineProperties props) {
        return new DeadlineScheduler(buckets, tracker, clock, props.tickInterval(), props.lease());
    }

    @Bean
    DeadlineQueries deadlineQueries(MongoTemplate mongo) {
        return new DeadlineQueries(mongo);
    }

    @Bean
    Inbox inbox(AggregateStore store, MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        return new Inbox(store, mongo, clock, meters);
    }

    @Bean
    InboxIntake inboxIntake(Inbox inbox, AggregateStore store) {
        return new InboxIntake(inbox, store);
    }

    /** plan-events: approvals register deadlines; completions and progress reports close them. */
    @Bean
    Consumer<Message<byte[]>> planEvents(IncomingEvents incoming, DeadlineIntake deadlines) {
        return incoming.handle(deadlines::on);
    }

    /** review-events: task due dates are tracked; assignments and decisions reach inboxes. */
    @Bean
    Consumer<Message<byte[]>> reviewEvents(IncomingEvents incoming, DeadlineIntake deadlines, InboxIntake inbox) {
        return incoming.handle(event -> {
            deadlines.on(event);
            inbox.on(event);
        });
    }

    /** deadline-events (our own): each fired step reaches the responsible inboxes. */
    @Bean
    Consumer<Message<byte[]>> deadlineEvents(IncomingEvents incoming, InboxIntake inbox) {
        return incoming.handle(inbox::on);
    }
}
