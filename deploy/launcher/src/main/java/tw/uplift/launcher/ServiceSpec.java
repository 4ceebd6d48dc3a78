package tw.uplift.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the Uplift services as the launcher runs it (ADR 0001: port, database, artefact).
 *
 * @param name        the module and process name, also the log file name
 * @param defaultPort its port in the local run
 * @param database    its MongoDB database
 */
public record ServiceSpec(String name, int defaultPort, String database) {

    public static final ServiceSpec PLAN = new ServiceSpec("plan-service", 8081, "plan");
    public static final ServiceSpec REVIEW = new ServiceSpec("review-service", 8082, "review");
    public static final ServiceSpec SURVEY = new ServiceSpec("survey-service", 8083, "survey");
    public static final ServiceSpec NOTIFICATION = new ServiceSpec("notification-service", 8084, "notification");

    /** Every service of the system, in the order the banner lists them. Adjust here when one is added. */
    public static final List<ServiceSpec> ALL = List.of(PLAN, REVIEW, SURVEY, NOTIFICATION);

    /** {@code <repo>/<name>/target/<name>.jar}, as each service module's spring-boot-maven-plugin names it. */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve(name).resolve("target").resolve(name + ".jar");
    }

    public static ServiceSpec named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name) || s.name.equals(name + "-service")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name + "; known: "
                        + ALL.stream().map(ServiceSpec::name).toList()));
    }
}
