package tw.uplift.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the four services answer, as the gateway reaches them ({@code UPLIFT_GATEWAY_SERVICES_PLAN} ... in the
 * environment). The defaults are the local run's ports of ADR 0001.
 *
 * @param plan         plan-service: {@code /plans/**}, {@code /public/plans/**}, {@code /api/plan/**}
 * @param review       review-service: {@code /reviews/**}, {@code /api/review/**}
 * @param survey       survey-service: {@code /surveys/**}, {@code /public/surveys/**}, {@code /public/surveys.csv},
 *                     {@code /public/kiosks/**},
 *                     {@code /api/survey/**}
 * @param notification notification-service: {@code /inbox/**}, {@code /deadlines/**}, {@code /api/notification/**}
 */
@ConfigurationProperties("uplift.gateway.services")
public record DownstreamServices(
        @DefaultValue("http://localhost:8081") URI plan,
        @DefaultValue("http://localhost:8082") URI review,
        @DefaultValue("http://localhost:8083") URI survey,
        @DefaultValue("http://localhost:8084") URI notification) {

    /** One service as the gateway knows it: its process name, the short name of its API prefix, and its base URL. */
    public record Service(String name, String apiName, URI url) {
    }

    public Service planService() {
        return new Service("plan-service", "plan", plan);
    }

    public Service reviewService() {
        return new Service("review-service", "review", review);
    }

    public Service surveyService() {
        return new Service("survey-service", "survey", survey);
    }

    public Service notificationService() {
        return new Service("notification-service", "notification", notification);
    }

    /** The four, in the order pages list them. */
    public List<Service> all() {
        return List.of(planService(), reviewService(), surveyService(), notificationService());
    }

    public Optional<Service> named(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
