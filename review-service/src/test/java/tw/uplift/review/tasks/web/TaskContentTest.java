package tw.uplift.review.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanContentSnapshot.Dimension;
import tw.uplift.contracts.plan.PlanContentSnapshot.FocusArea;
import tw.uplift.contracts.plan.PlanContentSnapshot.Measure;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.platform.pages.PlanTable;

/** The task page's content and form: the plan in the shared table, a comment box per measure, what the form sends. */
class TaskContentTest {

    private static Measure measure(String id, String title) {
        return new Measure(id, "1", title, null, List.of("戶籍行政科"), "12月31日前", null, null, null);
    }

    private static final PlanContentSnapshot CONTENT = new PlanContentSnapshot(List.of(
            new Dimension("一", "完備基礎服務項目", List.of(
                    new FocusArea("(一)", "建立業務標準作業流程", List.of(measure("m-1", "訂定SOP"), measure("m-2", "公開資訊"),
                            measure(" ", "尚無識別碼"))),
                    new FocusArea("(二)", "尚未擬定", List.of()))),
            new Dimension("二", "便民服務", List.of())));

    @Test
    void theSnapshotIsTheSharedTableEachMeasureCarryingItsBox() {
        TaskContent content = TaskContent.of(CONTENT, Map.of("m-2", "請補充"));

        assertThat(content.table().groups()).extracting(PlanTable.Group::rowspan).containsExactly(4, 1);
        assertThat(content.table().measures()).extracting(PlanTable.Measure::extra)
                .containsExactly(content.boxes().get(0), content.boxes().get(1), null);
        assertThat(TaskContent.of(null, Map.of()).table().isEmpty()).isTrue();
    }

    @Test
    void eachMeasureHasABoxInPlanOrderTheFirstOfWhichTakesAMissingComment() {
        TaskContent content = TaskContent.of(CONTENT, Map.of("m-2", "請補充"));

        assertThat(content.boxes()).extracting(TaskContent.Box::id, TaskContent.Box::name, TaskContent.Box::comment)
                .containsExactly(Tuple.tuple("comment-1", "comments[m-1]", ""),
                        Tuple.tuple("comment-2", "comments[m-2]", "請補充"));
        assertThat(content.itemRefs()).containsExactly("m-1", "m-2", "plan");
        assertThat(content.firstBox()).isEqualTo("comment-1");
        assertThat(content.boxOf("m-2")).isEqualTo("comment-2");
        assertThat(TaskContent.of(null, Map.of()).firstBox()).as("no content: the whole plan's box").isEqualTo("comment-plan");
    }

    @Test
    void theFormSendsEveryNonBlankBoxOfThePlanInItsOrderAndDropsForgedOnes() {
        List<String> refs = TaskContent.of(CONTENT, Map.of()).itemRefs();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", "token");
        fields.put("comments[plan]", "整體意見");
        fields.put("comments[m-2]", "  請具體說明 ");
        fields.put("comments[m-1]", "   ");
        fields.put("comments[m-forged]", "不在計畫裡");
        fields.put("decision", "RETURNED");

        DecisionForm form = DecisionForm.of(fields, refs);

        assertThat(form.decision()).isEqualTo(ReviewDecision.RETURNED);
        assertThat(form.itemComments(refs)).containsExactly(new ItemComment("m-2", "請具體說明"),
                new ItemComment("plan", "整體意見"));
        assertThat(DecisionForm.of(Map.of("decision", "MAYBE"), refs).decision()).isNull();
        assertThat(DecisionForm.of(Map.of("comments[m-1]", "字".repeat(DecisionForm.MAX_COMMENT + 1)), refs)
                .tooLong(refs)).containsExactly("m-1");
    }
}
