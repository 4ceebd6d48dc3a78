package tw.uplift.platform.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as agencies write them: the ROC year first (民國 115 年 = 2026), the Gregorian date beside it where a reader
 * may need it. In templates as {@code #uplift} ({@link UpliftDialect}): {@code ${#uplift.date(measure.dueDate)}}.
 * The zone is the domain's, Asia/Taipei. (The page base stands apart from the service chassis, so it keeps its
 * own one-line copy of the ROC offset; {@code contracts}' {@code RocYear} is the rule for everything else.)
 */
public final class PageDates {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final int ROC_OFFSET = 1911;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Locale locale;

    public PageDates(Locale locale) {
        this.locale = locale;
    }

    /** 「115年3月31日」 in Chinese, "31 Mar 2026 (ROC 115)" in English; empty for no date. */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        int roc = date.getYear() - ROC_OFFSET;
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)) + " (ROC " + roc + ")";
        }
        return roc + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The Gregorian date in ISO form, for {@code <time datetime>} and for readers who count in it. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.format(ISO);
    }

    /** A moment in ISO-8601 with Taipei's offset, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.atZone(TAIPEI).toOffsetDateTime().toString();
    }

    /** A moment as the date in Taipei and the time of day. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDate day = LocalDate.ofInstant(instant, TAIPEI);
        return date(day) + " " + instant.atZone(TAIPEI).format(TIME);
    }

    /** The date in Taipei of a moment. */
    public String dateOf(Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, TAIPEI));
    }

    /** 「115年度」 / "2026 (ROC 115)" for a plan year. */
    public String year(int rocYear) {
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return (rocYear + ROC_OFFSET) + " (ROC " + rocYear + ")";
        }
        return rocYear + "年度";
    }
}
