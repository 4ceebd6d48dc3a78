package tw.uplift.platform.pages;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page base in every application that has it: 繁體中文 unless the viewer chose English ({@code ?lang=en}, kept
 * in the cookie {@value #LANGUAGE_COOKIE}, which the gateway forwards so every service sees the same choice),
 * the {@code #uplift} dialect and the layout's model.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
public class PagesAutoConfiguration {

    public static final String LANGUAGE_COOKIE = "uplift-lang";
    public static final Locale DEFAULT_LOCALE = Locale.TAIWAN;

    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocale(DEFAULT_LOCALE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Bean
    WebMvcConfigurer upliftLanguageSwitch() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                LocaleChangeInterceptor change = new LocaleChangeInterceptor();
                change.setParamName("lang");
                change.setIgnoreInvalidLocale(true);
                registry.addInterceptor(change);
            }
        };
    }

    @Bean
    UpliftDialect upliftDialect() {
        return new UpliftDialect();
    }

    @Bean
    PageModelAdvice upliftPageModelAdvice(ObjectProvider<ViewerSource> viewers) {
        return new PageModelAdvice(viewers);
    }
}
