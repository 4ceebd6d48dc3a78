package tw.uplift.gateway.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few numbers the status page reads from a service's {@code /actuator/prometheus} (text exposition format 0.0.4):
 * one sample per line, {@code name{label="value",...} value [timestamp]}, comments starting with {@code #}.
 */
final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)(\\s+\\S+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = samples;
    }

    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(trimmed);
            if (!sample.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(3) != null) {
                Matcher label = LABEL.matcher(sample.group(3));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\"));
                }
            }
            samples.add(new Sample(sample.group(1), labels, number(sample.group(4))));
        }
        return new PrometheusText(samples);
    }

    /** The sum of every sample of a gauge (over its label sets), or empty when the service has none. */
    OptionalDouble sum(String name) {
        List<Sample> matching = samples.stream().filter(s -> s.name().equals(name) && !Double.isNaN(s.value())).toList();
        return matching.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(matching.stream().mapToDouble(Sample::value).sum());
    }

    /** The largest value per value of {@code label} (NaN samples, as Kafka reports "no data yet", left out). */
    Map<String, Double> maxBy(String name, String label) {
        Map<String, Double> max = new TreeMap<>();
        for (Sample sample : samples) {
            if (sample.name().equals(name) && !Double.isNaN(sample.value()) && sample.labels().containsKey(label)) {
                max.merge(sample.labels().get(label), sample.value(), Math::max);
            }
        }
        return max;
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    yield Double.NaN;
                }
            }
        };
    }
}
