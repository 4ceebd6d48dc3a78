package tw.uplift.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks of the deployment files that run without Docker (docs/deploy.md), so they run in every CI build instead
 * of by hand: the alert rules' own unit tests and the Prometheus configuration with Prometheus' {@code promtool}
 * (Debian's {@code prometheus} package, which {@code .ci/run} installs; skipped, saying so, where it is missing), and
 * the Kubernetes copy of the alert rules against their one source ({@code deploy/k8s/sync-rules.sh --check}). The
 * compose file and the Kubernetes manifests are checked beside it ({@link DeploymentManifestsTest}).
 */
class DeploymentChecksTest {

    @Test
    void theAlertRulesPassTheirOwnTests() throws Exception {
        assertThat(promtool("test", "rules", "deploy/prometheus/alerts_test.yml")).isZero();
    }

    @Test
    void thePrometheusConfigurationAndItsRulesAreValid() throws Exception {
        assertThat(promtool("check", "config", "deploy/prometheus/prometheus.yml")).isZero();
    }

    @Test
    void theKubernetesAlertRulesAreTheSameAsCompose() throws Exception {
        assertThat(ToolRun.run("bash", "deploy/k8s/sync-rules.sh", "--check").exitCode())
                .as("deploy/k8s/base/monitoring/prometheusrule.yaml is generated from deploy/prometheus/alerts.yml")
                .isZero();
    }

    private static int promtool(String... arguments) throws Exception {
        Path promtool = Path.of("/usr/bin/promtool");
        assumeTrue(Files.isExecutable(promtool), "promtool is not installed here (apt-get install prometheus); "
                + ".ci/run installs it, so CI runs these checks");
        List<String> command = new java.util.ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(arguments));
        return ToolRun.run(command, Duration.ofSeconds(60)).exitCode();
    }
}
