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

class OpenDataCsvTest {

    @Test
    void startsWithTheByteOrderMarkThenTheHeaderRowAndEndsEveryRecordWithCrLf() {
        String csv = text(OpenDataCsv.of(List.of(row("訂定標準作業流程(SOP)", "訂定申辦案件SOP"))));

        assertThat(csv).startsWith("\uFEFFagency_id,agency_name,roc_year,year,plan_id,");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(csv.split("\r\n", -1)).as("header, one record, and the CRLF ending the last").hasSize(3).endsWith("");
    }

    @Test
    void theRowsCellsFollowTheColumnsWithUnitsJoinedAndDatesIso() throws IOException {
        List<CSVRecord> records = parse(OpenDataCsv.of(List.of(row("服務資訊公開透明", null))));

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
    void aCellWithACommaAQuoteOrALineBreakIsQuotedAsRfc4180Says() throws IOException {
        String text = "一、訂定SOP，含\"申辦\"流程\n二、公告於網站, 並定期檢討";
        byte[] file = OpenDataCsv.of(List.of(row("SOP", text)));

        assertThat(text(file)).contains("\"一、訂定SOP，含\"\"申辦\"\"流程\n二、公告於網站, 並定期檢討\"");
        assertThat(parse(file).get(1).get(MeasureRow.COLUMNS.indexOf("measure_text"))).isEqualTo(text);
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        byte[] file = OpenDataCsv.of(List.of(row("=HYPERLINK(\"http://evil.example\",\"點我\")", "+886-7-1234567"),
                row("@SUM(A1:A9)", "-2+3")));

        List<CSVRecord> records = parse(file);
        int title = MeasureRow.COLUMNS.indexOf("measure_title");
        int text = MeasureRow.COLUMNS.indexOf("measure_text");
        assertThat(records.get(1).get(title)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"點我\")");
        assertThat(records.get(1).get(text)).isEqualTo("'+886-7-1234567");
        assertThat(records.get(2).get(title)).isEqualTo("'@SUM(A1:A9)");
        assertThat(records.get(2).get(text)).isEqualTo("'-2+3");
        assertThat(OpenDataCsv.neutralised("\tcmd")).isEqualTo("'\tcmd");
        assertThat(OpenDataCsv.neutralised("訂定 = 標準")).as("only the first character counts").isEqualTo("訂定 = 標準");
        assertThat(OpenDataCsv.neutralised("")).isEmpty();
    }

    @Test
    void noRowsIsTheHeaderAlone() throws IOException {
        assertThat(parse(OpenDataCsv.of(List.of()))).hasSize(1);
    }

    private static MeasureRow row(String title, String text) {
        return new MeasureRow("kcg-civil-affairs", "高雄市政府民政局", 115, 2026, "p-1", 1, "一", "完備基礎服務項目",
                "(一)", "建立業務標準作業流程", "m-1", "1", title, text, List.of("宗教禮俗科", "戶籍行政科"), "3月31日前",
                LocalDate.of(2026, 3, 31), null, null, Light.RED, "逾期 3 天，尚未填報進度", null);
    }

    private static String text(byte[] file) {
        return new String(file, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(byte[] file) throws IOException {
        String csv = text(file);
        assertThat(csv).startsWith(OpenDataCsv.BOM);
        return CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
    }
}
