package tw.uplift.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tw.uplift.planimport.model.ImportWarning;
import tw.uplift.planimport.model.ImportedPlan;

/** The same plan laid out differently imports to the same tree. */
class VariationsTest {

    private final PlanImporter importer = new PlanImporter();

    private ImportedPlan parse(String name, String text) {
        return importer.parse(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private PlanTrees.Tree original(String seed) {
        return PlanTrees.of(parse(seed, Seeds.text(seed)));
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.CIVIL_AFFAIRS_111, Seeds.SANMIN_106, Seeds.BEITUN_115})
    void markdownPipeTables(String seed) {
        String md = Variations.markdown(Seeds.text(seed));
        assertThat(md).contains("| --- |");
        assertThat(PlanTrees.of(parse("plan.md", md))).isEqualTo(original(seed));
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.CIVIL_AFFAIRS_111, Seeds.SANMIN_106, Seeds.BEITUN_115})
    void htmlDocument(String seed) {
        String html = Variations.html(Seeds.text(seed));
        assertThat(PlanTrees.of(parse("plan.html", html))).isEqualTo(original(seed));
        // Detected by content too, whatever the name says.
        assertThat(PlanTrees.of(parse("upload.bin", html))).isEqualTo(original(seed));
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.CIVIL_AFFAIRS_111, Seeds.SANMIN_106, Seeds.BEITUN_115})
    void pageBreaksMoved(String seed) {
        for (int every : new int[] {3, 5, 11}) {
            String moved = Variations.movePageBreaks(Seeds.text(seed), every);
            assertThat(moved).isNotEqualTo(Seeds.text(seed));
            assertThat(PlanTrees.of(parse(seed, moved))).as("page break every %d rows", every).isEqualTo(original(seed));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.CIVIL_AFFAIRS_111, Seeds.SANMIN_106, Seeds.BEITUN_115})
    void columnsShifted(String seed) {
        String shifted = Variations.shiftColumns(Seeds.text(seed));
        assertThat(shifted).isNotEqualTo(Seeds.text(seed));
        ImportedPlan plan = parse(seed, shifted);
        assertThat(PlanTrees.of(plan)).isEqualTo(original(seed));
        assertThat(plan.warnings()).anyMatch(w -> w.kind() == ImportWarning.Kind.SHIFTED_CELL);
    }

    @Test
    void twoMeasuresSharingDeadlineUnitsAndBenefitCells() {
        // 一 (一) 1. and 2.: "1月31日前 持續辦理" / "行政課 各課" / two one-sentence benefits in one cell each.
        String shared = Variations.shareCells(Seeds.text(Seeds.BEITUN_115), "1. 訂定「提升服務品質執行計畫」");
        ImportedPlan plan = parse(Seeds.BEITUN_115, shared);
        assertThat(PlanTrees.of(plan)).isEqualTo(original(Seeds.BEITUN_115));
        assertThat(plan.warnings()).anyMatch(w -> w.kind() == ImportWarning.Kind.SHARED_CELL && w.message().contains("gave one to each"));
    }

    @Test
    void twoMeasuresSharingOneUnitsCell() {
        // 一 (三) 7. and 8. of the 三民 plan both belong to 民政課 社會課 兵役課 經建課 秘書室.
        String shared = Variations.shareCells(Seeds.text(Seeds.SANMIN_106), "7. 申辦案件線上查詢系統");
        ImportedPlan plan = parse(Seeds.SANMIN_106, shared);
        assertThat(PlanTrees.of(plan)).isEqualTo(original(Seeds.SANMIN_106));
        assertThat(plan.warnings()).anyMatch(w -> w.kind() == ImportWarning.Kind.SHARED_CELL && w.message().contains("copied to each"));
    }

    @Test
    void fullWidthParenthesesAndDigitsReadTheSame() {
        String text = Seeds.text(Seeds.BEITUN_115).replace("(二)", "（二）").replace("\t1. ", "\t１. ");
        assertThat(PlanTrees.of(parse(Seeds.BEITUN_115, text))).isEqualTo(original(Seeds.BEITUN_115));
    }
}
