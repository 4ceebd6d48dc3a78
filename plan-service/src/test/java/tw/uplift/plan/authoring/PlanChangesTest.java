package tw.uplift.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.plan.authoring.PlanChanges.Kind;
import tw.uplift.plan.authoring.PlanChanges.MeasureChange;

class PlanChangesTest {

    private static PlanContent.MeasureDraft measure(String id, String code, String title, String deadline) {
        return new PlanContent.MeasureDraft(id, code, title, null, List.of("秘書室"), deadline, null);
    }

    private static PlanText text(List<PlanContent.FocusAreaDraft> areas) {
        return Plans.text("115年度提升服務執行計畫", PlanContent.build(115,
                List.of(new PlanContent.DimensionDraft("一", "完備基礎服務項目", areas))));
    }

    private final PlanText before = text(List.of(
            new PlanContent.FocusAreaDraft("(一)", "建立標準作業流程", List.of(
                    measure("m-1", "1", "訂定SOP", "3月31日前"),
                    measure("m-2", "2", "檢討流程", "6月30日前"))),
            new PlanContent.FocusAreaDraft("(二)", "提升服務量能", List.of(
                    measure("m-3", "1", "辦理教育訓練", "持續辦理")))));

    @Test
    void nothingChangedIsEmpty() {
        assertThat(PlanChanges.between(before, before).isEmpty()).isTrue();
        assertThat(PlanChanges.between(before, before).summary()).isEmpty();
    }

    @Test
    void findsAddedRemovedEditedAndMovedMeasuresByTheirIds() {
        PlanText after = text(List.of(
                new PlanContent.FocusAreaDraft("(一)", "建立標準作業流程", List.of(
                        measure("m-1", "1", "訂定SOP", "2月28日前"),
                        measure("m-4", "3", "建置線上申辦", "12月31日前"))),
                new PlanContent.FocusAreaDraft("(二)", "提升服務量能", List.of(
                        measure("m-3", "1", "辦理教育訓練", "持續辦理"),
                        measure("m-2", "2", "檢討流程", "6月30日前")))));

        PlanChanges changes = PlanChanges.between(before, after);

        assertThat(changes.measures()).extracting(MeasureChange::measureId, MeasureChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("m-1", Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("m-4", Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("m-2", Kind.CHANGED));
        MeasureChange sop = changes.measures().get(0);
        assertThat(sop.edited()).isTrue();
        assertThat(sop.moved()).isFalse();
        assertThat(sop.fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("deadline");
            assertThat(f.before()).isEqualTo("3月31日前");
            assertThat(f.after()).isEqualTo("2月28日前");
        });
        MeasureChange moved = changes.measures().get(2);
        assertThat(moved.moved()).isTrue();
        assertThat(moved.edited()).isFalse();
        assertThat(moved.to().focusArea()).isEqualTo("(二) 提升服務量能");
        assertThat(changes.summary()).isEqualTo("新增 1 項（一(一)3）、修改 1 項（一(一)1）、移動 1 項（一(二)2）推行作法");
    }

    @Test
    void aRemovedMeasureIsListedLast() {
        PlanText after = text(List.of(new PlanContent.FocusAreaDraft("(一)", "建立標準作業流程",
                List.of(measure("m-1", "1", "訂定SOP", "3月31日前"))), new PlanContent.FocusAreaDraft("(二)",
                "提升服務量能", List.of(measure("m-3", "1", "辦理教育訓練", "持續辦理")))));

        assertThat(PlanChanges.between(before, after).measures()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.REMOVED);
            assertThat(c.measureId()).isEqualTo("m-2");
        });
    }

    @Test
    void eachReviewCommentIsAnsweredByTheChangesOfItsMeasureOrOfThePlan() {
        PlanText after = new PlanText("115年度提升服務執行計畫（修正）", null, PlanHeader.EMPTY, text(List.of(
                new PlanContent.FocusAreaDraft("(一)", "建立標準作業流程", List.of(
                        measure("m-1", "1", "訂定SOP", "2月28日前"),
                        measure("m-2", "2", "檢討流程", "6月30日前"))),
                new PlanContent.FocusAreaDraft("(二)", "提升服務量能", List.of(
                        measure("m-3", "1", "辦理教育訓練", "持續辦理"))))).dimensions());
        List<ReviewComment> comments = List.of(new ReviewComment("m-1", "期限請提前"),
                new ReviewComment("m-3", "請量化"), new ReviewComment("plan", "計畫名稱請修正"));

        List<PlanChanges.AnsweredComment> answered = PlanChanges.between(before, after).answering(comments);

        assertThat(answered).extracting(PlanChanges.AnsweredComment::answered).containsExactly(true, false, true);
        assertThat(answered.get(0).changes()).extracting(MeasureChange::measureId).containsExactly("m-1");
        assertThat(answered.get(2).headerChanged()).isTrue();
    }
}
