package tw.uplift.survey.answering.web;

import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tw.uplift.survey.answering.PublicAnsweringProperties;
import tw.uplift.survey.answering.TokenBuckets;

/** Registers {@link PublicPostGuard} on {@code /public/*}, before everything else (a refused request costs little). */
@Configuration
class PublicGuardConfiguration {

    @Bean
    FilterRegistrationBean<PublicPostGuard> publicPostGuard(PublicAnsweringProperties props, Clock clock) {
        var limit = props.rateLimit();
        PublicPostGuard guard = new PublicPostGuard(
                new TokenBuckets(limit.burst(), limit.refillPerMinute(), limit.maxClients(), clock),
                props.maxBodyBytes(), limit.salt());
        FilterRegistrationBean<PublicPostGuard> registration = new FilterRegistrationBean<>(guard);
        registration.addUrlPatterns("/public/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
