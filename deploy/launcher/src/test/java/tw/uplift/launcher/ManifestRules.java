package tw.uplift.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Our own rules for the rendered Kubernetes objects, beyond what the API's schemas say (issue #15): each of the four
 * services and the gateway runs at least two replicas (its own {@code replicas}, or the floor of the
 * HorizontalPodAutoscaler that owns the count), every container has startup, liveness and readiness probes on Boot's
 * health groups, CPU and memory requests and limits, replicas are spread over nodes, a PodDisruptionBudget selects
 * the pods and still lets one go, and the spans go to a collector that is part of the render. Returns what is wrong,
 * one line each, naming the object; an empty list is a pass.
 */
final class ManifestRules {

    /** The Deployments these rules are for: ours, told apart by their component label. */
    static final Set<String> OUR_COMPONENTS = Set.of("service", "gateway");
    static final Set<String> OUR_DEPLOYMENTS =
            Set.of("plan-service", "review-service", "survey-service", "notification-service", "gateway");
    static final String LIVENESS = "/actuator/health/liveness";
    static final String READINESS = "/actuator/health/readiness";
    static final String SPAN_ENDPOINT = "MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT";

    private final List<Map<String, Object>> objects;
    private final List<String> violations = new ArrayList<>();

    private ManifestRules(List<Map<String, Object>> objects) {
        this.objects = objects;
    }

    static List<String> check(List<Map<String, Object>> objects) {
        ManifestRules rules = new ManifestRules(objects);
        rules.checkAll();
        return rules.violations;
    }

    private void checkAll() {
        List<Map<String, Object>> ours = ofKind("Deployment").stream()
                .filter(d -> OUR_COMPONENTS.contains(string(d, "metadata", "labels", "app.kubernetes.io/component")))
                .toList();
        Set<String> names = Set.copyOf(ours.stream().map(ManifestRules::name).toList());
        if (!names.equals(OUR_DEPLOYMENTS)) {
            violations.add("the Deployments of the services and the gateway are " + names + ", expected " + OUR_DEPLOYMENTS);
        }
        for (Map<String, Object> deployment : ours) {
            String name = "Deployment/" + name(deployment);
            Map<String, Object> podLabels = map(deployment, "spec", "template", "metadata", "labels");
            int replicas = minimumReplicas(deployment);
            if (replicas < 2) {
                violations.add(name + ": runs " + replicas + " replica(s) at least, needs 2 (spec.replicas or its HPA's minReplicas)");
            }
            for (Map<String, Object> container : maps(deployment, "spec", "template", "spec", "containers")) {
                checkContainer(name + " container " + container.get("name"), container);
            }
            checkDisruptionBudget(name, podLabels, replicas);
            checkSpread(name, podLabels, maps(deployment, "spec", "template", "spec", "topologySpreadConstraints"));
        }
    }

    private void checkContainer(String name, Map<String, Object> container) {
        probe(name, container, "startupProbe", LIVENESS);
        probe(name, container, "livenessProbe", LIVENESS);
        probe(name, container, "readinessProbe", READINESS);
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (get(container, "resources", bound, resource) == null) {
                    violations.add(name + ": no " + resource + " in resources." + bound);
                }
            }
        }
        String spans = configuredEnv(container, SPAN_ENDPOINT);
        if (spans == null) {
            violations.add(name + ": " + SPAN_ENDPOINT + " is not set (directly or from its ConfigMap)");
        } else if (ofKind("Service").stream().noneMatch(s -> spans.startsWith("http://" + name(s) + "."))) {
            violations.add(name + ": " + SPAN_ENDPOINT + "=" + spans + " is not a Service of this render");
        }
    }

    private void probe(String name, Map<String, Object> container, String probe, String path) {
        Object actual = get(container, probe, "httpGet", "path");
        if (!path.equals(actual)) {
            violations.add(name + ": " + probe + " is " + (actual == null ? "missing" : "on " + actual) + ", expected GET " + path);
        }
    }

    /** The container's own env value of that name, or the value in a ConfigMap it takes its environment from. */
    private String configuredEnv(Map<String, Object> container, String variable) {
        for (Map<String, Object> env : maps(container, "env")) {
            if (variable.equals(env.get("name")) && env.get("value") != null) {
                return env.get("value").toString();
            }
        }
        for (Map<String, Object> source : maps(container, "envFrom")) {
            Object configMap = get(source, "configMapRef", "name");
            for (Map<String, Object> map : ofKind("ConfigMap")) {
                if (name(map).equals(configMap) && get(map, "data", variable) != null) {
                    return get(map, "data", variable).toString();
                }
            }
        }
        return null;
    }

    private int minimumReplicas(Map<String, Object> deployment) {
        for (Map<String, Object> hpa : ofKind("HorizontalPodAutoscaler")) {
            if ("Deployment".equals(get(hpa, "spec", "scaleTargetRef", "kind"))
                    && name(deployment).equals(get(hpa, "spec", "scaleTargetRef", "name"))) {
                Object floor = get(hpa, "spec", "minReplicas");
                return floor instanceof Integer n ? n : 1;   // the API's default floor is 1
            }
        }
        Object replicas = get(deployment, "spec", "replicas");
        return replicas instanceof Integer n ? n : 1;          // the API's default is 1
    }

    private void checkDisruptionBudget(String name, Map<String, Object> podLabels, int replicas) {
        List<Map<String, Object>> budgets = ofKind("PodDisruptionBudget").stream()
                .filter(pdb -> selects(map(pdb, "spec", "selector", "matchLabels"), podLabels))
                .toList();
        if (budgets.size() != 1) {
            violations.add(name + ": " + budgets.size() + " PodDisruptionBudgets select its pods, expected 1");
            return;
        }
        Object minAvailable = get(budgets.getFirst(), "spec", "minAvailable");
        if (!(minAvailable instanceof Integer n) || n < 1 || n >= replicas) {
            violations.add(name + ": its PodDisruptionBudget's minAvailable is " + minAvailable
                    + ", expected at least 1 and below its " + replicas + " replicas (so a drain can evict one)");
        }
    }

    private void checkSpread(String name, Map<String, Object> podLabels, List<Map<String, Object>> constraints) {
        boolean overNodes = constraints.stream().anyMatch(c -> "kubernetes.io/hostname".equals(c.get("topologyKey"))
                && selects(map(c, "labelSelector", "matchLabels"), podLabels));
        if (!overNodes) {
            violations.add(name + ": no topology spread over kubernetes.io/hostname that selects its pods");
        }
    }

    private static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        return !selector.isEmpty() && selector.entrySet().stream()
                .allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
    }

    private List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    private static String name(Map<String, Object> object) {
        return string(object, "metadata", "name");
    }

    private static String string(Map<String, Object> object, String... path) {
        Object value = get(object, path);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> object, String... path) {
        return get(object, path) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Map<String, Object> object, String... path) {
        return get(object, path) instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList()
                : List.of();
    }

    private static Object get(Map<String, Object> object, String... path) {
        Object current = object;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }
}
