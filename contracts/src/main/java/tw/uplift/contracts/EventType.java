package tw.uplift.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable logical name of an event type on the wire ({@code ce_type}), e.g.
 * {@code tw.uplift.plan.PlanSubmitted.v1}. Never derived from the Java class name, so classes can
 * be renamed or moved without breaking consumers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String value();
}
