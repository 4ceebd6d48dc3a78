package tw.uplift.platform.calendar;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import tw.uplift.platform.UpliftPlatformAutoConfiguration;

/** The office calendar every service counts working days on, its due dates and its metrics. */
@AutoConfiguration(after = UpliftPlatformAutoConfiguration.class)   // for the service Clock
@EnableConfigurationProperties(CalendarProperties.class)
public class OfficeCalendarAutoConfiguration {

    /** Read once at start-up: a new year's file takes effect at the next (rolling) restart. */
    @Bean
    @ConditionalOnMissingBean
    OfficeCalendar upliftOfficeCalendar(CalendarProperties properties) {
        return OfficeCalendarLoader.load(properties.directory());
    }

    @Bean
    @ConditionalOnMissingBean
    DueDates upliftDueDates(OfficeCalendar calendar, CalendarProperties properties) {
        return new DueDates(calendar, properties.urgency());
    }

    @Bean
    OfficeCalendarMetrics upliftOfficeCalendarMetrics(OfficeCalendar calendar, Clock clock) {
        return new OfficeCalendarMetrics(calendar, clock);
    }
}
