package tw.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.RepoRoot;
import tw.uplift.launcher.ServiceSpec;

/**
 * Every metric a Grafana dashboard or an alert rule reads is exported by some process of the running system (a
 * service or the gateway), so no panel stays empty and no alert waits forever on a name nobody exports. Scrapes
 * {@code /actuator/prometheus} of each after a little traffic; a missing name fails the test, named with the file
 * that reads it.
 */
class MetricNamesIT {

    /** Series Prometheus makes itself for every target, never exported by one. */
    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped",
            "scrape_samples_post_metric_relabeling", "scrape_series_added", "ALERTS", "ALERTS_FOR_STATE");
    /**
     * Names with one series per subject that a fresh system may not have yet, each with the test that shows the
     * name is exported once its subject exists. Only these are taken on trust here.
     */
    private static final Map<String, String> PER_SUBJECT = Map.of("uplift_webhook_breaker_state",
            "one series per registered webhook endpoint (notification-service WebhookApiIT)");
    private static final Pattern SAMPLE_NAME = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{\\s]");

    static LocalSystem system;

    @BeforeAll
    static void useTheRunningSystem() {
        system = RunningSystem.get();
    }

    @Test
    void everyMetricTheDashboardsAndAlertsReadIsExported() {
        MonitoringFiles files = new MonitoringFiles(RepoRoot.locate());
        Map<String, String> read = files.namesRead();
        assertThat(read).as("the tokenizer finds the names of the files").containsKeys("http_server_requests_seconds_count",
                "uplift_outbox_pending", "uplift_plans");

        assertThat(read).as("every name exported only per subject is still read somewhere").containsKeys(
                PER_SUBJECT.keySet().toArray(String[]::new));

        Map<String, String> targets = new LinkedHashMap<>();
        system.services().forEach(service -> targets.put(service.spec().name(), service.url()));
        system.gateway().ifPresent(gateway -> targets.put("gateway", gateway.url()));
        // A little traffic first, so meters registered on first use exist: HTTP timers (a first scrape), and a
        // survey answered once (responses and satisfaction are per agency: no row before an agency's first answer).
        targets.values().forEach(url -> new Api(url, null).get("/actuator/prometheus").expect(200));
        answerASurveyOnce();

        // The satisfaction gauge is refreshed once a minute: scrape until every name is there, or report what is not.
        Map<String, String> missing = new TreeMap<>(read);
        Set<String> exported = new LinkedHashSet<>();
        try {
            Awaitility.await("every name read by a dashboard or rule exported").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(3)).until(() -> {
                        exported.clear();
                        exported.addAll(MADE_BY_PROMETHEUS);
                        exported.addAll(PER_SUBJECT.keySet());
                        exported.addAll(files.namesRecorded());
                        targets.forEach((name, url) -> {
                            String exposition = new Api(url, null).get("/actuator/prometheus").expect(200).raw();
                            keep(name, exposition);
                            exported.addAll(sampleNames(exposition));
                        });
                        missing.clear();
                        missing.putAll(read);
                        missing.keySet().removeAll(exported);
                        return missing.isEmpty();
                    });
        } catch (ConditionTimeoutException stillMissing) {
            // named by the assertion below
        }
        System.out.println("[metric-names] " + read.size() + " names read by dashboards and rules, " + exported.size()
                + " exported by " + targets.keySet() + " (or per subject: " + PER_SUBJECT.keySet() + "); missing: " + missing);
        assertThat(missing).as("metric names read by a dashboard or alert (with the file) but exported by none of "
                + targets.keySet()).isEmpty();
    }

    /** A survey of the clerk's agency, opened and answered once through the public API, as a citizen would. */
    private static void answerASurveyOnce() {
        Api clerk = new Api(system.serviceUrl(ServiceSpec.SURVEY), system.tokenFor("clerk"));
        String id = clerk.post("/api/surveys", """
                {"title": {"zh": "臨櫃服務滿意度調查", "en": "Counter service satisfaction"},
                 "questions": [{"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？"}, "kind": "LIKERT_5"}]}""")
                .expect(201).body().get("id").asString();
        clerk.post("/api/surveys/" + id + "/open", null).expect(200);
        new Api(system.serviceUrl(ServiceSpec.SURVEY), null).post("/public/surveys/" + id + "/responses",
                "{\"answers\":[{\"questionId\":\"q1\",\"score\":5}]}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(202);
    }

    /** The scrape as evidence beside the reports ({@code target/metrics/<process>.txt}), for a name that went missing. */
    private static void keep(String process, String exposition) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "metrics"));
            Files.writeString(folder.resolve(process + ".txt"), exposition);
        } catch (IOException e) {
            System.out.println("[metric-names] could not keep the scrape of " + process + ": " + e);
        }
    }

    private static Set<String> sampleNames(String exposition) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : exposition.split("\\R")) {
            Matcher name = SAMPLE_NAME.matcher(line);
            if (!line.startsWith("#") && name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }
}
