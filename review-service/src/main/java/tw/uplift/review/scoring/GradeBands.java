package tw.uplift.review.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The grade bands (評等級距): 優等 from {@code excellent} (default 90), 甲等 from {@code good} (80), 乙等 from
 * {@code fair} (70), 丙等 below.
 *
 * <p>A score is graded as it is published: rounded half up to two decimals ({@link #published}) and then compared
 * with each lower bound, bound included. So 89.99 is 甲等 and 90 is 優等; 89.5 is 甲等 (nothing rounds to a whole
 * point); only a total that rounds to 90.00 at two decimals, such as 89.995, is 優等, because the number people see
 * is 90.00 and a grade never disagrees with the number beside it.
 */
public record GradeBands(double excellent, double good, double fair) {

    /** 90 / 80 / 70. */
    public static final GradeBands DEFAULT = new GradeBands(90, 80, 70);

    public GradeBands {
        if (!(excellent > good && good > fair && fair > 0 && excellent <= 100)) {
            throw new IllegalArgumentException("bands must fall: 100 ≥ excellent > good > fair > 0, not "
                    + excellent + "/" + good + "/" + fair);
        }
    }

    /** The grade of a score (0..100), by its published value. */
    public Grade grade(double score) {
        double shown = published(score);
        if (shown >= excellent) {
            return Grade.EXCELLENT;
        }
        if (shown >= good) {
            return Grade.GOOD;
        }
        return shown >= fair ? Grade.FAIR : Grade.POOR;
    }

    /** A score as published: rounded half up to two decimals (from its decimal text, so 89.995 is 90.00). */
    public static double published(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
