package tw.uplift.survey;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** survey-service: satisfaction surveys, anonymous public answering and running results (port 8083). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SurveyApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(SurveyApplication.class).properties("spring.config.name=survey-service").run(args);
    }
}
