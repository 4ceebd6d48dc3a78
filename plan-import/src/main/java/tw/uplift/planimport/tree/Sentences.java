package tw.uplift.planimport.tree;

import java.util.regex.Pattern;
import tw.uplift.planimport.html.HtmlFragments;

/** Sentence-level text rules: is a piece of text finished, how two pieces join, how spacing is normalised. */
final class Sentences {

    private static final Pattern CJK_SPACE = Pattern.compile("(?<=[\\p{IsHan}，。、；：「」『』（）])\\s+(?=[\\p{IsHan}，。、；：「」『』（）])");

    private Sentences() {
    }

    /** A text is finished when it ends like a sentence; "…授權" or "…(Web2.0" continue on the next row or page. */
    static boolean isComplete(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        char last = text.strip().charAt(text.strip().length() - 1);
        return "。！？!?；;".indexOf(last) >= 0;
    }

    /** Joins a continuation: no space between two CJK characters (the break was the page's, not the writer's). */
    static String join(String head, String tail) {
        if (head == null || head.isBlank()) {
            return tail.strip();
        }
        String h = head.stripTrailing();
        String t = tail.strip();
        if (t.isEmpty()) {
            return h;
        }
        boolean cjkSeam = isCjkOrPunct(h.charAt(h.length() - 1)) && isCjkOrPunct(t.charAt(0));
        return cjkSeam ? h + t : h + " " + t;
    }

    /** Appends a further paragraph or sub-point: always separated by one space. */
    static String append(String head, String tail) {
        if (head == null || head.isBlank()) {
            return tail.strip();
        }
        return head.stripTrailing() + " " + tail.strip();
    }

    /** Whitespace collapsed; a title's line-wrap spaces between CJK characters removed. */
    static String tidyTitle(String s) {
        return CJK_SPACE.matcher(HtmlFragments.collapse(s)).replaceAll("");
    }

    private static boolean isCjkOrPunct(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || "，。、；：「」『』（）！？".indexOf(c) >= 0;
    }
}
