package tw.uplift.review;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** review-service: reviewers, review tasks, fair assignment and decisions. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReviewApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(ReviewApplication.class).properties("spring.config.name=review-service").run(args);
    }
}
