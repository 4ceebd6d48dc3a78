package tw.uplift.platform.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Open-data rows as a CSV file a spreadsheet opens as it should: UTF-8 with a byte order mark (without it Excel
 * reads the file as the machine's legacy code page and the Chinese is garbled), RFC 4180 quoting (a cell with a
 * comma, quote or line break is quoted, quotes doubled), CRLF between records, the header row first.
 *
 * <p>CSV injection: a spreadsheet runs a cell that starts with {@code = + - @} (and, in some, a tab or carriage
 * return) as a formula, so a text such as {@code =HYPERLINK(...)} written by an agency would run on every
 * reader's machine. Such a cell is written with a leading apostrophe ({@code '=...}), which spreadsheets show as
 * text; the open-data notes say so. A cell that is a plain negative decimal number and nothing else ({@code -20},
 * {@code -3.5}, an NPS) is left as it is: no formula is only digits, and a numeric column must stay numeric.
 */
public final class OpenDataCsv {

    /** The byte order mark, written first. */
    public static final String BOM = "\uFEFF";

    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private OpenDataCsv() {
    }

    /**
     * The file: the header row of {@code columns}, then each row's cells in the columns' order (a null cell is
     * written empty).
     *
     * @throws IllegalArgumentException if a row has not as many cells as there are columns (a programming error:
     *                                  a shifted row would put every later value under the wrong heading)
     */
    public static byte[] of(List<String> columns, List<? extends List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            out.write(BOM);
            csv.printRecord(columns);
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(
                            "a row of " + row.size() + " cells under " + columns.size() + " columns: " + row);
                }
                csv.printRecord(row.stream().map(OpenDataCsv::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * A cell a spreadsheet would run as a formula, made text by a leading apostrophe; any other (a negative
     * number among them) as it is.
     */
    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty() || NEGATIVE_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
