package tw.uplift.gateway.publictraffic;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;
import tw.uplift.platform.pages.PageModelAdvice;

/**
 * Makes the {@link PublicTrafficGuard}; the security configuration places it in Spring Security's chain. Kept out
 * of the servlet container's own filter list (it would run twice, once outside the chain where the login is not
 * known yet).
 */
@Configuration(proxyBeanMethods = false)
class PublicTrafficConfiguration {

    @Bean
    PublicTrafficGuard publicTrafficGuard(PublicTrafficProperties properties, MeterRegistry meters,
            ViewResolver thymeleafViewResolver, LocaleResolver localeResolver, PageModelAdvice layout) {
        ClientRateLimit limit = new ClientRateLimit(properties.rateLimit());
        Gauge.builder("uplift.gateway.public.clients", limit, ClientRateLimit::clients)
                .description("clients with a rate-limit bucket in this gateway's memory (keyed hashes, no addresses)")
                .register(meters);
        return new PublicTrafficGuard(properties, limit,
                new RefusalAnswers(meters, thymeleafViewResolver, localeResolver, layout));
    }

    @Bean
    FilterRegistrationBean<PublicTrafficGuard> publicTrafficGuardOnlyInTheSecurityChain(PublicTrafficGuard guard) {
        FilterRegistrationBean<PublicTrafficGuard> registration = new FilterRegistrationBean<>(guard);
        registration.setEnabled(false);
        return registration;
    }
}
