package tw.uplift.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;
import tw.uplift.planimport.examples.ExamplePlan;
import tw.uplift.planimport.model.ImportWarning;
import tw.uplift.planimport.model.ImportedPlan;

/** The same plan laid out differently imports to the same tree. */
class VariationsTest {

    private final PlanImporter importer = new PlanImporter();

    private ImportedPlan parse(String name, String text) {
        return importer.parse(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private PlanTrees.Tree original(ExamplePlan example) {
        return PlanTrees.of(parse(example.fileName(), example.text()));
    }

    @ParameterizedTest
    @EnumSource(ExamplePlan.class)
    void markdownPipeTables(ExamplePlan example) {
        String md = Variations.markdown(example.text());
        assertThat(md).contains("| --- |");
        assertThat(PlanTrees.of(parse("plan.md", md))).isEqualTo(original(example));
    }

    @ParameterizedTest
    @EnumSource(ExamplePlan.class)
    void htmlDocument(ExamplePlan example) {
        String html = Variations.html(example.text());
        assertThat(PlanTrees.of(parse("plan.html", html))).isEqualTo(original(example));
        // Detected by content too, whatever the name says.
        assertThat(PlanTrees.of(parse("upload.bin", html))).isEqualTo(original(example));
    }

    @ParameterizedTest
    @EnumSource(ExamplePlan.class)
    void pageBreaksMoved(ExamplePlan example) {
        for (int every : new int[] {3, 5, 11}) {
            String moved = Variations.movePageBreaks(example.text(), every);
            assertThat(moved).isNotEqualTo(example.text());
            assertThat(PlanTrees.of(parse(example.fileName(), moved))).as("page break every %d rows", every).isEqualTo(original(example));
        }
    }

    @ParameterizedTest
    @EnumSource(ExamplePlan.class)
    void columnsShifted(ExamplePlan example) {
        String shifted = Variations.shiftColumns(example.text());
        assertThat(shifted).isNotEqualTo(example.text());
        ImportedPlan plan = parse(example.fileName(), shifted);
        assertThat(PlanTrees.of(plan)).isEqualTo(original(example));
        assertThat(plan.warnings()).anyMatch(w -> w.kind() == ImportWarning.Kind.SHIFTED_CELL);
    }

    @Test
    void twoMeasuresSharingDeadlineUnitsAndBenefitCells() {
        // 一 (一) 1. and 2. in one row: "1月31日前 持續辦理" / "行政課 各課" / two one-sentence benefits in one cell each.
        String shared = Variations.shareCells(ExamplePlan.TAICHUNG_BEITUN_HOUSEHOLD_115.text(), "1. 訂定「提升服務品質執行計畫」");
        ImportedPlan plan = parse(ExamplePlan.TAICHUNG_BEITUN_HOUSEHOLD_115.fileName(), shared);

        PlanTrees.Tree original = original(ExamplePlan.TAICHUNG_BEITUN_HOUSEHOLD_115);
        PlanTrees.Measure first = original.dimensions().get(0).focusAreas().get(0).measures().get(0);
        PlanTrees.Measure second = original.dimensions().get(0).focusAreas().get(0).measures().get(1);
        // Nothing in the joined cells says which unit or which benefit sentence is whose: both measures get all of
        // them. A measure has one 完成期限, and the cell holds one phrase per measure: those are matched in order.
        List<String> bothUnits = List.of("行政課", "各課");
        String bothBenefits = first.benefit() + " " + second.benefit();
        PlanTrees.Tree expected = PlanTrees.withMeasures(original, 0, 0, List.of(
                new PlanTrees.Measure(first.code(), first.title(), first.text(), bothUnits, first.deadline(), bothBenefits),
                new PlanTrees.Measure(second.code(), second.title(), second.text(), bothUnits, second.deadline(), bothBenefits)));
        assertThat(PlanTrees.of(plan)).isEqualTo(expected);

        assertThat(sharedCellMessages(plan)).anyMatch(m -> m.equals("units \"行政課 各課\" shared by measures 1–2; copied to each"))
                .anyMatch(m -> m.contains("\"1月31日前 持續辦理\" with one phrase per measure (1–2); matched in order"))
                .anyMatch(m -> m.equals("one 預期效益 cell shared by measures 1–2; copied to each"))
                .noneMatch(m -> m.contains("gave one"));
    }

    private static List<String> sharedCellMessages(ImportedPlan plan) {
        return plan.warnings().stream().filter(w -> w.kind() == ImportWarning.Kind.SHARED_CELL).map(ImportWarning::message).toList();
    }

    @Test
    void twoMeasuresSharingOneUnitsCell() {
        // 一 (三) 7. and 8. of the 三民 plan both belong to 民政課 社會課 兵役課 經建課 秘書室.
        String shared = Variations.shareCells(ExamplePlan.KCG_SANMIN_106.text(), "7. 申辦案件線上查詢系統");
        ImportedPlan plan = parse(ExamplePlan.KCG_SANMIN_106.fileName(), shared);
        assertThat(PlanTrees.of(plan)).isEqualTo(original(ExamplePlan.KCG_SANMIN_106));
        assertThat(plan.warnings()).anyMatch(w -> w.kind() == ImportWarning.Kind.SHARED_CELL && w.message().contains("copied to each"));
    }

    @Test
    void fullWidthParenthesesAndDigitsReadTheSame() {
        String text = ExamplePlan.TAICHUNG_BEITUN_HOUSEHOLD_115.text().replace("(二)", "（二）").replace("\t1. ", "\t１. ");
        assertThat(PlanTrees.of(parse(ExamplePlan.TAICHUNG_BEITUN_HOUSEHOLD_115.fileName(), text))).isEqualTo(original(ExamplePlan.TAICHUNG_BEITUN_HOUSEHOLD_115));
    }
}
