package tw.uplift.plan.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.plan.authoring.ProgressReport.ProgressStatus;
import tw.uplift.plan.lights.Light;

/**
 * Progress in words, in both bundles: the same keys in each, every key the progress and evidence code and
 * templates name is there, and each message formats with the arguments it is given.
 */
class ProgressMessagesTest {

    static final Properties ZH = load("plan-progress-messages.properties");
    static final Properties EN = load("plan-progress-messages_en.properties");
    /** A key as the code and the templates spell it out (dynamic keys end in a dot and are listed below). */
    static final Pattern KEY = Pattern.compile("(?:[\"']|#\\{)((?:progress|evidence)\\.[A-Za-z0-9.-]*[A-Za-z0-9])[\"'(}]");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(EN.stringPropertyNames())).isEqualTo(new TreeSet<>(ZH.stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeAndTheTemplatesNameIsInTheBundles() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java/tw/uplift/plan/progress"),
                Path.of("src/main/java/tw/uplift/plan/evidence"), Path.of("src/main/resources/templates/plan"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        named.add(m.group(1));
                    }
                }
            }
        }
        for (ProgressStatus s : ProgressStatus.values()) {
            named.add("progress.status." + s.name());
        }
        for (ReportingPeriod.Cadence c : ReportingPeriod.Cadence.values()) {
            named.add("progress.cadence." + c.name());
            named.add("progress.period." + c.name());
        }
        for (Light l : Light.values()) {
            named.add("progress.lights.group." + l.name());
        }
        List.of("wrong-state", "wrong-period", "future-period", "unknown-period").forEach(c -> named.add("progress.rule." + c));
        assertThat(named).hasSizeGreaterThan(60);
        List<String> missing = new ArrayList<>();
        named.stream().filter(k -> !ZH.containsKey(k)).forEach(missing::add);
        assertThat(missing).as("keys named but not in the bundle").isEmpty();
    }

    @Test
    void periodsReadAsPeopleSayThem() {
        Object[] q3 = {115, 3, "2026"};
        assertThat(format(ZH, "progress.period.QUARTERLY", Locale.TAIWAN, q3)).isEqualTo("115年第3季");
        assertThat(format(EN, "progress.period.QUARTERLY", Locale.ENGLISH, q3)).isEqualTo("Q3 2026");
        assertThat(format(ZH, "progress.period.HALF_YEARLY", Locale.TAIWAN, 115, 2, "2026")).isEqualTo("115年下半年");
        assertThat(format(EN, "progress.period.MONTHLY", Locale.ENGLISH, 115, 3, "2026")).isEqualTo("2026-03");
        assertThat(format(ZH, "progress.error.narrative.tooLong", Locale.TAIWAN, 4000)).isEqualTo("執行情形不可超過 4000 字");
        assertThat(format(EN, "evidence.refused.contentMismatch", Locale.ENGLISH, "成果.pdf", "PDF"))
                .isEqualTo("The content of 成果.pdf is not PDF: its name and its content do not match");
    }

    private static String format(Properties bundle, String key, Locale locale, Object... args) {
        return new MessageFormat(bundle.getProperty(key), locale).format(args);
    }

    static Properties load(String name) {
        try (InputStream in = ProgressMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
