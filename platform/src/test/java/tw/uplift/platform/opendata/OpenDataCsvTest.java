package tw.uplift.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class OpenDataCsvTest {

    private static final List<String> COLUMNS = List.of("agency_id", "roc_year", "measure_title", "measure_text",
            "completed_on");

    @Test
    void startsWithTheByteOrderMarkThenTheHeaderRowAndEndsEveryRecordWithCrLf() {
        String csv = text(OpenDataCsv.of(COLUMNS, List.of(row("訂定標準作業流程(SOP)", "訂定申辦案件SOP"))));

        assertThat(csv).startsWith("\uFEFFagency_id,roc_year,measure_title,measure_text,completed_on\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(csv.split("\r\n", -1)).as("header, one record, and the CRLF ending the last").hasSize(3).endsWith("");
    }

    @Test
    void theRowsCellsFollowTheColumnsAndNothingIsAnEmptyCell() throws IOException {
        List<CSVRecord> records = parse(OpenDataCsv.of(COLUMNS, List.of(row("服務資訊公開透明", null))));

        assertThat(records.getFirst().values()).containsExactlyElementsOf(COLUMNS);
        CSVRecord measure = records.get(1);
        assertThat(measure.values()).containsExactly("kcg-civil-affairs", "115", "服務資訊公開透明", "", "");
    }

    @Test
    void aCellWithACommaAQuoteOrALineBreakIsQuotedAsRfc4180Says() throws IOException {
        String text = "一、訂定SOP，含\"申辦\"流程\n二、公告於網站, 並定期檢討";
        byte[] file = OpenDataCsv.of(COLUMNS, List.of(row("SOP", text)));

        assertThat(text(file)).contains("\"一、訂定SOP，含\"\"申辦\"\"流程\n二、公告於網站, 並定期檢討\"");
        assertThat(parse(file).get(1).get(COLUMNS.indexOf("measure_text"))).isEqualTo(text);
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        byte[] file = OpenDataCsv.of(COLUMNS, List.of(row("=HYPERLINK(\"http://evil.example\",\"點我\")", "+886-7-1234567"),
                row("@SUM(A1:A9)", "-2+3")));

        List<CSVRecord> records = parse(file);
        int title = COLUMNS.indexOf("measure_title");
        int text = COLUMNS.indexOf("measure_text");
        assertThat(records.get(1).get(title)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"點我\")");
        assertThat(records.get(1).get(text)).isEqualTo("'+886-7-1234567");
        assertThat(records.get(2).get(title)).isEqualTo("'@SUM(A1:A9)");
        assertThat(records.get(2).get(text)).isEqualTo("'-2+3");
        assertThat(OpenDataCsv.neutralised("\tcmd")).isEqualTo("'\tcmd");
        assertThat(OpenDataCsv.neutralised("訂定 = 標準")).as("only the first character counts").isEqualTo("訂定 = 標準");
        assertThat(OpenDataCsv.neutralised("")).isEmpty();
    }

    @Test
    void aPlainNegativeNumberStaysANumberButAnythingAfterItMakesItText() {
        assertThat(OpenDataCsv.neutralised("-20")).isEqualTo("-20");
        assertThat(OpenDataCsv.neutralised("-3.5")).isEqualTo("-3.5");
        assertThat(OpenDataCsv.neutralised("-3.")).isEqualTo("'-3.");
        assertThat(OpenDataCsv.neutralised("-1+cmd|' /C calc'!A0")).isEqualTo("'-1+cmd|' /C calc'!A0");
        assertThat(OpenDataCsv.neutralised("-20\r\n=1")).startsWith("'");
    }

    @Test
    void noRowsIsTheHeaderAlone() throws IOException {
        assertThat(parse(OpenDataCsv.of(COLUMNS, List.of()))).hasSize(1);
    }

    @Test
    void aRowThatDoesNotFitTheColumnsIsRefusedRatherThanShifted() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpenDataCsv.of(COLUMNS, List.of(List.of("kcg-civil-affairs", "115"))));
    }

    private static List<String> row(String title, String text) {
        return Arrays.asList("kcg-civil-affairs", "115", title, text, null);
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
