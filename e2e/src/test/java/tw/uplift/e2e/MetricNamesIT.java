package tw.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.RepoRoot;
import tw.uplift.launcher.ServiceProcess;

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

        Map<String, String> targets = new LinkedHashMap<>();
        system.services().forEach(service -> targets.put(service.spec().name(), service.url()));
        system.gateway().ifPresent(gateway -> targets.put("gateway", gateway.url()));
        // A little traffic first, so meters registered on first use (HTTP timers) exist; then the scrape that counts.
        targets.values().forEach(url -> new Api(url, null).get("/actuator/prometheus").expect(200));
        Set<String> exported = new LinkedHashSet<>(MADE_BY_PROMETHEUS);
        exported.addAll(files.namesRecorded());
        targets.forEach((name, url) -> {
            String exposition = new Api(url, null).get("/actuator/prometheus").expect(200).raw();
            keep(name, exposition);
            exported.addAll(sampleNames(exposition));
        });

        Map<String, String> missing = new TreeMap<>(read);
        missing.keySet().removeAll(exported);
        System.out.println("[metric-names] " + read.size() + " names read by dashboards and rules, " + exported.size()
                + " exported by " + targets.keySet() + "; missing: " + missing);
        assertThat(missing).as("metric names read by a dashboard or alert (with the file) but exported by none of "
                + targets.keySet()).isEmpty();
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
