package tw.uplift.plan;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** plan-service: agencies, their plans and measures, submission and the outcome of reviews. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlanServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(PlanServiceApplication.class).properties("spring.config.name=plan-service")
                .run(args);
    }
}
