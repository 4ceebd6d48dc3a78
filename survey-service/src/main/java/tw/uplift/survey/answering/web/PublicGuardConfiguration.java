package tw.uplift.survey.answering.web;

import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.survey.answering.ClientKeys;
import tw.uplift.survey.answering.DailySecret;
import tw.uplift.survey.answering.PublicAnsweringProperties;
import tw.uplift.survey.answering.RefusedAnswers;
import tw.uplift.survey.answering.SharedRateLimit;
import tw.uplift.survey.answering.TokenBuckets;

/** Registers {@link PublicPostGuard} on {@code /public/*}, before everything else (a refused request costs little). */
@Configuration
class PublicGuardConfiguration {

    @Bean
    SharedRateLimit sharedRateLimit(PublicAnsweringProperties props, MongoTemplate mongo, Clock clock) {
        return new SharedRateLimit(mongo, props.rateLimit().perWindow(), props.rateLimit().window(), clock);
    }

    @Bean
    ClientKeys clientKeys(PublicAnsweringProperties props, MongoTemplate mongo, Clock clock) {
        return new ClientKeys(new DailySecret(props.rateLimit().salt(), mongo, "client-key-salt"), clock);
    }

    @Bean
    FilterRegistrationBean<PublicPostGuard> publicPostGuard(PublicAnsweringProperties props, SharedRateLimit shared,
            RefusedAnswers refusals, ClientKeys clientKeys, Clock clock) {
        var limit = props.rateLimit();
        PublicPostGuard guard = new PublicPostGuard(
                new TokenBuckets(limit.burst(), limit.refillPerMinute(), limit.maxClients(), clock),
                shared::take, refusals, props.maxBodyBytes(), clientKeys);
        FilterRegistrationBean<PublicPostGuard> registration = new FilterRegistrationBean<>(guard);
        registration.addUrlPatterns("/public/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
