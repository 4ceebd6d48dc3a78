package tw.uplift.planimport.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.uplift.planimport.source.SourceDocument;
import tw.uplift.planimport.source.SourceLine;

/**
 * Reads an HTML document: prose outside tables becomes text lines, each {@code <tr>} a row. Cells covered by a
 * {@code rowspan} from above are inserted as empty cells, so every row keeps the columns of its header
 * (a merged 執行要項 cell must not pull the next rows' cells one column to the left). Line numbers are the
 * source lines where each element starts.
 */
public final class HtmlDocumentReader {

    private static final Pattern BLOCK_TAG =
            Pattern.compile("<(?:p|div|br|h[1-6]|li|section|article)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private static final Pattern TABLE = Pattern.compile("<table\\b[^>]*>(.*?)</table\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr\\b[^>]*>(.*?)(?=</tr\\s*>|<tr\\b|</table|\\z)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<(td|th)\\b([^>]*)>(.*?)(?=</t[dh]\\s*>|<t[dh]\\b|\\z)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SPAN = Pattern.compile("(rowspan|colspan)\\s*=\\s*[\"']?(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP = Pattern.compile("<(script|style|head)\\b.*?</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private HtmlDocumentReader() {
    }

    public static boolean looksLikeHtmlDocument(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        String lower = head.toLowerCase();
        if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body")) {
            return true;
        }
        String all = text.toLowerCase();
        return all.contains("<table") && all.contains("<tr");
    }

    public static SourceDocument read(String html) {
        String cleaned = blankOut(html);
        int[] lineStarts = lineStarts(cleaned);
        List<SourceLine> lines = new ArrayList<>();
        Matcher t = TABLE.matcher(cleaned);
        int last = 0;
        while (t.find()) {
            prose(cleaned.substring(last, t.start()), last, lineStarts, lines);
            rows(cleaned, t.start(1), t.group(1), lineStarts, lines);
            last = t.end();
        }
        prose(cleaned.substring(last), last, lineStarts, lines);
        return new SourceDocument(lines);
    }

    /** Replaces script/style/head with spaces of equal length, so offsets (and line numbers) stay true. */
    private static String blankOut(String html) {
        Matcher m = DROP.matcher(html);
        StringBuilder b = new StringBuilder(html);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (b.charAt(i) != '\n') {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }

    private static void prose(String part, int offset, int[] lineStarts, List<SourceLine> out) {
        // Split on block boundaries but keep each paragraph's own line number.
        Matcher block = BLOCK_TAG.matcher(part);
        int start = 0;
        List<int[]> chunks = new ArrayList<>();
        while (block.find()) {
            chunks.add(new int[] {start, block.start()});
            start = block.start();
        }
        chunks.add(new int[] {start, part.length()});
        for (int[] c : chunks) {
            String chunk = part.substring(c[0], c[1]);
            for (String p : HtmlFragments.markupParagraphs(chunk)) {
                out.add(new SourceLine.Text(lineOf(offset + c[0], lineStarts), p));
            }
        }
    }

    private static void rows(String html, int tableOffset, String table, int[] lineStarts, List<SourceLine> out) {
        Map<Integer, Integer> spanningDown = new HashMap<>(); // column -> rows still covered
        Matcher r = ROW.matcher(table);
        while (r.find()) {
            List<SourceLine.Cell> cells = new ArrayList<>();
            int column = 0;
            Matcher c = CELL.matcher(r.group(1));
            while (true) {
                while (spanningDown.getOrDefault(column, 0) > 0) {
                    spanningDown.merge(column, -1, Integer::sum);
                    cells.add(new SourceLine.Cell(column, List.of()));
                    column++;
                }
                if (!c.find()) {
                    break;
                }
                int rowspan = 1;
                int colspan = 1;
                Matcher s = SPAN.matcher(c.group(2));
                while (s.find()) {
                    int v = Math.max(1, Math.min(50, Integer.parseInt(s.group(2))));
                    if (s.group(1).equalsIgnoreCase("rowspan")) {
                        rowspan = v;
                    } else {
                        colspan = v;
                    }
                }
                cells.add(new SourceLine.Cell(column, HtmlFragments.markupParagraphs(c.group(3))));
                for (int k = 0; k < colspan; k++) {
                    if (rowspan > 1) {
                        spanningDown.put(column + k, rowspan - 1);
                    }
                }
                column += colspan;
            }
            // Columns at the end of the row still covered from above.
            spanningDown.replaceAll((col, left) -> col >= 0 && left > 0 && !cellsCover(cells, col) ? left - 1 : left);
            out.add(new SourceLine.Row(lineOf(tableOffset + r.start(), lineStarts), cells));
        }
    }

    private static boolean cellsCover(List<SourceLine.Cell> cells, int column) {
        return cells.stream().anyMatch(c -> c.column() == column);
    }

    private static int[] lineStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int offset, int[] lineStarts) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }
}
