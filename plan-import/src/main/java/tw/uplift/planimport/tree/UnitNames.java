package tw.uplift.planimport.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 執行單位 / 承辦單位: recognising a cell of unit names and splitting it. {@code 宗教禮俗科 戶籍行政科} is two units;
 * {@code 各科室} and {@code 本處各館課室} are one each. {@code 1.資訊室 2.秘書室} numbers its units per measure
 * ({@link #numbered(String)}).
 */
final class UnitNames {

    private static final Pattern UNIT = Pattern.compile(
            "^[\\p{IsHan}A-Za-z]{0,12}(?:科室|課室|科|室|課|組|處|局|所|館|中心|隊|股|站|部|會|院|署|單位|小組|團隊|分隊|辦公室)$");
    private static final Pattern ANNOTATION = Pattern.compile("^[(（][^)）]{0,8}[)）]$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s、，,/／；;]+");
    private static final Pattern TRAILING_ANNOTATION = Pattern.compile("[(（][^)）]{0,8}[)）]$");
    /** 1. / 1、 / 1) / (1) / ① before a unit name, at the start or after a space. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:^|\\s+)(?:(\\d{1,2})\\s*[.．、)）]|[(（]\\s*(\\d{1,2})\\s*[)）]|([①-⑳]))\\s*");

    /**
     * One entry of a units cell that says which measure its units serve.
     *
     * @param number the measure's number as digits ({@code ②} becomes {@code 2})
     * @param units  the unit names after it, as printed
     */
    record Numbered(String number, String units) {
    }

    private UnitNames() {
    }

    /** True when every token is a unit name (annotations such as (主辦) aside). */
    static boolean isUnitList(String text) {
        List<String> tokens = split(text);
        return !tokens.isEmpty() && tokens.stream().allMatch(UnitNames::isUnit);
    }

    static boolean isUnit(String token) {
        return token.length() >= 2 && token.length() <= 14 && UNIT.matcher(token).matches();
    }

    /**
     * {@code 1.資訊室 2.秘書室}, {@code (1)行政課、登記課 (2)各課}: the entries of a units cell numbered per measure,
     * in order. Empty unless the whole text is such a list, each entry unit names only, numbered one up from the
     * last.
     */
    static List<Numbered> numbered(String text) {
        String t = text.strip();
        Matcher m = NUMBER.matcher(t);
        List<Numbered> out = new ArrayList<>();
        int previous = -1;
        int bodyStart = -1;
        String number = null;
        while (m.find()) {
            if (number == null && m.start() != 0) {
                return List.of(); // text before the first number: not a numbered list
            }
            if (number != null && !addEntry(out, number, t.substring(bodyStart, m.start()))) {
                return List.of();
            }
            int value = value(m);
            if (previous >= 0 && value != previous + 1) {
                return List.of();
            }
            previous = value;
            number = Integer.toString(value);
            bodyStart = m.end();
        }
        if (number == null || !addEntry(out, number, t.substring(bodyStart))) {
            return List.of();
        }
        return out;
    }

    private static boolean addEntry(List<Numbered> out, String number, String body) {
        if (!isUnitList(body)) {
            return false;
        }
        out.add(new Numbered(number, body.strip()));
        return true;
    }

    private static int value(Matcher m) {
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(1));
        }
        if (m.group(2) != null) {
            return Integer.parseInt(m.group(2));
        }
        return m.group(3).charAt(0) - '①' + 1;
    }

    /** The unit names in order, annotations dropped, repeats kept (a shared cell may list one unit per measure). */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : SEPARATORS.split(text.strip())) {
            String t = stripAnnotation(raw);
            if (!t.isEmpty() && !ANNOTATION.matcher(raw).matches()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Unit names at the end of a measure's text, where extraction pushed the units cell ({@code 3. 大數據分析 戶籍行政科}).
     * Returns the index where they start, or -1.
     */
    static int trailingUnitsStart(String text) {
        String[] tokens = text.split(" ");
        int first = tokens.length;
        while (first > 1 && isUnit(tokens[first - 1])) {
            first--;
        }
        if (first == tokens.length || first == 0) {
            return -1;
        }
        int index = 0;
        for (int i = 0; i < first; i++) {
            index += tokens[i].length() + 1;
        }
        return index;
    }

    private static String stripAnnotation(String token) {
        return TRAILING_ANNOTATION.matcher(token).replaceAll("");
    }
}
