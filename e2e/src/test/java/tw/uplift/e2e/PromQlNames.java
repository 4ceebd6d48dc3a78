package tw.uplift.e2e;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads: what is left of its identifiers once functions, aggregation operators,
 * keywords, label names and Grafana's variables are taken out. Small on purpose (no full parser): enough for the
 * expressions of our dashboards and alert rules, and it errs towards finding a name rather than missing one.
 */
final class PromQlNames {

    /** Inside {@code {...}}: label matchers, never metric names. */
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    /** {@code by (a, b)}, {@code without (...)}, {@code on (...)}, {@code ignoring (...)}, {@code group_left (...)}. */
    private static final Pattern LABEL_LISTS = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    /** Range and subquery selectors {@code [5m]}, {@code [$__rate_interval]}, {@code [1h:5m]}. */
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    /** Grafana's variables ({@code $__range}, {@code $service}, {@code ${var}}). */
    private static final Pattern VARIABLES = Pattern.compile("\\$\\{?\\w+}?");
    /** Durations and numbers ({@code 1h}, {@code 0.95}, {@code 1e3}) start with a digit and are not matched here. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "offset", "bool", "and", "or", "unless", "atan2", "inf", "nan", "Inf", "NaN",
            // aggregation operators, which may stand before "by (...)" instead of "("
            "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk",
            "quantile", "limitk", "limit_ratio");

    private PromQlNames() {
    }

    /** Every metric name read by {@code expression}, in the order they first appear. */
    static Set<String> of(String expression) {
        String rest = STRINGS.matcher(expression).replaceAll(" ");
        rest = MATCHERS.matcher(rest).replaceAll(" ");
        rest = LABEL_LISTS.matcher(rest).replaceAll(" ");
        rest = RANGES.matcher(rest).replaceAll(" ");
        rest = VARIABLES.matcher(rest).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(rest);
        while (identifier.find()) {
            boolean function = identifier.group(2) != null;
            String name = identifier.group(1);
            if (!function && !KEYWORDS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
