package tw.uplift.planimport.tree;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering agencies use: 一、 (dimension, also written 三. or 三．), (一) (focus area), 1. (measure),
 * and sub-points (1) ① A. that stay inside a measure. Section headings use 壹、貳、參….
 */
final class Markers {

    static final String CJK_DIGITS = "一二三四五六七八九十";
    static final Pattern DIMENSION = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、.．,，]\\s*(.*)$", Pattern.DOTALL);
    static final Pattern FOCUS = Pattern.compile("^[(（]\\s*([一二三四五六七八九十]{1,3})\\s*[)）]\\s*[、.．]?\\s*(.*)$", Pattern.DOTALL);
    static final Pattern MEASURE = Pattern.compile("^(\\d{1,2})\\s*[.．、](?![\\d０-９])\\s*(.*)$", Pattern.DOTALL);
    /** "2 提升跨域整合服務": a number with the dot lost; accepted only when it is the expected next number. */
    static final Pattern MEASURE_WITHOUT_DOT = Pattern.compile("^(\\d{1,2})\\s+(?=[\\p{IsHan}「『])(.*)$", Pattern.DOTALL);
    static final Pattern SUB_POINT = Pattern.compile("^(?:[(（]\\s*\\d{1,2}\\s*[)）]|[①-⑳]|[A-Za-z]\\s*[.．、](?=\\s|\\p{IsHan})|[a-z][)）])");
    static final Pattern SECTION = Pattern.compile("^(壹|貳|參|叁|肆|伍|陸|柒|捌|玖|拾)\\s*[、.．]\\s*(.*)$");
    /** " 2. " inside a measure's cell: where the next measure starts. */
    static final Pattern INNER_MEASURE = Pattern.compile("(?<=\\s)(\\d{1,2})\\s*[.．、](?![\\d０-９])\\s*");

    private Markers() {
    }

    /** Half-width digits and ASCII parentheses, so (一) and （一） and １. compare equal. */
    static String normalizeDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Value of 一..九十九; 0 when not a numeral. */
    static int cjkValue(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            return 0;
        }
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? CJK_DIGITS.indexOf(numeral.charAt(0)) + 1 : 0;
        }
        int tens = ten == 0 ? 1 : CJK_DIGITS.indexOf(numeral.charAt(0)) + 1;
        int units = ten < numeral.length() - 1 ? CJK_DIGITS.indexOf(numeral.charAt(ten + 1)) + 1 : 0;
        return tens * 10 + units;
    }

    static Matcher match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.matches() ? m : null;
    }
}
