package tw.uplift.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files, checked in every build (issue #15, docs/deploy.md "What CI checks"): the compose file with
 * {@code docker-compose config}, the Kubernetes kustomizations rendered with {@code kubectl kustomize}, the rendered
 * objects against the Kubernetes API's JSON schemas (npm package {@code kubernetes-models}, installed into target/ at
 * test time) and against our own rules ({@link ManifestRules}). Each check is skipped, saying why, where its tool is
 * missing; {@code .ci/run} installs them from apt, so CI runs them all.
 */
class DeploymentManifestsTest {

    private static final Path REPO = ToolRun.REPO;
    private static final Path TARGET = REPO.resolve("deploy/launcher/target");
    private static final List<String> KUSTOMIZATIONS = List.of("deploy/k8s/base", "deploy/k8s/overlays/prod");
    /** Renders by kustomization, once per test run. */
    private static final Map<String, Path> RENDERED = new ConcurrentHashMap<>();
    /** The major version of kubectl's kustomize, "" when it does not say; read once. */
    private static String kustomizeMajor;

    @ParameterizedTest(name = "docker-compose config with {0}")
    @ValueSource(strings = {"the defaults", "deploy/compose/uplift.env.example"})
    void theComposeFileIsValid(String envFile) throws Exception {
        List<String> command = new ArrayList<>(composeCommand());
        command.addAll(List.of("-f", "docker-compose.yml"));
        if (envFile.startsWith("deploy/")) {
            command.addAll(List.of("--env-file", envFile));
        }
        command.addAll(List.of("config", "-q"));
        assertThat(ToolRun.run(command, Duration.ofSeconds(60)).exitCode())
                .as("docker-compose.yml is valid Compose (the tool's complaint is printed above)")
                .isZero();
    }

    @ParameterizedTest(name = "kubectl kustomize {0}")
    @ValueSource(strings = {"deploy/k8s/base", "deploy/k8s/overlays/prod"})
    void theKustomizationRenders(String kustomization) throws Exception {
        assertThat(parse(rendered(kustomization))).extracting(o -> o.get("kind")).contains("Deployment", "Service");
    }

    @ParameterizedTest(name = "our rules on {0}")
    @ValueSource(strings = {"deploy/k8s/base", "deploy/k8s/overlays/prod"})
    void everyServiceRunsTwiceWithProbesResourcesAndADisruptionBudget(String kustomization) throws Exception {
        assertThat(ManifestRules.check(parse(rendered(kustomization)))).isEmpty();
    }

    /** The rules fail where they should: each broken piece is named. */
    @Test
    void theRulesNameWhatIsWrong() throws Exception {
        List<Map<String, Object>> objects = parse(rendered("deploy/k8s/overlays/prod"));
        objects.removeIf(o -> "PodDisruptionBudget".equals(o.get("kind")) && "gateway".equals(name(o)));
        for (Map<String, Object> object : objects) {
            if ("HorizontalPodAutoscaler".equals(object.get("kind")) && "plan-service".equals(name(object))) {
                map(object, "spec").put("minReplicas", 1);
            }
            if ("Deployment".equals(object.get("kind")) && "review-service".equals(name(object))) {
                container(object).remove("readinessProbe");
            }
            if ("Deployment".equals(object.get("kind")) && "notification-service".equals(name(object))) {
                map(container(object), "resources").remove("limits");
            }
        }

        assertThat(ManifestRules.check(objects)).anySatisfy(v -> assertThat(v).startsWith("Deployment/plan-service: runs 1"))
                .anySatisfy(v -> assertThat(v).startsWith("Deployment/review-service container review-service: readinessProbe is missing"))
                .anySatisfy(v -> assertThat(v).startsWith("Deployment/notification-service container notification-service: no cpu in resources.limits"))
                .anySatisfy(v -> assertThat(v).startsWith("Deployment/gateway: 0 PodDisruptionBudgets"));
    }

    @Test
    void theRenderedObjectsMatchTheKubernetesApiSchemas() throws Exception {
        List<Path> renders = new ArrayList<>();
        for (String kustomization : KUSTOMIZATIONS) {
            renders.add(rendered(kustomization));
        }
        Path checker = schemaChecker();
        List<String> command = new ArrayList<>(List.of("node", checker.resolve("check.mjs").toString()));
        renders.forEach(render -> command.add(render.toString()));
        ToolRun check = ToolRun.run(command, Duration.ofSeconds(60));
        assertThat(check.output()).as("what the schema check printed").contains("objects match the API schemas");
        assertThat(check.exitCode()).as("every rendered object matches its API schema (errors printed above)").isZero();
    }

