package tw.uplift.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"|--|--|", "|-|-|", "|-------|--|---|", "|:---:|---|", "| :-- | --: |", "+----+----+", "--\t---\t-",
            "-", "---", "====", "***", "- - -", "───────", "┼──┼──┼", "╞══╪══╡", "｜－－｜－－｜", "＿＿＿＿", "￣￣￣", "——", "|==|==|"})
    void drawnLinesAreRules(String line) {
        assertThat(TableRule.isRule(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\t", "1.", "一、", "(一)", "—無—", "-- 同上 --", "N/A", "| 秘書室 |", "--> 見附件", "…", "。"})
    void textThatSaysSomethingOrNothingDrawnIsNotARule(String line) {
        assertThat(TableRule.isRule(line)).isFalse();
    }

    @Test
    void aRowIsARuleWhenEveryNonEmptyCellIsOne() {
        assertThat(TableRule.isRule(row("--", "---", "", "-"))).isTrue();
        assertThat(TableRule.isRule(row("", ":--:"))).isTrue();
        assertThat(TableRule.isRule(row("--", "秘書室"))).isFalse();
        assertThat(TableRule.isRule(row("", ""))).as("an empty row is empty, not a rule").isFalse();
    }

    private static SourceLine.Row row(String... cells) {
        List<SourceLine.Cell> list = Arrays.stream(cells).map(c -> new SourceLine.Cell(0, List.of(c))).toList();
        return new SourceLine.Row(1, list);
    }
}
