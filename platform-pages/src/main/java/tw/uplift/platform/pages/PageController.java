package tw.uplift.platform.pages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller that renders pages on the shared layout: it gets the {@code viewer} and {@code csrf} model
 * attributes ({@link PageModelAdvice}), errors on it render as pages, not problem documents, and it stays out of
 * the service's OpenAPI document (pages are for people, the API is for programs).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
@Hidden
public @interface PageController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
