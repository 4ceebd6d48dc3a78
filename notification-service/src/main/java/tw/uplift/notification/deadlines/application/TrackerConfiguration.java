package tw.uplift.notification.deadlines.application;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.uplift.notification.deadlines.persistence.OverdueCount;
import tw.uplift.notification.deadlines.persistence.PlanTracks;
import tw.uplift.notification.deadlines.persistence.TimeBuckets;
import tw.uplift.platform.calendar.OfficeCalendar;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * The tracker's ladders per kind and body, survey close dates and extensions (展期). Who is told of extensions
 * ({@link ExtensionNotifier}) is the inbox's, wired beside the inbox.
 */
@Configuration(proxyBeanMethods = false)
public class TrackerConfiguration {

    @Bean
    DeadlineLadders deadlineLadders(DeadlineProperties props, OfficeCalendar calendar) {
        return new DeadlineLadders(props, calendar);
    }

    @Bean
    SurveyDeadlines surveyDeadlines(DeadlineTracker tracker, PlanTracks plans) {
        return new SurveyDeadlines(tracker, plans);
    }

    @Bean
    DeadlineExtensions deadlineExtensions(AggregateStore store, TimeBuckets buckets, OverdueCount overdue,
            DeadlineLadders ladders, DeadlineProperties props, ExtensionNotifier notices, Clock clock) {
        return new DeadlineExtensions(store, buckets, overdue, ladders, props.extensionRules(), notices, clock);
    }
}
