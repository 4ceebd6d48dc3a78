package tw.uplift.planimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-lays an example plan's text ({@link tw.uplift.planimport.examples.ExamplePlan}) the way other agencies'
 * documents come: Markdown pipe tables, an HTML document, page breaks elsewhere, cells shifted a column, two
 * measures sharing one units/deadline/benefit cell. Generated, so only the original documents are committed,
 * not a copy of each per layout.
 */
public final class Variations {

    private static final Pattern HEADER = Pattern.compile(".*(執行要項|實施要項).*");
    private static final Pattern NUMBERED = Pattern.compile("^(?:<p>)?(?:[一二三四五六]、|[(（][一二三四五六七八]|\\d{1,2}\\.)");
    private static final Pattern SECTION = Pattern.compile("^(壹|貳|參|肆|伍|陸|柒|捌)、.*");

    private Variations() {
    }

    /** Every table row as {@code | a | b |}, a separator under each header row. */
    public static String markdown(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.contains("\t")) {
                String[] cells = line.split("\t", -1);
                b.append("| ").append(String.join(" | ", Arrays.stream(cells).map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
                if (HEADER.matcher(line).matches() || line.contains("職 稱")) {
                    b.append("|").append(" --- |".repeat(cells.length)).append("\n");
                }
            } else if (line.endsWith("計畫") && line.length() < 40 && !line.isBlank()) {
                b.append("# ").append(line).append('\n');
            } else {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }

    /** A whole HTML page: prose as {@code <p>}, table rows as {@code <tr><td>}, cells' own {@code <p>} and {@code <br>} kept. */
    public static String html(String text) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>plan</title></head><body>\n");
        boolean inTable = false;
        for (String line : text.split("\n", -1)) {
            if (line.contains("\t")) {
                if (!inTable) {
                    b.append("<table border=\"1\">\n");
                    inTable = true;
                }
                b.append("<tr>");
                for (String cell : line.split("\t", -1)) {
                    b.append("<td>").append(cell.contains("<p>") || cell.contains("<br>") ? cell : escape(cell)).append("</td>");
                }
                b.append("</tr>\n");
            } else if (!line.isBlank()) {
                if (inTable) {
                    b.append("</table>\n");
                    inTable = false;
                }
                b.append("<p>").append(escape(line)).append("</p>\n");
            }
        }
        if (inTable) {
            b.append("</table>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    /** Removes the page breaks (blank line + repeated header) inside the content table and puts new ones every {@code every} rows. */
    public static String movePageBreaks(String text, int every) {
        List<String> out = new ArrayList<>();
        String header = null;
        boolean inContent = false;
        int rows = 0;
        for (String line : text.split("\n", -1)) {
            if (!inContent && line.contains("\t") && HEADER.matcher(line).matches()) {
                inContent = true;
                header = line;
                out.add(line);
                continue;
            }
            if (inContent && SECTION.matcher(line).matches()) {
                inContent = false;
            }
            if (inContent) {
                if (line.isBlank() || HEADER.matcher(line).matches()) {
                    continue;
                }
                if (++rows % every == 0) {
                    out.add("");
                    out.add(header);
                }
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    /**
     * Shifts numbered rows of the content table one column: rows starting with an empty cell lose it (left), the
     * others gain one (right), alternately. Un-numbered rows are left alone: for them the column is the only clue.
     */
    public static String shiftColumns(String text) {
        List<String> out = new ArrayList<>();
        boolean inContent = false;
        int n = 0;
        for (String line : text.split("\n", -1)) {
            if (!inContent && line.contains("\t") && HEADER.matcher(line).matches()) {
                inContent = true;
                out.add(line);
                continue;
            }
            if (inContent && SECTION.matcher(line).matches()) {
                inContent = false;
            }
            if (inContent && line.contains("\t") && !HEADER.matcher(line).matches()) {
                String firstText = Arrays.stream(line.split("\t")).filter(c -> !c.isBlank()).findFirst().orElse("").strip();
                if (NUMBERED.matcher(firstText).find() && n++ % 2 == 0) {
                    line = line.startsWith("\t") || line.startsWith(" \t") ? line.substring(line.indexOf('\t') + 1) : "\t" + line;
                }
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    /**
     * Joins two consecutive measure rows of one focus area into one row: measures "1. … 2. …" in one cell, and
     * their deadlines, units and benefits each in one shared cell, as some plans print them.
     */
    public static String shareCells(String text, String firstMeasureStart) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).contains(firstMeasureStart)) {
                String[] a = lines.get(i).split("\t", -1);
                String[] b = lines.get(i + 1).split("\t", -1);
                if (a.length != b.length) {
                    throw new IllegalArgumentException("rows differ in shape: " + lines.get(i));
                }
                String[] joined = new String[a.length];
                for (int c = 0; c < a.length; c++) {
                    joined[c] = (a[c].strip() + " " + b[c].strip()).strip();
                }
                lines.set(i, String.join("\t", joined));
                lines.remove(i + 1);
                return String.join("\n", lines);
            }
        }
        throw new IllegalArgumentException("no row starting " + firstMeasureStart);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
