package tw.uplift.planimport.source;

/**
 * 表格框線: a line a table's text form draws between rows — {@code |--|--|}, {@code |:---:|---|},
 * {@code +----+----+}, {@code --\t---\t-} once exported tab-separated, {@code ───────}. It is never content and
 * never a header, however many dashes it has: Markdown writers and converters use any count from one up.
 *
 * <p>A rule is made only of dashes (any width), colons, equals and plus signs, pipes, underscores, asterisks,
 * overlines, box-drawing characters and spaces, and holds at least one of them that is not a space.
 */
public final class TableRule {

    private TableRule() {
    }

    /** True for text that only draws a line. Blank text is not a rule (it is a blank line). */
    public static boolean isRule(String text) {
        boolean drawn = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (!isRuleCharacter(c)) {
                return false;
            }
            drawn = true;
        }
        return drawn;
    }

    /** True for a row whose every non-empty cell only draws a line (and which has at least one such cell). */
    public static boolean isRule(SourceLine.Row row) {
        boolean drawn = false;
        for (SourceLine.Cell cell : row.cells()) {
            for (String paragraph : cell.paragraphs()) {
                if (!isRule(paragraph)) {
                    return false;
                }
                drawn = true;
            }
        }
        return drawn;
    }

    private static boolean isRuleCharacter(int c) {
        return "-:=+|_*".indexOf(c) >= 0
                || (c >= 0x2010 && c <= 0x2015) // ‐ ‑ ‒ – — ―
                || c == 0x2212 || c == 0xFE58 || c == 0xFF0D // − ﹘ －
                || c == 0xFF1A || c == 0xFF1D || c == 0xFF0B || c == 0xFF5C || c == 0xFF3F // ： ＝ ＋ ｜ ＿
                || c == 0x203E || c == 0xFFE3 // ‾ ￣, the overline rules of Chinese word processors
                || (c >= 0x2500 && c <= 0x257F); // box drawing ─ │ ┼ ═ ╪ …
    }
}
