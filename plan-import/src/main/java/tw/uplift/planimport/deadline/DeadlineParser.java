package tw.uplift.planimport.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.uplift.contracts.values.RocYear;

/**
 * Reads 完成期限 phrases relative to a plan's ROC year (民國年, see {@link RocYear}).
 *
 * <ul>
 *   <li>{@code 1月31日前}, {@code 12月31日前}, {@code 6月底前} → that day (or month end) of the plan year</li>
 *   <li>{@code 115年3月31日}, {@code 2026/3/31} → that day</li>
 *   <li>{@code 次年1月} → January 31 of the next year; {@code 第三季} → September 30; {@code 上半年} → June 30</li>
 *   <li>{@code 持續辦理} → {@link Deadline.Continuous} reported quarterly; {@code 每月}/{@code 每季} → {@link Deadline.Recurring}</li>
 *   <li>{@code 6月前} ("before June") → May 31</li>
 *   <li>anything else → {@link Deadline.Unparsed} with the text kept</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class DeadlineParser {

    private static final String SUFFIXES = "(?:以前|之前|前|為止|止|完成|結束|截止)";
    // Compiled once: the importer asks almost every short cell whether it is a deadline.
    private static final Pattern TRAILING_SUFFIXES = Pattern.compile(SUFFIXES + "+$");
    private static final Pattern PHRASE_SEPARATORS = Pattern.compile("[\\s、，,；;]+");
    private static final Pattern CADENCE_WORD = Pattern.compile("每(月|季|半年|年)");
    private static final Pattern BRACKETED = Pattern.compile("[(（][^)）]*[)）]");
    private static final Pattern LEADING = Pattern.compile("^(?:應於|預計於|預計|於|在)");
    private static final Pattern CONTINUOUS = Pattern.compile("^(?:持續|賡續|繼續|經常|隨時|常態|全年度?)(?:性)?(?:辦理|執行|進行|推動|實施)?$");
    private static final Pattern RECURRING = Pattern.compile("^每(月|季|半年|年)(?:定期)?(?:辦理|執行|檢討|進行|一次)?$");
    private static final Pattern FULL_DATE = Pattern.compile("^(?:中華民國|民國)?(\\d{2,4})[年./-](\\d{1,2})[月./-](\\d{1,2})日?$");
    private static final Pattern YEAR_MONTH = Pattern.compile("^(?:中華民國|民國)?(\\d{2,4})年(\\d{1,2})月(底|末)?$");
    private static final Pattern NEXT_YEAR = Pattern.compile("^(?:次年|翌年|明年|隔年)(?:度)?(\\d{1,2})月(?:(\\d{1,2})日)?(底|末)?$");
    private static final Pattern MONTH_DAY = Pattern.compile("^(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern MONTH_END = Pattern.compile("^(\\d{1,2})月(底|末)?$");
    private static final Pattern QUARTER = Pattern.compile("^(?:第)?([1-4])季(?:底|末)?$|^Q([1-4])$");
    private static final Pattern BEFORE_MONTH = Pattern.compile("^(\\d{1,2})月(?:以前|之前|前)$");
    private static final Pattern SPACE_IN_DATE = Pattern.compile("(?<=\\d)\\s+(?=[年月日季./-])|(?<=[年月./-])\\s+(?=\\d)|(?<=年)\\s+(?=度)");

    private final Integer rocYear;

    private DeadlineParser(Integer rocYear) {
        this.rocYear = rocYear;
    }

    /** A parser for a plan of ROC year {@code rocYear} (e.g. 115 for 2026). */
    public static DeadlineParser forRocYear(int rocYear) {
        return new DeadlineParser(rocYear);
    }

    /** A parser that knows no plan year: relative dates come back {@link Deadline.Unparsed}. */
    public static DeadlineParser withoutYear() {
        return new DeadlineParser(null);
    }

    /** Parses one phrase. Never returns {@code null}; never throws for bad text. */
    public Deadline parse(String phrase) {
        String original = phrase == null ? "" : phrase.strip();
        String s = compact(original);
        if (s.isEmpty()) {
            return new Deadline.Unparsed(original);
        }
        Cadence mentioned = cadenceMentioned(s);
        if (s.startsWith("持續") || s.startsWith("賡續") || CONTINUOUS.matcher(s).matches()) {
            if (CONTINUOUS.matcher(stripBrackets(s)).matches() || mentioned != null) {
                return new Deadline.Continuous(mentioned == null ? Cadence.QUARTERLY : mentioned, original);
            }
        }
        Matcher m = RECURRING.matcher(s);
        if (m.matches()) {
            return new Deadline.Recurring(cadenceOf(m.group(1)), original);
        }
        m = BEFORE_MONTH.matcher(s);
        if (m.matches() && rocYear != null) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 2 && month <= 12) {
                return new Deadline.OnDate(YearMonth.of(gregorian(), month - 1).atEndOfMonth(), original);
            }
            if (month == 1) {
                return new Deadline.OnDate(LocalDate.of(gregorian() - 1, 12, 31), original);
            }
        }
        String core = TRAILING_SUFFIXES.matcher(s).replaceAll("");
        LocalDate date = date(core);
        return date == null ? new Deadline.Unparsed(original) : new Deadline.OnDate(date, original);
    }

    /**
     * Parses a cell that may hold several phrases, one per measure ({@code 持續辦理 12月31日前 12月31日前}).
     * Spaces inside a date ({@code 115 年 3 月 31 日}) do not split it.
     */
    public List<Deadline> parseAll(String cell) {
        List<Deadline> result = new ArrayList<>();
        if (cell == null) {
            return result;
        }
        String joined = SPACE_IN_DATE.matcher(cell.strip()).replaceAll("");
        for (String token : PHRASE_SEPARATORS.split(joined)) {
            if (!token.isBlank()) {
                result.add(parse(token));
            }
        }
        return result;
    }

    /** True when every phrase in the cell is understood: the cell is a deadline cell, not prose. */
    public boolean isDeadlineCell(String cell) {
        List<Deadline> all = parseAll(cell);
        return !all.isEmpty() && all.stream().noneMatch(d -> d instanceof Deadline.Unparsed);
    }

    private LocalDate date(String s) {
        try {
            Matcher m = FULL_DATE.matcher(s);
            if (m.matches()) {
                return LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = YEAR_MONTH.matcher(s);
            if (m.matches()) {
                return YearMonth.of(year(m.group(1)), Integer.parseInt(m.group(2))).atEndOfMonth();
            }
            if (rocYear == null) {
                return null;
            }
            m = NEXT_YEAR.matcher(s);
            if (m.matches()) {
                YearMonth month = YearMonth.of(gregorian() + 1, Integer.parseInt(m.group(1)));
                return m.group(2) == null ? month.atEndOfMonth() : month.atDay(Integer.parseInt(m.group(2)));
            }
            m = MONTH_DAY.matcher(s);
            if (m.matches()) {
                return LocalDate.of(gregorian(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = MONTH_END.matcher(s);
            if (m.matches()) {
                return YearMonth.of(gregorian(), Integer.parseInt(m.group(1))).atEndOfMonth();
            }
            m = QUARTER.matcher(s);
            if (m.matches()) {
                int quarter = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                return YearMonth.of(gregorian(), quarter * 3).atEndOfMonth();
            }
            return switch (s) {
                case "上半年", "上半年度", "年中" -> LocalDate.of(gregorian(), 6, 30);
                case "下半年", "下半年度", "年底", "年終", "年度", "本年度", "當年度", "年度內", "年末" -> LocalDate.of(gregorian(), 12, 31);
                default -> null;
            };
        } catch (DateTimeException | NumberFormatException e) {
            // 2月30日 and friends: not a date, so the phrase stays unparsed for a person to fix.
            return null;
        }
    }

    private int year(String digits) {
        return RocYear.gregorianOfWritten(Integer.parseInt(digits));
    }

    private int gregorian() {
        return RocYear.toGregorian(rocYear);
    }

    private static Cadence cadenceMentioned(String s) {
        Matcher m = CADENCE_WORD.matcher(s);
        return m.find() ? cadenceOf(m.group(1)) : null;
    }

    private static Cadence cadenceOf(String unit) {
        return switch (unit) {
            case "月" -> Cadence.MONTHLY;
            case "季" -> Cadence.QUARTERLY;
            case "半年" -> Cadence.HALF_YEARLY;
            default -> Cadence.YEARLY;
        };
    }

    private static String stripBrackets(String s) {
        return BRACKETED.matcher(s).replaceAll("");
    }

    /** Half-width digits, no spaces, Chinese numerals as digits, leading 於 dropped. */
    static String compact(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '／') {
                b.append('/');
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                b.append(c);
            }
        }
        String s = LEADING.matcher(b.toString()).replaceFirst("");
        return chineseNumeralsToDigits(s);
    }

    private static final Pattern CJK_NUMBER = Pattern.compile("([一二三四五六七八九十]{1,3})(?=月|日|季)");

    private static String chineseNumeralsToDigits(String s) {
        Matcher m = CJK_NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(cjkValue(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** 一..九十九 as written in dates (十二, 二十一, 三十). */
    static int cjkValue(String numeral) {
        String digits = "一二三四五六七八九";
        int tens = 0;
        int units = 0;
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(numeral.charAt(0)) + 1;
        }
        tens = ten == 0 ? 1 : digits.indexOf(numeral.charAt(0)) + 1;
        if (ten < numeral.length() - 1) {
            units = digits.indexOf(numeral.charAt(ten + 1)) + 1;
        }
        return tens * 10 + units;
    }
}
