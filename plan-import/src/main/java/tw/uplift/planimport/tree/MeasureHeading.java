package tw.uplift.planimport.tree;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measure's short heading, where the document gives one: {@code 1. 訂定標準作業流程(SOP) 訂定申辦案件…} has the
 * heading 訂定標準作業流程(SOP). A heading is a short run without sentence punctuation followed by a space (or
 * standing alone in its paragraph); a measure that starts straight with a sentence has none.
 */
final class MeasureHeading {

    static final int MAX_LENGTH = 30;
    private static final Pattern INLINE = Pattern.compile(
            "^([^\\s，。；：:,;]{2," + MAX_LENGTH + "})[：:]?((?:\\s*[(（][A-Za-z][A-Za-z0-9&.\\-\\s]{0,11}[)）])?)[：:]?\\s+(\\S.*)$", Pattern.DOTALL);

    /** Title ("" when none) and the remaining text. */
    record Split(String title, String text) {
    }

    private MeasureHeading() {
    }

    /**
     * @param body                   the measure's paragraph without its number
     * @param moreParagraphsFollow   true when the cell has further paragraphs after this one (a heading may then
     *                               contain a comma, as in 落實分層負責，簡政便民)
     */
    static Split split(String body, boolean moreParagraphsFollow) {
        String b = body.strip();
        if (isHeadingOnly(b, moreParagraphsFollow)) {
            return new Split(stripColon(b), "");
        }
        Matcher m = INLINE.matcher(b);
        if (m.matches() && containsHan(m.group(1)) && !m.group(3).isBlank()) {
            String title = (m.group(1) + m.group(2)).strip();
            return new Split(stripColon(title), m.group(3).strip());
        }
        return new Split("", b);
    }

    private static boolean isHeadingOnly(String b, boolean moreParagraphsFollow) {
        if (b.isEmpty() || b.length() > MAX_LENGTH || b.contains("。") || Sentences.isComplete(b)) {
            return false;
        }
        if (!containsHan(b)) {
            return false;
        }
        boolean hasComma = b.contains("，") || b.contains(",");
        return moreParagraphsFollow ? !b.endsWith("，") : !hasComma && !b.contains(" ");
    }

    private static String stripColon(String s) {
        return s.replaceAll("[：:]+$", "").strip();
    }

    private static boolean containsHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
