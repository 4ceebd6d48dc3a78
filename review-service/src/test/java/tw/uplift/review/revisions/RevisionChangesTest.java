package tw.uplift.review.revisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanContentSnapshot.Measure;
import tw.uplift.review.revisions.RevisionChanges.FieldChange;
import tw.uplift.review.revisions.RevisionChanges.Kind;
import tw.uplift.review.revisions.RevisionChanges.MeasureChange;

class RevisionChangesTest {

    private static final Measure SOP = new Measure("m-sop", "1", "訂定標準作業流程(SOP)", "訂定申辦案件SOP",
            List.of("戶籍行政科"), "6月30日前", LocalDate.of(2026, 6, 30), null, null);
    private static final Measure SITE = new Measure("m-site", "2", "服務資訊公開透明", null, List.of("各科室"),
            "持續辦理", null, "QUARTERLY", "民眾查詢更便利");
    private static final Measure COUNTER = new Measure("m-counter", "3", "櫃檯雙語服務", null, List.of("秘書室"),
            "12月31日前", LocalDate.of(2026, 12, 31), null, null);

    @Test
    void eachMeasureIsMatchedByIdWithWhatChangedAndTheCommentsItAnswers() {
        Measure earlierSop = SOP;
        Measure resubmittedSop = new Measure("m-sop", "1", "訂定標準作業流程(SOP)", "訂定申辦案件SOP",
                List.of("戶籍行政科", "資訊室"), "3月31日前", LocalDate.of(2026, 3, 31), null, null);
        Measure newSurvey = new Measure("m-survey", "3", "辦理滿意度調查", null, List.of("秘書室"), "11月30日前",
                LocalDate.of(2026, 11, 30), null, null);
        List<ItemComment> comments = List.of(new ItemComment("m-sop", "完成期限過於寬鬆，請提前。"),
                new ItemComment("m-site", "請說明公開的項目。"), new ItemComment("plan", "請補充量化指標。"),
                new ItemComment("m-counter", "雙語服務請具體化。"));

        RevisionChanges changes = RevisionChanges.between(1, plan(earlierSop, SITE, COUNTER), 2,
                plan(resubmittedSop, SITE, newSurvey), comments);

        assertThat(changes.measures()).extracting(MeasureChange::measureId, MeasureChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("m-sop", Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("m-site", Kind.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("m-survey", Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("m-counter", Kind.REMOVED));
        MeasureChange sop = changes.measures().getFirst();
        assertThat(sop.fields()).containsExactly(new FieldChange("units", "戶籍行政科", "戶籍行政科、資訊室"),
                new FieldChange("deadline", "6月30日前", "3月31日前"));
        assertThat(sop.comments()).containsExactly("完成期限過於寬鬆，請提前。");
        assertThat(sop.unanswered()).isFalse();
        MeasureChange site = changes.measures().get(1);
        assertThat(site.unanswered()).as("commented on, not changed").isTrue();
        assertThat(changes.measures().get(3).comments()).containsExactly("雙語服務請具體化。");
        assertThat(changes.planComments()).containsExactly("請補充量化指標。");
        assertThat(changes.unanswered()).isEqualTo(1);
        assertThat(changes.anyChange()).isTrue();
    }

    @Test
    void whitespaceAloneIsNoChangeAndAnUntouchedPlanHasNone() {
        Measure spaced = new Measure("m-sop", "1", " 訂定標準作業流程(SOP) ", "訂定申辦案件SOP ", List.of("戶籍行政科"),
                "6月30日前", LocalDate.of(2026, 6, 30), null, "");
        RevisionChanges changes = RevisionChanges.between(1, plan(SOP), 2, plan(spaced), List.of());

        assertThat(changes.measures()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Kind.UNCHANGED);
            assertThat(m.unanswered()).isFalse();
        });
        assertThat(changes.anyChange()).isFalse();
    }

    private static PlanContentSnapshot plan(Measure... measures) {
        return new PlanContentSnapshot(List.of(new PlanContentSnapshot.Dimension("一", "完備基礎服務項目", List.of(
                new PlanContentSnapshot.FocusArea("(一)", "建立業務標準作業流程", List.of(measures))))));
    }
}
