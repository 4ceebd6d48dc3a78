package tw.uplift.planimport.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tw.uplift.planimport.html.HtmlFragments;
import tw.uplift.planimport.source.SourceDocument;
import tw.uplift.planimport.source.SourceLine;
import tw.uplift.planimport.source.TableRule;

/**
 * Reads text extracted from a document: a line with tabs is a table row (tab-separated), a line starting with
 * {@code |} is a Markdown pipe-table row, an empty line is blank (a page break, in PDF extractions), anything
 * else is prose. Cells may hold HTML fragments ({@code <p>}, {@code <ol><li>}), which become paragraphs.
 *
 * <p>A line that only draws a rule ({@link TableRule}: {@code |--|--|}, {@code +----+}, {@code --\t---}, a
 * Markdown {@code ---}) is skipped whatever its form: it is neither a row nor prose. Its number is still counted,
 * so later lines keep their numbers.
 */
public final class TabularTextReader {

    private static final Pattern MARKDOWN_DECORATION = Pattern.compile("^(?:#{1,6}\\s+|>\\s*|[-*+]\\s+)");

    private TabularTextReader() {
    }

    public static SourceDocument read(String text) {
        List<SourceLine> lines = new ArrayList<>();
        String[] raw = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < raw.length; i++) {
            int number = i + 1;
            String line = raw[i];
            if (line.isBlank()) {
                lines.add(new SourceLine.Blank(number));
            } else if (TableRule.isRule(line)) {
                continue; // a rule between rows or under a header, in any of its forms
            } else if (line.indexOf('\t') >= 0) {
                addRow(lines, new SourceLine.Row(number, cells(line.split("\t", -1))));
            } else if (line.strip().startsWith("|")) {
                addRow(lines, new SourceLine.Row(number, cells(pipeCells(line.strip()))));
            } else {
                List<String> paragraphs = HtmlFragments.paragraphs(line);
                String prose = String.join(" ", paragraphs);
                prose = MARKDOWN_DECORATION.matcher(prose).replaceFirst("").replace("**", "");
                if (!prose.isBlank()) {
                    lines.add(new SourceLine.Text(number, prose.strip()));
                }
            }
        }
        return new SourceDocument(lines);
    }

    /** A row whose cells, once decoded, only draw rules ({@code <p>---</p>}) is a rule too. */
    private static void addRow(List<SourceLine> lines, SourceLine.Row row) {
        if (!TableRule.isRule(row)) {
            lines.add(row);
        }
    }

    private static List<SourceLine.Cell> cells(String[] parts) {
        List<SourceLine.Cell> cells = new ArrayList<>();
        for (int column = 0; column < parts.length; column++) {
            String part = parts[column].replace("<br>", "<br/>");
            cells.add(new SourceLine.Cell(column, HtmlFragments.paragraphs(part)));
        }
        return cells;
    }

    /** Splits {@code | a | b \| c |} on unescaped pipes, dropping the outer empty cells. */
    static String[] pipeCells(String line) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                current.append('|');
                i++;
            } else if (c == '|') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        if (!parts.isEmpty() && parts.get(0).isBlank()) {
            parts.remove(0);
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1).isBlank()) {
            parts.remove(parts.size() - 1);
        }
        return parts.toArray(String[]::new);
    }
}
