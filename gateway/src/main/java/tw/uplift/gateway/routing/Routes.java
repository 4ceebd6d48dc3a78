package tw.uplift.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.rewritePath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.cloud.gateway.server.mvc.filter.FormFilter;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tw.uplift.gateway.routing.DownstreamServices.Service;

/**
 * The routes (Spring Cloud Gateway Server Web MVC, Java DSL). Pages keep their path; each API is published under
 * {@code /api/<service>/**} and reaches the service as {@code /api/**}. Everything else ({@code /}, {@code /ops},
 * {@code /login/**}, {@code /logout}, {@code /oauth2/**}, {@code /assets/**}, {@code /webjars/**}) is the gateway's own.
 * A service that does not answer gives a 502 page (or problem document for an API), never a stack trace.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    private static final Logger log = LoggerFactory.getLogger(Routes.class);

    /** {@code /public/plans/**} covers the public list at {@code /public/plans} too; the year's CSV is beside it. */
    static final List<String> PLAN_PAGES = List.of("/plans/**", "/public/plans/**", "/public/plans.csv");
    static final List<String> REVIEW_PAGES = List.of("/reviews/**");
    /**
     * {@code /public/surveys/**} covers the answer pages and the results; the year's CSV of surveys is beside it;
     * {@code /public/kiosks/**} is a survey on a counter tablet, one question at a time.
     */
    static final List<String> SURVEY_PAGES = List.of("/surveys/**", "/public/surveys/**", "/public/surveys.csv",
            "/public/kiosks/**");
    /** {@code /admin/audit} is the audit trail's page (ADMIN); the services' other {@code /admin/**} are APIs. */
    static final List<String> NOTIFICATION_PAGES = List.of("/inbox/**", "/deadlines/**", "/admin/audit");
    /** Every API is {@code /api/<service>/**}; the gateway has no API of its own. */
    static final String APIS = "/api/**";

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(DownstreamServices services, Relay relay) {
        return pages(services.planService(), relay, PLAN_PAGES)
                .and(pages(services.reviewService(), relay, REVIEW_PAGES))
                .and(pages(services.surveyService(), relay, SURVEY_PAGES))
                .and(pages(services.notificationService(), relay, NOTIFICATION_PAGES))
                .and(api(services.planService(), relay))
                .and(api(services.reviewService(), relay))
                .and(api(services.surveyService(), relay))
                .and(api(services.notificationService(), relay));
    }

    /** Replaces Gateway MVC's own form filter (it backs off), which would also hide the fields of the gateway's forms. */
    @Bean
    FormFilter formFilter() {
        List<String> routed = new ArrayList<>();
        List.of(PLAN_PAGES, REVIEW_PAGES, SURVEY_PAGES, NOTIFICATION_PAGES).forEach(routed::addAll);
        routed.add(APIS);
        return new RoutedFormFilter(routed);
    }

    private static RouterFunction<ServerResponse> pages(Service service, Relay relay, List<String> paths) {
        return route(service.name() + "-pages")
                .route(path(paths.toArray(String[]::new)), http())
                .before(uri(service.url()))
                .filter(relay.toPages())
                .after((request, response) -> rewriteLocation(response, service, null))
                .onError(Routes::unreachable, (error, request) -> unavailablePage(service, request, error))
                .build();
    }

    private static RouterFunction<ServerResponse> api(Service service, Relay relay) {
        String prefix = "/api/" + service.apiName();
        return route(service.name() + "-api")
                .route(path(prefix, prefix + "/**"), http())
                .before(uri(service.url()))
                .before(rewritePath("^" + prefix + "(?<rest>/.*)?$", "/api${rest}"))
                .filter(relay.toService())
                .after((request, response) -> rewriteLocation(response, service, prefix))
                .onError(Routes::unreachable, (error, request) -> unavailableProblem(service, request, error))
                .build();
    }

    private static ServerResponse rewriteLocation(ServerResponse response, Service service, String apiPrefix) {
        String location = response.headers().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            response.headers().set(HttpHeaders.LOCATION, Relay.locationThroughGateway(location, service.url(), apiPrefix));
        }
        return response;
    }

    /** The service did not answer (refused, timed out, reset): what a RestClient reports as an I/O failure. */
    private static boolean unreachable(Throwable error) {
        return error instanceof ResourceAccessException;
    }

    private static ServerResponse unavailablePage(Service service, ServerRequest request, Throwable error) {
        log.warn("{} {} → {}: {}", request.method(), request.path(), service.name(), Unreachable.why(error));
        return ServerResponse.status(HttpStatus.BAD_GATEWAY)
                .render("gateway/unavailable", Map.of("service", service.name()));
    }

    private static ServerResponse unavailableProblem(Service service, ServerRequest request, Throwable error) {
        log.warn("{} {} → {}: {}", request.method(), request.path(), service.name(), Unreachable.why(error));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, service.name() + " is not answering; try again shortly.");
        problem.setTitle("Service unavailable");
        return ServerResponse.status(HttpStatus.BAD_GATEWAY).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
