package tw.uplift.planimport.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.planimport.source.SourceLine;

class TabularTextReaderTest {

    @Test
    void ruleLinesOfAnyDashCountAreNeitherRowsNorProse() {
        String text = String.join("\n",
                "| 執行要項 | 推行作法 |", // 1
                "|--|--|", // 2
                "|-------|---|", // 3
                "|:-:|:--|", // 4
                "+----+----+", // 5
                "--\t---", // 6
                "---", // 7
                "| 一、便民服務 | 1. 單一窗口 |"); // 8

        List<SourceLine> lines = TabularTextReader.read(text).lines();

        assertThat(lines).extracting(SourceLine::line).containsExactly(1, 8);
        assertThat(((SourceLine.Row) lines.get(1)).plainText()).isEqualTo("一、便民服務 1. 單一窗口");
    }

    @Test
    void aTabRowWhoseCellsOnlyDrawIsARuleToo() {
        assertThat(TabularTextReader.read("<p>--</p>\t<p>---</p>\t\n實施要項\t推行作法").lines()).extracting(SourceLine::line).containsExactly(2);
    }

    @Test
    void aRowWithOneDashCellBesideTextIsStillARow() {
        List<SourceLine> lines = TabularTextReader.read("| 1. 單一窗口 | — |").lines();
        assertThat(lines).hasSize(1).first().isInstanceOf(SourceLine.Row.class);
    }
}
