package tw.uplift.review.tasks;

import java.util.HashSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.uplift.review.ReviewProperties;
import tw.uplift.review.calendar.WorkingDays;

/** The working-day calendar, from the holidays in {@code uplift.review.holidays}. */
@Configuration(proxyBeanMethods = false)
class ReviewTaskConfiguration {

    @Bean
    WorkingDays workingDays(ReviewProperties properties) {
        return new WorkingDays(new HashSet<>(properties.holidays()));
    }
}
