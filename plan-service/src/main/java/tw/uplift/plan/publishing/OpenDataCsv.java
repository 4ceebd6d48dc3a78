package tw.uplift.plan.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Open-data rows as a CSV file a spreadsheet opens as it should: UTF-8 with a byte order mark (without it Excel
 * reads the file as the machine's legacy code page and the Chinese is garbled), RFC 4180 quoting (a cell with a
 * comma, quote or line break is quoted, quotes doubled), CRLF between records, the header row first.
 *
 * <p>CSV injection: a spreadsheet runs a cell that starts with {@code = + - @} (and, in some, a tab or carriage
 * return) as a formula, so a measure text such as {@code =HYPERLINK(...)} written by an agency would run on every
 * reader's machine. Such a cell is written with a leading apostrophe ({@code '=...}), which spreadsheets show as
 * text; the open-data notes say so.
 */
public final class OpenDataCsv {

    /** The byte order mark, written first. */
    public static final String BOM = "\uFEFF";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private OpenDataCsv() {
    }

    public static byte[] of(List<MeasureRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            out.write(BOM);
            csv.printRecord(MeasureRow.COLUMNS);
            for (MeasureRow row : rows) {
                csv.printRecord(row.cells().stream().map(OpenDataCsv::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory", e);
        }
        return bytes.toByteArray();
    }

    /** A cell a spreadsheet would run as a formula, made text by a leading apostrophe; any other as it is. */
    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
