package tw.uplift.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.planimport.model.ImportWarning;
import tw.uplift.planimport.model.ImportWarning.Kind;
import tw.uplift.planimport.model.ImportedFocusArea;
import tw.uplift.planimport.model.ImportedMeasure;
import tw.uplift.planimport.model.ImportedPlan;

/** Cells and items that are only punctuation are not imported as content, and each one dropped is reported by line. */
class PunctuationIsNotContentTest {

    /** Lines 1–4; table rows start at line 5. */
    private static final String HEAD = """
            # 高雄市前鎮區公所115年度提升服務執行計畫

            | 執行要項 | 執行重點 | 推行作法 | 執行單位 |
            |--|--|--|--|
            """;

    private final PlanImporter importer = new PlanImporter();

    @Test
    void aMeasureThatIsOnlyANumberAndDashesIsDroppedWithAWarningNamingItsLine() {
        ImportedPlan plan = parse("""
                | 一、便民服務 | (一)單一窗口服務 | 1. 全功能櫃檯 設置全功能服務櫃檯。 | 民政課 |
                | | | 2. -- | 秘書室 |
                | | | 3. 一次告知 申辦文件一次告知。 | 秘書室 |
                """);

        assertThat(measures(plan)).extracting(ImportedMeasure::code).containsExactly("1", "3");
        assertThat(plan.warnings()).contains(new ImportWarning(6, Kind.DROPPED_TEXT,
                "measure 2 \"--\" has no letter, digit or CJK character; dropped"));
    }

    @Test
    void aPlaceholderInTheUnitsColumnIsNotAMeasure() {
        ImportedPlan plan = parse("""
                | 一、便民服務 | (一)單一窗口服務 | 1. 全功能櫃檯 設置全功能服務櫃檯。 | — |
                """);

        assertThat(measures(plan)).hasSize(1).first().satisfies(m -> {
            assertThat(m.text()).isEqualTo("設置全功能服務櫃檯。");
            assertThat(m.units()).isEmpty();
        });
        assertThat(plan.warnings()).filteredOn(w -> w.kind() == Kind.DROPPED_TEXT).singleElement()
                .satisfies(w -> assertThat(w.line()).isEqualTo(5))
                .satisfies(w -> assertThat(w.message()).startsWith("cell text \"—\" has no letter, digit or CJK character"));
        assertThat(plan.warnings()).anyMatch(w -> w.kind() == Kind.MISSING_UNITS);
    }

    @Test
    void aFocusAreaTitledWithPunctuationKeepsItsNumberAndMeasuresButNotTheTitle() {
        ImportedPlan plan = parse("""
                | 一、便民服務 | (一)…… | 1. 全功能櫃檯 設置全功能服務櫃檯。 | 民政課 |
                """);

        ImportedFocusArea focus = plan.dimensions().get(0).focusAreas().get(0);
        assertThat(focus.code()).isEqualTo("(一)");
        assertThat(focus.title()).isEmpty();
        assertThat(focus.measures()).extracting(ImportedMeasure::title).containsExactly("全功能櫃檯");
        assertThat(plan.warnings()).contains(new ImportWarning(5, Kind.DROPPED_TEXT,
                "focus area (一) title \"……\" has no letter, digit or CJK character; left out"));
    }

    @Test
    void ruleRowsBetweenRowsAreNeitherItemsNorWarnings() {
        ImportedPlan plan = parse("""
                | 一、便民服務 | (一)單一窗口服務 | 1. 全功能櫃檯 設置全功能服務櫃檯。 | 民政課 |
                |--|--|--|--|
                |-------|--|---|--|
                | | | 2. 一次告知 申辦文件一次告知。 | 秘書室 |
                """);

        assertThat(measures(plan)).extracting(ImportedMeasure::text).containsExactly("設置全功能服務櫃檯。", "申辦文件一次告知。");
        assertThat(plan.warnings()).isEmpty();
    }

    private ImportedPlan parse(String rows) {
        return importer.parse("plan.md", (HEAD + rows).getBytes(StandardCharsets.UTF_8));
    }

    private static List<ImportedMeasure> measures(ImportedPlan plan) {
        return plan.dimensions().stream().flatMap(d -> d.focusAreas().stream()).flatMap(f -> f.measures().stream()).toList();
    }
}
