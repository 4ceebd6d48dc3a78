package tw.uplift.contracts.values;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A year of the Republic of China calendar (民國年), the year every plan is written in: 民國 115 年 is 2026.
 * The one place that knows the offset of 1911 and the years Uplift accepts for a plan.
 *
 * @param value the ROC year, {@value #MIN}..{@value #MAX}
 */
public record RocYear(int value) {

    /** 民國 90 年 (2001): no plan in this system is older. */
    public static final int MIN = 90;
    /** 民國 200 年 (2111): a year beyond it is a typing error, not a plan. */
    public static final int MAX = 200;
    private static final int OFFSET = 1911;

    public RocYear {
        if (!isValid(value)) {
            throw new IllegalArgumentException("ROC year " + value + " is outside " + MIN + ".." + MAX);
        }
    }

    public static RocYear of(int value) {
        return new RocYear(value);
    }

    /** Whether a number a person typed is a plan year: check input with this before {@link #of}. */
    public static boolean isValid(int value) {
        return value >= MIN && value <= MAX;
    }

    public static RocYear ofGregorian(int gregorianYear) {
        return new RocYear(gregorianYear - OFFSET);
    }

    /** The ROC year of a day. */
    public static RocYear of(LocalDate date) {
        return ofGregorian(date.getYear());
    }

    /** This year in Taipei by the given clock. */
    public static RocYear current(Clock clock) {
        return of(TaipeiTime.today(clock));
    }

    /** The Gregorian year: 115 → 2026. */
    public int gregorian() {
        return value + OFFSET;
    }

    /** The Gregorian year of an ROC year number, without the plan-year range check (a phrase such as 「114年」 may name any year). */
    public static int toGregorian(int rocYear) {
        return rocYear + OFFSET;
    }

    /** A year as a document writes it, ROC ({@code 114}) or Gregorian ({@code 2025}), as a Gregorian year. */
    public static int gregorianOfWritten(int year) {
        return year < OFFSET ? year + OFFSET : year;
    }

    public LocalDate firstDay() {
        return LocalDate.of(gregorian(), 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(gregorian(), 12, 31);
    }

    public RocYear next() {
        return new RocYear(value + 1);
    }

    public RocYear previous() {
        return new RocYear(value - 1);
    }

    /** 「115年」, as the documents write it. */
    @Override
    public String toString() {
        return value + "年";
    }
}
