package tw.uplift.notification.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrectiveActionsTest {

    @Test
    void namesAnActionByItsFindingsFirstLine() {
        assertThat(CorrectiveActions.titleOf("未公告英文版說明\n詳見查核紀錄第 3 頁")).isEqualTo("改善事項：未公告英文版說明");
    }

    @Test
    void cutsALongFindingAtFortyCharacters() {
        String finding = "甲".repeat(41);

        assertThat(CorrectiveActions.titleOf(finding)).isEqualTo("改善事項：" + "甲".repeat(40) + "…");
        assertThat(CorrectiveActions.titleOf("甲".repeat(40))).isEqualTo("改善事項：" + "甲".repeat(40));
    }

    @Test
    void aBlankFindingStillNamesTheAction() {
        assertThat(CorrectiveActions.titleOf("  ")).isEqualTo("改善事項");
        assertThat(CorrectiveActions.titleOf(null)).isEqualTo("改善事項");
    }
}
