package tw.uplift.plan.history.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.plan.authoring.PlanChanges;
import tw.uplift.plan.authoring.PlanContent;
import tw.uplift.plan.authoring.PlanHeader;
import tw.uplift.plan.authoring.PlanText;
import tw.uplift.plan.authoring.ReviewComment;
import tw.uplift.plan.history.TextDiff;

class ChangeViewTest {

    private static PlanText text(List<String> goals, PlanContent.MeasureDraft... measures) {
        return new PlanText("115年度提升服務執行計畫", null, new PlanHeader(List.of(), goals, null, null, null),
                PlanContent.build(115, List.of(new PlanContent.DimensionDraft("一", "完備基礎服務",
                        List.of(new PlanContent.FocusAreaDraft("(一)", "建立標準作業流程", List.of(measures)))))));
    }

    private static PlanContent.MeasureDraft measure(String id, String code, String title, String deadline) {
        return new PlanContent.MeasureDraft(id, code, title, null, List.of("秘書室"), deadline, null);
    }

    private final PlanText before = text(List.of("提升服務品質"), measure("m-1", "1", "訂定SOP", "3月31日前"),
            measure("m-2", "2", "服務資訊公開", "12月31日前"));
    private final PlanText after = text(List.of("提升服務品質與效率"), measure("m-1", "1", "訂定SOP", "2月28日前"),
            measure("m-3", "2", "建置線上申辦", "9月30日前"));

    private ChangeView view(List<ReviewComment> comments) {
        PlanChanges changes = PlanChanges.between(before, after);
        return ChangeView.of(before, after, changes, changes.answering(comments));
    }

    @Test
    void eachEditedFieldIsComparedWordByWordAndAddedOrRemovedMeasuresAreShownWhole() {
        ChangeView view = view(List.of());

        assertThat(view.measures()).extracting(ChangeView.MeasureRows::label)
                .containsExactly("一(一)1 訂定SOP", "一(一)2 建置線上申辦", "一(一)2 服務資訊公開");
        ChangeView.MeasureRows sop = view.measures().getFirst();
        assertThat(sop.anchor()).isEqualTo("change-m-1");
        assertThat(sop.where()).isEqualTo("一、完備基礎服務 › (一)建立標準作業流程");
        assertThat(sop.fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("deadline");
            assertThat(f.diff().before()).extracting(TextDiff.Segment::text).containsExactly("3月31", "日前");
            assertThat(f.diff().after()).extracting(TextDiff.Segment::text).containsExactly("2月28", "日前");
        });
        ChangeView.MeasureRows added = view.measures().get(1);
        assertThat(added.kind()).isEqualTo(PlanChanges.Kind.ADDED);
        assertThat(added.fields()).extracting(ChangeView.FieldRow::field).containsExactly("title", "units", "deadline");
        assertThat(added.fields()).allSatisfy(f -> {
            assertThat(f.diff().before()).as("nothing before").isEmpty();
            assertThat(f.diff().changed()).as("shown plainly: the whole measure is new").isFalse();
        });
        ChangeView.MeasureRows removed = view.measures().getLast();
        assertThat(removed.kind()).isEqualTo(PlanChanges.Kind.REMOVED);
        assertThat(removed.fields()).allSatisfy(f -> assertThat(f.diff().after()).isEmpty());
        assertThat(view.header()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("goals");
            assertThat(f.diff().after()).extracting(TextDiff.Segment::text).containsExactly("提升服務品質", "與效率");
        });
    }

    @Test
    void eachCommentLinksToTheChangesThatAnswerItOrIsNotAnswered() {
        ChangeView view = view(List.of(new ReviewComment("m-1", "請提前完成"), new ReviewComment("plan", "請補充目標"),
                new ReviewComment("m-9", "請說明"), new ReviewComment("m-2", "請刪除")));

        assertThat(view.comments()).extracting(ChangeView.CommentRow::about, ChangeView.CommentRow::gone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("一(一)1 訂定SOP", false),
                        org.assertj.core.groups.Tuple.tuple(null, false),
                        org.assertj.core.groups.Tuple.tuple("m-9", true),
                        org.assertj.core.groups.Tuple.tuple("一(一)2 服務資訊公開", false));
        assertThat(view.comments().getFirst().answers()).extracting(ChangeView.Answer::anchor).containsExactly("change-m-1");
        assertThat(view.comments().get(1).answers()).extracting(ChangeView.Answer::anchor)
                .containsExactly(ChangeView.HEADER_ANCHOR, "change-m-1", "change-m-3", "change-m-2");
        assertThat(view.comments().get(2).answered()).isFalse();
        assertThat(view.comments().get(3).answers()).extracting(ChangeView.Answer::anchor).containsExactly("change-m-2");
        assertThat(view.unanswered()).isEqualTo(1);
    }
}
