package tw.uplift.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.uplift.planimport.deadline.Cadence;
import tw.uplift.planimport.deadline.Deadline;
import tw.uplift.planimport.docx.DocxFixtures;
import tw.uplift.planimport.model.ImportWarning;
import tw.uplift.planimport.model.ImportedDimension;
import tw.uplift.planimport.model.ImportedFocusArea;
import tw.uplift.planimport.model.ImportedMeasure;
import tw.uplift.planimport.model.ImportedPlan;

/**
 * Plans of the family the importer is for, written for these tests ({@code src/test/resources/plans}, see the
 * README there): Markdown tables with rule rows of any dash count, the same table exported tab-separated, the
 * 5-column layout, and one units cell beside several measures. They import with nothing the documents do not
 * say: no item made of punctuation, units copied (with a warning) where the cell does not say whose they are.
 */
class WrittenPlansTest {

    private static final String PINGZHEN_MD = "pingzhen-district-office-115.md";
    private static final String PINGZHEN_TXT = "pingzhen-district-office-115.txt";
    private static final String TAINAN_LIBRARY = "tainan-library-115.md";
    private static final String HSINCHU_EAST = "hsinchu-east-household-115.txt";

    /** Letters or digits (CJK ideographs are letters): what every imported text must have some of. */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]");
    /** A line that only draws a rule, in the fixtures' forms; the test's own reading, not the parser's. */
    private static final Pattern RULE_LINE = Pattern.compile("^[\\s\\-:=+|_─┼｜－＿]+$");

    private final PlanImporter importer = new PlanImporter();

    @ParameterizedTest
    @ValueSource(strings = {PINGZHEN_MD, PINGZHEN_TXT, TAINAN_LIBRARY, HSINCHU_EAST})
    void noImportedTextIsOnlyPunctuation(String file) {
        ImportedPlan plan = importFixture(file);

        List<String> texts = new ArrayList<>(List.of(plan.title(), plan.agency()));
        for (ImportedDimension d : plan.dimensions()) {
            texts.add(d.title());
            for (ImportedFocusArea f : d.focusAreas()) {
                texts.add(f.title());
                texts.addAll(f.units());
                for (ImportedMeasure m : f.measures()) {
                    assertThat(m.text()).as("measure %s at line %d", m.code(), m.line()).isNotBlank();
                    texts.add(m.text());
                    texts.add(m.title());
                    texts.addAll(m.units());
                    texts.add(m.expectedBenefit() == null ? "" : m.expectedBenefit());
                    texts.add(m.deadline() == null ? "" : m.deadline().text());
                }
            }
        }
        assertThat(texts).as("every non-empty text has a letter or digit").allMatch(t -> t.isEmpty() || WORDS.matcher(t).find());
        // The rules are recognised as rules, not dropped cell by cell as stray punctuation.
        assertThat(plan.warnings()).noneMatch(w -> w.kind() == ImportWarning.Kind.DROPPED_TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {PINGZHEN_MD, PINGZHEN_TXT, TAINAN_LIBRARY, HSINCHU_EAST})
    void ruleRowsAddNothing(String file) {
        String text = fixture(file);
        String withoutRules = String.join("\n", text.lines().filter(l -> !RULE_LINE.matcher(l).matches()).toList());
        assertThat(withoutRules).isNotEqualTo(text);

        assertThat(PlanTrees.of(importText(file, text))).isEqualTo(PlanTrees.of(importText(file, withoutRules)));
    }

    @Test
    void markdownTableWithShortAndLongRuleRowsImportsAsWritten() {
        ImportedPlan plan = importFixture(PINGZHEN_MD);

        assertThat(plan.agency()).isEqualTo("桃園市平鎮區公所");
        assertThat(plan.rocYear()).isEqualTo(115);
        assertThat(plan.title()).isEqualTo("桃園市平鎮區公所115年度提升服務品質執行計畫");
        assertThat(plan.dimensions()).extracting(ImportedDimension::code).containsExactly("一", "二", "三");
        assertThat(plan.dimensions()).extracting(ImportedDimension::title)
                .containsExactly("完備基礎服務，提升服務品質", "便捷服務遞送，提升民眾便利", "重視民眾意見，持續改善服務");
        assertThat(plan.dimensions().stream().mapToInt(d -> d.focusAreas().size()).sum()).isEqualTo(6);
        assertThat(plan.measureCount()).isEqualTo(12);

        assertMeasure(measure(plan, "一", "(一)", "1"), "訂定標準作業流程", "檢討各課室申辦案件標準作業流程(SOP)，並公布於本所網站。", "民政課", "社會課");
        assertMeasure(measure(plan, "一", "(一)", "2"), "簡化申辦表單", "減併申請表單，減少民眾應檢附之文件種類。", "秘書室");
        assertMeasure(measure(plan, "二", "(一)", "1"), "全功能櫃檯", "設置全功能服務櫃檯，提供「一處收件、全程服務」。", "民政課");
        assertMeasure(measure(plan, "三", "(一)", "2"), "滿意度調查", "每年辦理為民服務滿意度調查，分析結果並檢討改善。", "秘書室", "民政課");
        // A focus area printed with units but no measures is its own measure.
        assertMeasure(focus(plan, "二", "(三)").measures().get(0), "", "關懷弱勢族群，提供到府服務。", "社會課");
        // 執行要項 | 執行重點 | 推行作法 | 執行單位: measures are read from 推行作法, where they are.
        assertThat(plan.warnings()).noneMatch(w -> w.kind() == ImportWarning.Kind.SHIFTED_CELL);
    }

    @Test
    void oneUnitsCellBesideThreeMeasuresIsCopiedToEachWithAWarning() {
        ImportedPlan plan = importFixture(PINGZHEN_MD);

        List<ImportedMeasure> measures = focus(plan, "一", "(二)").measures();
        assertThat(measures).extracting(ImportedMeasure::code).containsExactly("1", "2", "3");
        assertThat(measures).extracting(ImportedMeasure::title).containsExactly("服務資訊公開", "案件進度查詢", "一次告知服務");
        assertThat(measures).allSatisfy(m -> assertThat(m.units()).containsExactly("資訊室", "秘書室", "人事室"));
        assertThat(plan.warnings()).contains(new ImportWarning(23, ImportWarning.Kind.SHARED_CELL,
                "units \"資訊室 秘書室 人事室\" shared by measures 1–3; copied to each"));
    }

    @Test
    void unitsNumberedPerMeasureGoToTheirOwnMeasure() {
        ImportedPlan plan = importFixture(PINGZHEN_MD);

        assertMeasure(measure(plan, "二", "(二)", "1"), "線上申辦服務", "擴充線上申辦項目，並提供申辦進度線上查詢。", "資訊室");
        assertMeasure(measure(plan, "二", "(二)", "2"), "行動區公所", "定期至偏遠里辦公處提供到點服務。", "民政課");
        assertThat(focus(plan, "二", "(二)").measures()).hasSize(2);
        assertThat(plan.warnings()).noneMatch(w -> w.line() == 26 && w.kind() == ImportWarning.Kind.SHARED_CELL);
    }

    @Test
    void theSameTableExportedTabSeparatedImportsTheSame() {
        ImportedPlan markdown = importFixture(PINGZHEN_MD);
        ImportedPlan tabSeparated = importFixture(PINGZHEN_TXT);

        assertThat(PlanTrees.of(tabSeparated)).isEqualTo(PlanTrees.of(markdown));
        assertThat(tabSeparated.warnings()).isEqualTo(markdown.warnings());
    }

    @Test
    void ruleRowsAreNotContentInHtmlOrWordTablesEither() {
        PlanTrees.Tree expected = PlanTrees.of(importFixture(PINGZHEN_TXT));
        String text = fixture(PINGZHEN_TXT);

        assertThat(PlanTrees.of(importer.parse("plan.html", Variations.html(text).getBytes(StandardCharsets.UTF_8)))).isEqualTo(expected);
        assertThat(PlanTrees.of(importer.parse("plan.docx", DocxFixtures.fromText(text)))).isEqualTo(expected);
        assertThat(PlanTrees.of(importer.parse("plan.docx", DocxFixtures.fromText(fixture(HSINCHU_EAST)))))
                .isEqualTo(PlanTrees.of(importFixture(HSINCHU_EAST)));
    }

    @Test
    void fiveColumnLayoutWithDeadlinesAndBenefits() {
        ImportedPlan plan = importFixture(TAINAN_LIBRARY);

        assertThat(plan.agency()).isEqualTo("臺南市立圖書館");
        assertThat(plan.dimensions()).extracting(ImportedDimension::code).containsExactly("一", "二");
        assertThat(plan.measureCount()).isEqualTo(10);

        ImportedMeasure purchase = measure(plan, "一", "(一)", "1");
        assertMeasure(purchase, "", "依讀者薦購及借閱統計，每季採購新書，並於本館網站公告新書書目。", "採編課");
        assertThat(purchase.deadline()).isEqualTo(new Deadline.Recurring(Cadence.QUARTERLY, "每季"));
        assertThat(purchase.expectedBenefit()).isEqualTo("館藏貼近讀者需求，提高新書借閱率。");
        assertThat(measure(plan, "一", "(二)", "3").deadline()).isEqualTo(new Deadline.Continuous(Cadence.QUARTERLY, "持續辦理"));
        assertThat(measure(plan, "二", "(一)", "3").deadline()).isEqualTo(new Deadline.Recurring(Cadence.MONTHLY, "每月"));
        assertThat(measure(plan, "二", "(二)", "1").deadline()).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 11, 30), "11月30日前"));
    }

    @Test
    void fiveColumnRowWithTwoMeasuresSharingItsCells() {
        ImportedPlan plan = importFixture(TAINAN_LIBRARY);

        // 6月30日前<br>8月31日前: one phrase per measure, and a measure has one 完成期限, so they go in order.
        ImportedMeasure reading = measure(plan, "一", "(二)", "1");
        ImportedMeasure camp = measure(plan, "一", "(二)", "2");
        assertThat(reading.deadline()).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 6, 30), "6月30日前"));
        assertThat(camp.deadline()).isEqualTo(new Deadline.OnDate(LocalDate.of(2026, 8, 31), "8月31日前"));
        // 1.推廣課 2.各分館: the cell numbers its units per measure.
        assertThat(reading.units()).containsExactly("推廣課");
        assertThat(camp.units()).containsExactly("各分館");
        // One benefit beside both: copied.
        assertThat(reading.expectedBenefit()).isEqualTo("培養親子共讀習慣，擴大閱讀人口。");
        assertThat(camp.expectedBenefit()).isEqualTo(reading.expectedBenefit());
        assertThat(plan.warnings()).contains(
                new ImportWarning(23, ImportWarning.Kind.SHARED_CELL, "one 預期效益 cell shared by measures 1–2; copied to each"),
                new ImportWarning(28, ImportWarning.Kind.SHARED_CELL, "units \"資訊課 閱覽課\" shared by measures 1–2; copied to each"));
        assertThat(focus(plan, "二", "(一)").measures().subList(0, 2)).allSatisfy(m -> assertThat(m.units()).containsExactly("資訊課", "閱覽課"));
    }

    @Test
    void tabSeparatedPlanWithRulesOfEveryKind() {
        ImportedPlan plan = importFixture(HSINCHU_EAST);

        assertThat(plan.agency()).isEqualTo("新竹市東區戶政事務所");
        assertThat(plan.dimensions()).extracting(ImportedDimension::code).containsExactly("一", "二", "三");
        assertThat(plan.measureCount()).isEqualTo(10);
        assertThat(focus(plan, "一", "(二)").measures()).extracting(ImportedMeasure::text).containsExactly(
                "設置哺集乳室、無障礙坡道及愛心服務鈴，並定期檢查維護。", "提供老花眼鏡、輪椅及雙語書表填寫範例。", "於服務台設置志工引導服務。");
        assertThat(focus(plan, "一", "(二)").measures().subList(1, 3)).allSatisfy(m -> assertThat(m.units()).containsExactly("行政課", "登記課"));
        assertThat(measure(plan, "二", "(二)", "2").units()).containsExactly("資訊課", "行政課");
        assertThat(plan.supervision().rules()).anyMatch(r -> r.contains("主任及課長不定期抽查"));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static void assertMeasure(ImportedMeasure m, String title, String text, String... units) {
        assertThat(m.title()).as("title of measure at line %d", m.line()).isEqualTo(title);
        assertThat(m.text()).as("text of measure at line %d", m.line()).isEqualTo(text);
        assertThat(m.units()).as("units of measure at line %d", m.line()).containsExactly(units);
    }

    private static ImportedFocusArea focus(ImportedPlan plan, String dimension, String focus) {
        return plan.dimensions().stream().filter(d -> d.code().equals(dimension)).findFirst().orElseThrow()
                .focusAreas().stream().filter(f -> f.code().equals(focus)).findFirst()
                .orElseThrow(() -> new AssertionError("no focus area " + dimension + " " + focus));
    }

    private static ImportedMeasure measure(ImportedPlan plan, String dimension, String focus, String code) {
        return focus(plan, dimension, focus).measures().stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no measure " + dimension + " " + focus + " " + code));
    }

    private ImportedPlan importFixture(String file) {
        return importText(file, fixture(file));
    }

    private ImportedPlan importText(String file, String text) {
        return importer.parse(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static String fixture(String file) {
        try (InputStream in = WrittenPlansTest.class.getResourceAsStream("/plans/" + file)) {
            if (in == null) {
                throw new IllegalStateException("test resource plans/" + file + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
