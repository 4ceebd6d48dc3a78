package tw.uplift.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.platform.calendar.Urgency;
import tw.uplift.review.corrective.CorrectiveActionStatus;
import tw.uplift.review.inspection.FindingVerdict;
import tw.uplift.review.inspection.SamplingMethod;
import tw.uplift.review.revisions.RevisionChanges;
import tw.uplift.review.tasks.ReviewTaskStatus;
import tw.uplift.review.tasks.TaskStep;

/**
 * review-service's words, in both bundles: the same keys in each, no key written twice in one file (the later one
 * silently wins: the corrective actions' title once replaced the task page's), and every key the code and the
 * templates name — literally or by an enum's values — is there.
 */
class ReviewMessagesTest {

    private static final Path ZH = Path.of("src/main/resources/review-service-messages.properties");
    private static final Path EN = Path.of("src/main/resources/review-service-messages_en.properties");
    /** A key as the code and the templates spell it out; keys built from a prefix end in a dot and are skipped. */
    private static final Pattern KEY = Pattern.compile("(?:[\"']|#\\{)((?:review|reviewers)\\.[A-Za-z0-9.-]*[A-Za-z0-9])[\"'(}]");

    @Test
    void bothLanguagesHaveTheSameKeysEachOnce() throws IOException {
        List<String> zh = keys(ZH);
        List<String> en = keys(EN);
        assertThat(duplicates(zh)).as("keys written twice in the Chinese bundle").isEmpty();
        assertThat(duplicates(en)).as("keys written twice in the English bundle").isEmpty();
        assertThat(new TreeSet<>(en)).isEqualTo(new TreeSet<>(zh));
    }

    @Test
    void everyKeyTheCodeAndTheTemplatesNameIsInTheBundles() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources/templates"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        named.add(m.group(1));
                    }
                }
            }
        }
        for (ReviewTaskKind kind : ReviewTaskKind.values()) {
            named.add("review.kind." + kind.name());
        }
        for (ReviewTaskStatus status : ReviewTaskStatus.values()) {
            named.add("review.status." + status.name());
        }
        for (TaskStep.Action action : TaskStep.Action.values()) {
            named.add("review.history." + action.name());
        }
        for (Urgency urgency : Urgency.values()) {
            named.add("review.priority." + urgency.name());
        }
        for (SamplingMethod method : SamplingMethod.values()) {
            named.add("review.check.method." + method.name());
        }
        for (FindingVerdict verdict : FindingVerdict.values()) {
            named.add("review.check.verdict." + verdict.name());
        }
        for (CorrectiveActionStatus status : CorrectiveActionStatus.values()) {
            named.add("review.corrective.status." + status.name());
        }
        for (RevisionChanges.Kind kind : RevisionChanges.Kind.values()) {
            named.add("review.changes.kind." + kind.name());
        }
        List.of("title", "text", "units", "deadline", "cadence", "expectedBenefit")
                .forEach(f -> named.add("review.changes.field." + f));
        assertThat(named).hasSizeGreaterThan(150);
        Set<String> zh = new TreeSet<>(keys(ZH));
        // A name that only prefixes keys (a page's texts, e.g. "review.check") is a prefix, not a key.
        List<String> missing = new ArrayList<>(named.stream().filter(k -> !zh.contains(k))
                .filter(k -> zh.stream().noneMatch(key -> key.startsWith(k + "."))).toList());
        assertThat(missing).as("keys named but not in the bundle").isEmpty();
    }

    private static List<String> keys(Path bundle) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
            }
        }
        return keys;
    }

    private static List<String> duplicates(List<String> keys) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        keys.forEach(k -> counts.merge(k, 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey).toList();
    }
}
