package tw.uplift.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * What the operators' files read: the PromQL of the Grafana dashboards ({@code deploy/grafana/dashboards/*.json},
 * every {@code expr}) and of the alert rules ({@code deploy/prometheus/alerts.yml} and its Kubernetes copy), and the
 * names the rules record themselves ({@code record:}), which no service exports.
 */
final class MonitoringFiles {

    private static final Pattern EXPR = Pattern.compile("^(\\s*)(?:-\\s+)?expr:\\s*(.*)$");
    private static final Pattern RECORD = Pattern.compile("^\\s*(?:-\\s+)?record:\\s*\"?([a-zA-Z_:][a-zA-Z0-9_:]*)\"?\\s*$");

    static final List<String> RULE_FILES = List.of("deploy/prometheus/alerts.yml",
            "deploy/k8s/base/monitoring/prometheusrule.yaml");

    private final Path root;

    MonitoringFiles(Path root) {
        this.root = root;
    }

    /** Each metric name read somewhere, with the first file that reads it. */
    Map<String, String> namesRead() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Path dashboard : dashboards()) {
            expressionsOf(json(dashboard)).forEach(expr -> PromQlNames.of(expr)
                    .forEach(name -> names.putIfAbsent(name, root.relativize(dashboard).toString())));
        }
        for (String file : RULE_FILES) {
            ruleExpressions(lines(file)).forEach(expr -> PromQlNames.of(expr).forEach(name -> names.putIfAbsent(name, file)));
        }
        return names;
    }

    /** The series the rules make themselves (recording rules). */
    Set<String> namesRecorded() {
        Set<String> recorded = new LinkedHashSet<>();
        for (String file : RULE_FILES) {
            for (String line : lines(file)) {
                Matcher record = RECORD.matcher(line);
                if (record.matches()) {
                    recorded.add(record.group(1));
                }
            }
        }
        return recorded;
    }

    List<Path> dashboards() {
        try (Stream<Path> files = Files.list(root.resolve("deploy/grafana/dashboards"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> expressionsOf(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("expr") && field.getValue().isString()) {
                    found.add(field.getValue().asString());
                } else {
                    found.addAll(expressionsOf(field.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> found.addAll(expressionsOf(child)));
        }
        return found;
    }

    /** {@code expr: ...} on one line, or {@code expr: |} followed by the lines indented deeper than the key. */
    static List<String> ruleExpressions(List<String> lines) {
        List<String> expressions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher expr = EXPR.matcher(lines.get(i));
            if (!expr.matches()) {
                continue;
            }
            String value = expr.group(2).trim();
            if (!value.startsWith("|") && !value.startsWith(">")) {
                expressions.add(value);
                continue;
            }
            int keyIndent = lines.get(i).indexOf("expr:");
            StringBuilder block = new StringBuilder();
            while (i + 1 < lines.size() && (lines.get(i + 1).isBlank() || indent(lines.get(i + 1)) > keyIndent)) {
                block.append(lines.get(++i).trim()).append('\n');
            }
            expressions.add(block.toString());
        }
        return expressions;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private List<String> lines(String file) {
        try {
            return Files.readAllLines(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(Path file) {
        try {
            return Api.json(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
