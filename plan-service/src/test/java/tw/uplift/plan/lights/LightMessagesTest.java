package tw.uplift.plan.lights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.uplift.contracts.values.ReportingPeriod.Cadence;

/**
 * The lights in words, in both bundles: every key the rules use is in both, with the same arguments, and a light
 * reads as the issue wrote it. The bundles are read as Spring reads them (UTF-8, MessageFormat with arguments).
 */
class LightMessagesTest {

    static final Properties ZH = load("plan-lights-messages.properties");
    static final Properties EN = load("plan-lights-messages_en.properties");

    static Properties load(String name) {
        try (InputStream in = LightMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a bundle as Spring's MessageSource does: a message without arguments as it is, else through MessageFormat. */
    static LightExplanation.Wording wording(Properties bundle, Locale locale) {
        return (key, args) -> {
            String pattern = bundle.getProperty(key);
            assertThat(pattern).as("message " + key).isNotNull();
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        };
    }

    static String english(MeasureLight light) {
        return LightExplanation.of(light, wording(EN, Locale.ENGLISH));
    }

    static String chinese(MeasureLight light) {
        return LightExplanation.of(light, wording(ZH, Locale.TRADITIONAL_CHINESE));
    }

    /** Every key in {@link LightMessageKeys}, the lights' names included. */
    static Set<String> usedKeys() {
        Stream<String> constants = Arrays.stream(LightMessageKeys.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .filter(f -> !f.getName().equals("LIGHT_PREFIX"))
                .map(LightMessagesTest::value);
        Stream<String> lights = Arrays.stream(Light.values()).map(LightMessageKeys::light);
        return Stream.concat(constants, lights).collect(Collectors.toSet());
    }

    static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyKeyUsedIsInBothBundlesAndNothingElse() {
        assertThat(ZH.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(usedKeys());
        assertThat(EN.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(usedKeys());
    }

    @Test
    void bothLanguagesTakeTheSameArguments() {
        for (String key : usedKeys()) {
            assertThat(new MessageFormat(EN.getProperty(key)).getFormatsByArgumentIndex())
                    .as(key).hasSameSizeAs(new MessageFormat(ZH.getProperty(key)).getFormatsByArgumentIndex());
        }
    }

    @Test
    void aRedLightReadsAsTheIssueWroteIt() {
        LocalDate due = LocalDate.of(2026, 10, 31);
        MeasureLight light = Measures.dueOn(due).approvedOn(LocalDate.of(2026, 3, 1))
                .reported(LocalDate.of(2026, 9, 30), 60).lightOn(LocalDate.of(2026, 11, 12));

        assertThat(english(light)).isEqualTo("red: overdue 12 days, no report since 2026-09-30");
        assertThat(chinese(light)).isEqualTo("紅燈：逾期 12 天，自 2026-09-30 起未填報");
    }

    @Test
    void aMissingQuarterlyReportReadsWithItsPeriod() {
        MeasureLight light = Measures.continuous(Cadence.QUARTERLY).approvedOn(LocalDate.of(2026, 1, 15))
                .reportedFor("2026-Q2", LocalDate.of(2026, 6, 28), 45).lightOn(LocalDate.of(2026, 10, 12));

        assertThat(english(light)).isEqualTo("red: no report for 2026-Q3 (due 2026-09-30), last report 2026-06-28");
        assertThat(chinese(light)).isEqualTo("紅燈：2026-Q3 未填報（應於 2026-09-30 前填報），最後填報於 2026-06-28");
    }

    @Test
    void aPaceWarningReadsWithItsNumbers() {
        LocalDate approved = LocalDate.of(2026, 1, 1);
        MeasureLight light = Measures.dueOn(approved.plusDays(100)).approvedOn(approved)
                .reported(approved.plusDays(60), 30).lightOn(approved.plusDays(80));

        assertThat(english(light)).isEqualTo("yellow: pace: 30 % done with 80 % of the time gone; 20 days left");
        assertThat(chinese(light)).isEqualTo("黃燈：進度落後：時間已過 80%，進度僅 30%，剩 20 天");
    }

    @ParameterizedTest(name = "{0} days: {1}")
    @CsvSource(textBlock = """
            1, 'red: overdue 1 day, no report yet'
            2, 'red: overdue 2 days, no report yet'
            """)
    void oneDayIsOneDay(int days, String expected) {
        LocalDate due = LocalDate.of(2026, 6, 30);
        MeasureLight light = Measures.dueOn(due).approvedOn(LocalDate.of(2026, 3, 1)).lightOn(due.plusDays(days));

        assertThat(english(light)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} days left: {1}")
    @CsvSource(textBlock = """
            0, 'yellow: due today, 60 %'
            1, 'yellow: due tomorrow, 60 %'
            5, 'yellow: due in 5 days, 60 %'
            """)
    void dueSoonReadsNaturally(int daysLeft, String expected) {
        LocalDate due = LocalDate.of(2026, 6, 30);
        MeasureLight light = Measures.dueOn(due).approvedOn(LocalDate.of(2026, 3, 1)).reported(due.minusDays(8), 60)
                .lightOn(due.minusDays(daysLeft));

        assertThat(english(light)).isEqualTo(expected);
    }

    @Test
    void anOpenCorrectiveActionReadsWithItsDueDateOrItsDaysOverdue() {
        LocalDate due = LocalDate.of(2026, 6, 30);
        Measures measure = Measures.dueOn(due).approvedOn(LocalDate.of(2026, 3, 1)).verdict(Verdict.RELEASED)
                .correctionRequired(due, due.plusDays(10));

        assertThat(english(measure.lightOn(due))).isEqualTo(
                "yellow: a corrective action awaits the agency's answer (due 2026-07-10), released from tracking by "
                        + "the reviewer");
        assertThat(chinese(measure.lightOn(due))).isEqualTo("黃燈：改善事項待回復（改善期限 2026-07-10），審查委員已解除列管");
        assertThat(chinese(measure.lightOn(due.plusDays(12)))).isEqualTo("紅燈：改善事項逾期 2 天未回復，審查委員已解除列管");
    }

    @Test
    void aPlanReadsWithItsCounts() {
        List<MeasureLight> measures = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            measures.add(MeasureLight.of(Light.GREEN, LightReason.of(LightMessageKeys.RELEASED)));
        }
        for (int i = 0; i < 3; i++) {
            measures.add(new MeasureLight(Light.RED, List.of(LightReason.of(LightMessageKeys.OVERDUE, 40)), false, 40));
        }
        PlanLight plan = LightRules.plan(measures, LightThresholds.DEFAULTS);

        assertThat(LightExplanation.of(plan, wording(EN, Locale.ENGLISH)))
                .isEqualTo("red: 3 of 24 measures red, 3 measures overdue more than 30 days, the longest 40 days");
        assertThat(LightExplanation.of(plan, wording(ZH, Locale.TRADITIONAL_CHINESE)))
                .isEqualTo("紅燈：24 項中 3 項紅燈，3 項逾期超過 30 天，最久 40 天");
    }

    /** Lights of many kinds, so every message is read at least once with real arguments. */
    static List<MeasureLight> everyKindOfLight() {
        LocalDate approved = LocalDate.of(2026, 1, 1);
        LocalDate due = approved.plusDays(100);
        return List.of(
                Measures.dueOn(due).lightOn(due),
                Measures.untracked().approvedOn(approved).lightOn(due),
                Measures.dueOn(due).approvedOn(approved).verdict(Verdict.RELEASED).lightOn(due),
                Measures.dueOn(due).approvedOn(approved).completedOn(due).lightOn(due),
                Measures.dueOn(due).approvedOn(approved).completedOn(due).verdict(Verdict.KEPT_TRACKED).lightOn(due),
                Measures.dueOn(due).approvedOn(approved).completedOn(due).correctionRequired(due, due.plusDays(10))
                        .lightOn(due),
                Measures.dueOn(due).approvedOn(approved).completedOn(due).correctionRequired(due, due.plusDays(10))
                        .lightOn(due.plusDays(12)),
                Measures.dueOn(due).approvedOn(approved).lightOn(due.plusDays(3)),
                Measures.dueOn(due).approvedOn(approved).reported(due.minusDays(9), 60).lightOn(due.plusDays(3)),
                Measures.dueOn(due).approvedOn(approved).reported(due.minusDays(9), 60).lightOn(due.minusDays(3)),
                Measures.dueOn(due).approvedOn(approved).lightOn(approved.plusDays(80)),
                Measures.dueOn(due).approvedOn(approved).reported(approved.plusDays(9), 10).lightOn(approved.plusDays(10)),
                Measures.dueOn(due).approvedOn(approved).lightOn(approved.plusDays(10)),
                Measures.continuous(Cadence.QUARTERLY).approvedOn(approved).lightOn(approved.plusDays(10)),
                Measures.continuous(Cadence.QUARTERLY).approvedOn(approved).lightOn(LocalDate.of(2026, 4, 3)),
                Measures.continuous(Cadence.QUARTERLY).approvedOn(approved).lightOn(LocalDate.of(2026, 4, 30)),
                Measures.continuous(Cadence.QUARTERLY).approvedOn(approved)
                        .reportedFor("2026-Q1", LocalDate.of(2026, 3, 30), 25).lightOn(LocalDate.of(2026, 4, 30)),
                Measures.continuous(Cadence.QUARTERLY).approvedOn(approved)
                        .reportedFor("2026-Q1", LocalDate.of(2026, 3, 30), 25).lightOn(LocalDate.of(2026, 7, 20)));
    }

    @Test
    void everyLightReadsInBothLanguagesWithNothingLeftUnfilled() {
        List<String> read = new ArrayList<>();
        for (MeasureLight light : everyKindOfLight()) {
            read.add(english(light));
            read.add(chinese(light));
            assertThat(usedKeys()).containsAll(light.reasons().stream().map(LightReason::key).toList());
        }
        assertThat(read).allSatisfy(text -> assertThat(text).doesNotContain("{", "}", "null").isNotBlank());
        Set<String> keysRead = everyKindOfLight().stream().flatMap(l -> l.reasons().stream()).map(LightReason::key)
                .collect(Collectors.toSet());
        assertThat(keysRead).as("the measure keys these lights read")
                .containsAll(usedKeys().stream().filter(k -> k.startsWith("lights.measure.")).toList());
    }
}
