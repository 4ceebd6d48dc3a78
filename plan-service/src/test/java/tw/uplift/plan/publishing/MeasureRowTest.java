package tw.uplift.plan.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tw.uplift.plan.lights.Light;
import tw.uplift.platform.opendata.OpenDataCsv;

/** A measure's row as the plans' CSV writes it (the file's encoding itself is platform's {@code OpenDataCsvTest}). */
class MeasureRowTest {

    @Test
    void theRowsCellsFollowTheColumnsWithUnitsJoinedAndDatesIso() throws IOException {
        List<CSVRecord> records = parse(MeasureRow.csv(List.of(row("服務資訊公開透明", null))));

        assertThat(records.getFirst().values()).containsExactlyElementsOf(MeasureRow.COLUMNS);
        CSVRecord measure = records.get(1);
        assertThat(measure.size()).isEqualTo(MeasureRow.COLUMNS.size());
        assertThat(measure.get(MeasureRow.COLUMNS.indexOf("units"))).isEqualTo("宗教禮俗科、戶籍行政科");
        assertThat(measure.get(MeasureRow.COLUMNS.indexOf("due_date"))).isEqualTo("2026-03-31");
        assertThat(measure.get(MeasureRow.COLUMNS.indexOf("roc_year"))).isEqualTo("115");
        assertThat(measure.get(MeasureRow.COLUMNS.indexOf("year"))).isEqualTo("2026");
        assertThat(measure.get(MeasureRow.COLUMNS.indexOf("light"))).isEqualTo("RED");
        assertThat(measure.get(MeasureRow.COLUMNS.indexOf("measure_text"))).as("nothing is an empty cell").isEmpty();
        assertThat(measure.get(MeasureRow.COLUMNS.indexOf("completed_on"))).isEmpty();
    }

    @Test
    void anAgencysFormulaIsWrittenAsText() throws IOException {
        List<CSVRecord> records = parse(MeasureRow.csv(List.of(row("=HYPERLINK(\"http://evil.example\")", "-2+3"))));

        assertThat(records.get(1).get(MeasureRow.COLUMNS.indexOf("measure_title")))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(records.get(1).get(MeasureRow.COLUMNS.indexOf("measure_text"))).isEqualTo("'-2+3");
    }

    private static MeasureRow row(String title, String text) {
        return new MeasureRow("kcg-civil-affairs", "高雄市政府民政局", 115, 2026, "p-1", 1, "一", "完備基礎服務項目",
                "(一)", "建立業務標準作業流程", "m-1", "1", title, text, List.of("宗教禮俗科", "戶籍行政科"), "3月31日前",
                LocalDate.of(2026, 3, 31), null, null, Light.RED, "逾期 3 天，尚未填報進度", null);
    }

    private static List<CSVRecord> parse(byte[] file) throws IOException {
        String csv = new String(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith(OpenDataCsv.BOM);
        return CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
    }
}
