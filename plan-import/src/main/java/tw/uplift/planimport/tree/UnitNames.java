package tw.uplift.planimport.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 執行單位 / 承辦單位: recognising a cell of unit names and splitting it. {@code 宗教禮俗科 戶籍行政科} is two units;
 * {@code 各科室} and {@code 本處各館課室} are one each.
 */
final class UnitNames {

    private static final Pattern UNIT = Pattern.compile(
            "^[\\p{IsHan}A-Za-z]{0,12}(?:科室|課室|科|室|課|組|處|局|所|館|中心|隊|股|站|部|會|院|署|單位|小組|團隊|分隊|辦公室)$");
    private static final Pattern ANNOTATION = Pattern.compile("^[(（][^)）]{0,8}[)）]$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s、，,/／；;]+");
    private static final Pattern TRAILING_ANNOTATION = Pattern.compile("[(（][^)）]{0,8}[)）]$");

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
