package tw.uplift.survey.opendata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How a figure is written in a cell: decimals rounded to four places (a share of 0.8333 is 83.33 %, finer than any
 * survey's margin of error), without trailing zeros, with a dot whatever the server's locale; whole numbers as
 * they are; instants in UTC to the second (ISO 8601, as Frictionless' {@code datetime} expects); nothing as the
 * empty cell.
 */
final class Figures {

    static final int DECIMALS = 4;

    private Figures() {
    }

    static String decimal(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String whole(Number value) {
        return value == null ? "" : String.valueOf(value.longValue());
    }

    static String instant(Instant value) {
        return value == null ? "" : value.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String flag(Boolean value) {
        return value == null ? "" : value.toString();
    }
}
