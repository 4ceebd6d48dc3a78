package tw.uplift.planimport.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a bit of HTML (a table cell's content) into paragraphs. Block tags ({@code p div br li h1-h6 tr})
 * end a paragraph; other tags are dropped. {@code <ol><li>} items that carry no number of their own get the
 * number the browser would have shown ({@code 1.} at the top level, {@code (1)} nested), so an ordered list
 * of measures reads like the printed document.
 */
public final class HtmlFragments {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern HAS_TAG = Pattern.compile("<(/?)(p|div|br|ol|ul|li|span|b|strong|em|i|u|font|h[1-6]|table|tr|td|th|a|sup|sub)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK = Pattern.compile("p|div|br|li|h[1-6]|tr|table|ol|ul|td|th|blockquote|section|article|header|footer|title");
    private static final Pattern ALREADY_NUMBERED = Pattern.compile("^\\s*(?:\\d{1,2}\\s*[.．、]|[(（]\\s*[\\d一二三四五六七八九十]{1,3}\\s*[)）]|[①-⑳]|[A-Za-z][.．])");

    private HtmlFragments() {
    }

    /** True when the text contains HTML tags worth interpreting. */
    public static boolean containsHtml(String text) {
        return text.indexOf('<') >= 0 && HAS_TAG.matcher(text).find();
    }

    /** Paragraphs of an HTML fragment, entities decoded, whitespace collapsed, empty ones dropped. */
    public static List<String> paragraphs(String html) {
        if (!containsHtml(html)) {
            String plain = collapse(decodeEntities(html));
            return plain.isEmpty() ? List.of() : List.of(plain);
        }
        return markupParagraphs(html);
    }

    /** Like {@link #paragraphs(String)} for text known to be HTML: every tag is markup, none is kept as text. */
    public static List<String> markupParagraphs(String html) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String pendingPrefix = null;
        Deque<int[]> lists = new ArrayDeque<>(); // [ordered?1:0, counter]
        Matcher m = TAG.matcher(html);
        int last = 0;
        while (m.find()) {
            current.append(html, last, m.start());
            last = m.end();
            if (m.group(2) == null) {
                continue; // comment
            }
            String name = m.group(2).toLowerCase();
            boolean closing = !m.group(1).isEmpty();
            if (name.equals("script") || name.equals("style")) {
                continue;
            }
            if (!BLOCK.matcher(name).matches()) {
                continue;
            }
            pendingPrefix = flush(out, current, pendingPrefix);
            if (name.equals("ol") || name.equals("ul")) {
                if (closing) {
                    if (!lists.isEmpty()) {
                        lists.pop();
                    }
                } else {
                    lists.push(new int[] {name.equals("ol") ? 1 : 0, 0});
                }
            } else if (name.equals("li") && !closing && !lists.isEmpty() && lists.peek()[0] == 1) {
                int number = ++lists.peek()[1];
                pendingPrefix = lists.size() == 1 ? number + ". " : "(" + number + ") ";
            }
        }
        current.append(html.substring(last));
        flush(out, current, pendingPrefix);
        return out;
    }

    private static String flush(List<String> out, StringBuilder current, String prefix) {
        String text = collapse(decodeEntities(current.toString()));
        current.setLength(0);
        if (text.isEmpty()) {
            return prefix; // an <li> whose text has not started yet keeps its number
        }
        if (prefix != null && !ALREADY_NUMBERED.matcher(text).find()) {
            text = prefix + text;
        }
        out.add(text);
        return null;
    }

    /** Whitespace (including full-width space and nbsp) collapsed to single spaces, trimmed. */
    public static String collapse(String s) {
        return WHITESPACE_RUN.matcher(s).replaceAll(" ").strip();
    }

    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);");

    public static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String rep;
            try {
                if (e.startsWith("#x") || e.startsWith("#X")) {
                    rep = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                } else if (e.startsWith("#")) {
                    rep = new String(Character.toChars(Integer.parseInt(e.substring(1))));
                } else {
                    rep = switch (e) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        case "nbsp" -> " ";
                        default -> m.group();
                    };
                }
            } catch (IllegalArgumentException bad) {
                rep = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }
}