    /** docker-compose (v1, Debian's package, or a v2 standalone binary), else the Docker CLI's compose plugin. */
    private static List<String> composeCommand() throws Exception {
        if (ToolRun.onPath("docker-compose").isPresent()) {
            return List.of("docker-compose");
        }
        assumeTrue(ToolRun.onPath("docker").isPresent() && ToolRun.run("docker", "compose", "version").succeeded(),
                "neither docker-compose nor docker compose is installed here (apt-get install docker-compose); "
                        + ".ci/run installs it, so CI runs this check");
        return List.of("docker", "compose");
    }

    /** The kustomization rendered by kubectl into target/k8s-rendered (once), or the test skipped with the reason. */
    private static Path rendered(String kustomization) throws Exception {
        assumeTrue(ToolRun.onPath("kubectl").isPresent(), "kubectl is not installed here (apt-get install kubectl, "
                + "or kubernetes-client); .ci/run installs it, so CI runs the Kubernetes checks");
        String kustomize = kustomizeVersion();
        assumeTrue(kustomize != null && Integer.parseInt(kustomize) >= 5, (kustomize == null
                ? "this kubectl does not name its kustomize (kubectl before 1.24; Debian's kubernetes-client 1.20 has v2)"
                : "this kubectl embeds kustomize v" + kustomize)
                + ", which may not know the kustomizations' `labels` and `patches` fields: kubectl 1.27 or later "
                + "(kustomize v5) renders them");
        Path render = RENDERED.computeIfAbsent(kustomization, k -> {
            try {
                ToolRun run = ToolRun.runForOutput(List.of("kubectl", "kustomize", k), Duration.ofSeconds(60));
                assertThat(run.exitCode()).as("kubectl kustomize " + k + " (its complaint is printed above)").isZero();
                Path file = TARGET.resolve("k8s-rendered").resolve(k.replace('/', '_') + ".yaml");
                Files.createDirectories(file.getParent());
                return Files.writeString(file, run.output(), StandardCharsets.UTF_8);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        return render;
    }

    /** The major version of the kustomize built into kubectl ("5"), or null when kubectl does not say (before 1.24). */
    private static synchronized String kustomizeVersion() throws Exception {
        if (kustomizeMajor == null) {
            String version = ToolRun.run("kubectl", "version", "--client").output();
            Matcher major = Pattern.compile("Kustomize Version: v(\\d+)").matcher(version);
            kustomizeMajor = major.find() ? major.group(1) : "";
        }
        return kustomizeMajor.isEmpty() ? null : kustomizeMajor;
    }

    /**
     * deploy/k8s/schema-check installed into target/k8s-schema-check with {@code npm ci} (its lock file pins every
     * package), unless an install of the same lock file is already there; the test is skipped when node or npm is
     * missing or the npm registry cannot be reached.
     */
    private static Path schemaChecker() throws Exception {
        assumeTrue(ToolRun.onPath("node").isPresent() && ToolRun.onPath("npm").isPresent(),
                "node and npm are not installed here (apt-get install nodejs npm): the schema check runs on node");
        Path source = REPO.resolve("deploy/k8s/schema-check");
        Path installed = TARGET.resolve("k8s-schema-check");
        Files.createDirectories(installed);
        boolean sameLock = Files.exists(installed.resolve("node_modules"))
                && Files.exists(installed.resolve("package-lock.json"))
                && Files.mismatch(source.resolve("package-lock.json"), installed.resolve("package-lock.json")) == -1;
        for (String file : List.of("package.json", "package-lock.json", "check.mjs")) {
            Files.copy(source.resolve(file), installed.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (!sameLock) {
            ToolRun install = ToolRun.run(List.of("npm", "ci", "--prefix", installed.toString(), "--no-audit",
                    "--no-fund", "--loglevel=error"), Duration.ofSeconds(180));
            assumeTrue(install.succeeded(), "npm ci of deploy/k8s/schema-check failed (is the npm registry reachable "
                    + "from here? npm's words are printed above)");
        }
        return installed;
    }

    private static List<Map<String, Object>> parse(Path render) throws IOException {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(Files.readString(render))) {
            if (document instanceof Map<?, ?> object) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) object;
                objects.add(typed);
            }
        }
        return objects;
    }

    private static String name(Map<String, Object> object) {
        return (String) map(object, "metadata").get("name");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> object, String key) {
        return (Map<String, Object>) object.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container(Map<String, Object> deployment) {
        Map<String, Object> podSpec = map(map(map(deployment, "spec"), "template"), "spec");
        return ((List<Map<String, Object>>) podSpec.get("containers")).getFirst();
    }
}
