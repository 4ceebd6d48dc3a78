package tw.uplift.notification;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.notification.deadlines.application.CorrectiveActionDeadlines;
import tw.uplift.notification.deadlines.application.DeadlineLadders;
import tw.uplift.notification.deadlines.application.DeadlineProperties;
import tw.uplift.notification.deadlines.application.DeadlineQueries;
import tw.uplift.notification.deadlines.application.DeadlineScheduler;
import tw.uplift.notification.deadlines.application.DeadlineTracker;
import tw.uplift.notification.deadlines.application.MeasureReleases;
import tw.uplift.notification.deadlines.application.PlanDeadlines;
import tw.uplift.notification.deadlines.application.ReviewTaskDeadlines;
import tw.uplift.notification.deadlines.application.TrackerConfiguration;
import tw.uplift.notification.deadlines.persistence.MeasureTracks;
import tw.uplift.notification.deadlines.persistence.OverdueCount;
import tw.uplift.notification.deadlines.persistence.PlanTracks;
import tw.uplift.notification.deadlines.persistence.TimeBuckets;
import tw.uplift.notification.inbox.application.CorrectiveActionNotices;
import tw.uplift.notification.inbox.application.DeadlineNotices;
import tw.uplift.notification.inbox.application.ExtensionNotices;
import tw.uplift.notification.inbox.application.Inbox;
import tw.uplift.notification.inbox.application.Notices;
import tw.uplift.notification.inbox.application.ReviewNotices;
import tw.uplift.notification.inbox.persistence.InboxIndex;
import tw.uplift.notification.inbox.persistence.InboxIndexBackfill;
import tw.uplift.notification.inbox.persistence.UnreadCounters;
import tw.uplift.platform.outbox.AggregateBatches;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * Wires the two features' plain classes. It handles no events: the consumers are the {@code *Intake}
 * components in each feature's {@code messaging} package, bound by the platform from
 * {@code uplift.messaging.consumers} in {@code notification-service.yml}.
 */
@Configuration(proxyBeanMethods = false)
@Import(TrackerConfiguration.class)
class NotificationConfiguration {

    @Bean
    TimeBuckets timeBuckets(MongoTemplate mongo, DeadlineProperties props) {
        // Leases on the system clock: the business clock may have been moved forward (local run, tests).
        return new TimeBuckets(mongo, props.bucketWidth(), props.lease(), Clock.systemUTC());
    }

    @Bean
    MeasureTracks measureTracks(MongoTemplate mongo) {
        return new MeasureTracks(mongo);
    }

    @Bean
    PlanTracks planTracks(MongoTemplate mongo) {
        return new PlanTracks(mongo);
    }

    @Bean
    OverdueCount overdueCount(MongoTemplate mongo, MeterRegistry meters) {
        return new OverdueCount(mongo, meters);
    }

    @Bean
    DeadlineTracker deadlineTracker(AggregateStore store, AggregateBatches batches, TimeBuckets buckets,
            MeasureTracks measures, OverdueCount overdue, DeadlineLadders ladders, Clock clock) {
        return new DeadlineTracker(store, batches, buckets, measures, overdue, ladders, clock);
    }

    @Bean
    PlanDeadlines planDeadlines(DeadlineTracker tracker, PlanTracks plans, DeadlineQueries queries, Clock clock) {
        return new PlanDeadlines(tracker, plans, queries, clock);
    }

    @Bean
    ReviewTaskDeadlines reviewTaskDeadlines(DeadlineTracker tracker) {
        return new ReviewTaskDeadlines(tracker);
    }

    @Bean
    CorrectiveActionDeadlines correctiveActionDeadlines(DeadlineTracker tracker) {
        return new CorrectiveActionDeadlines(tracker);
    }

    @Bean
    MeasureReleases measureReleases(DeadlineTracker tracker) {
        return new MeasureReleases(tracker);
    }

    @Bean
    DeadlineScheduler deadlineScheduler(TimeBuckets buckets, DeadlineTracker tracker, Clock clock,
            DeadlineProperties props, MeterRegistry meters) {
        return new DeadlineScheduler(buckets, tracker, clock, props.tickInterval(), meters);
    }

    @Bean
    DeadlineQueries deadlineQueries(MongoTemplate mongo) {
        return new DeadlineQueries(mongo);
    }

    @Bean
    UnreadCounters unreadCounters(MongoTemplate mongo) {
        return new UnreadCounters(mongo);
    }

    @Bean
    InboxIndex inboxIndex(MongoTemplate mongo) {
        return new InboxIndex(mongo);
    }

    @Bean
    InboxIndexBackfill inboxIndexBackfill(MongoTemplate mongo, InboxIndex index) {
        return new InboxIndexBackfill(mongo, index);
    }

    @Bean
    Inbox inbox(AggregateStore store, MongoTemplate mongo, UnreadCounters unread, InboxIndex index, Clock clock,
            MeterRegistry meters) {
        return new Inbox(store, mongo, unread, index, clock, meters);
    }

    @Bean
    ReviewNotices reviewNotices(Notices inbox) {
        return new ReviewNotices(inbox);
    }

    @Bean
    DeadlineNotices deadlineNotices(Notices inbox, AggregateStore store) {
        return new DeadlineNotices(inbox, store);
    }

    @Bean
    ExtensionNotices extensionNotices(Notices inbox) {
        return new ExtensionNotices(inbox);
    }

    @Bean
    CorrectiveActionNotices correctiveActionNotices(Notices inbox, AggregateStore store) {
        return new CorrectiveActionNotices(inbox, store);
    }
}
