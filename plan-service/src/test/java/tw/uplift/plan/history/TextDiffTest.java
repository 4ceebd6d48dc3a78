package tw.uplift.plan.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.plan.history.TextDiff.Segment;

class TextDiffTest {

    private static Segment same(String text) {
        return new Segment(text, false);
    }

    private static Segment changed(String text) {
        return new Segment(text, true);
    }

    @Test
    void theSameTextIsUnchangedOnBothSides() {
        TextDiff diff = TextDiff.of("訂定申辦案件SOP", "訂定申辦案件SOP");

        assertThat(diff.changed()).isFalse();
        assertThat(diff.before()).containsExactly(same("訂定申辦案件SOP"));
        assertThat(diff.after()).containsExactly(same("訂定申辦案件SOP"));
    }

    @Test
    void marksTheChangedChineseCharactersAndKeepsTheRest() {
        TextDiff diff = TextDiff.of("公告服務項目", "公告各項服務項目");

        assertThat(diff.before()).containsExactly(same("公告服務項目"));
        assertThat(diff.after()).containsExactly(same("公告"), changed("各項"), same("服務項目"));
    }

    @Test
    void aDateChangedInTwoPlacesReadsAsOneChange() {
        TextDiff diff = TextDiff.of("3月31日前", "6月30日前");

        assertThat(diff.before()).containsExactly(changed("3月31"), same("日前"));
        assertThat(diff.after()).containsExactly(changed("6月30"), same("日前"));
    }

    @Test
    void aLatinWordChangesWhole() {
        TextDiff diff = TextDiff.of("訂定SOP流程", "訂定SOPs流程");

        assertThat(diff.before()).containsExactly(same("訂定"), changed("SOP"), same("流程"));
        assertThat(diff.after()).containsExactly(same("訂定"), changed("SOPs"), same("流程"));
    }

    @Test
    void aLoneCommonCharacterBetweenTwoChangesReadsAsOneChange() {
        TextDiff diff = TextDiff.of("辦理教育訓練", "舉辦員工研習");

        assertThat(diff.before()).containsExactly(changed("辦理教育訓練"));
        assertThat(diff.after()).containsExactly(changed("舉辦員工研習"));
    }

    @Test
    void unchangedLinesStayWholeAndOnlyTheChangedLineIsComparedWordByWord() {
        TextDiff diff = TextDiff.of("1.公告服務項目\n2.每季檢討\n3.辦理訓練", "1.公告服務項目\n2.每月檢討\n3.辦理訓練");

        assertThat(diff.before()).containsExactly(same("1.公告服務項目\n2.每"), changed("季"), same("檢討\n3.辦理訓練"));
        assertThat(diff.after()).containsExactly(same("1.公告服務項目\n2.每"), changed("月"), same("檢討\n3.辦理訓練"));
    }

    @Test
    void aTextAddedOrRemovedIsChangedWholeOnItsSide() {
        assertThat(TextDiff.of(null, "各科室")).isEqualTo(new TextDiff(List.of(), List.of(changed("各科室"))));
        assertThat(TextDiff.of("各科室", "")).isEqualTo(new TextDiff(List.of(changed("各科室")), List.of()));
        assertThat(TextDiff.of(null, null).changed()).isFalse();
    }

    @Test
    void aVeryLongChangedLineIsMarkedWholeRatherThanComparedWordByWord() {
        String before = "甲".repeat(3000);
        String after = "甲".repeat(2999) + "乙";

        TextDiff diff = TextDiff.of(before, after);

        assertThat(diff.before()).containsExactly(changed(before));
        assertThat(diff.after()).containsExactly(changed(after));
    }
}
