package tw.uplift.review.tasks.annual;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import tw.uplift.review.scoring.GradeBands;

/**
 * {@code uplift.review.annual.*}: how annual reviews (年度查核) are scored.
 *
 * @param weights         weight per dimension, keyed by its title or code (write a Chinese key in brackets:
 *                        {@code "[完備基礎服務項目]": 30}); none configured: every dimension of the plan weighs the
 *                        same. Scaled to add up to 100 ({@code Rubric})
 * @param outlierDistance how many points from the median of the other reviewers' totals flag a reviewer (default 10)
 * @param excellent       lowest score of 優等 (default 90)
 * @param good            lowest score of 甲等 (default 80)
 * @param fair            lowest score of 乙等 (default 70); below it 丙等
 * @param workingDays     working days an annual review opened from handed-in results is given (default 20)
 */
@ConfigurationProperties("uplift.review.annual")
public record AnnualReviewProperties(@DefaultValue Map<String, Double> weights,
        @DefaultValue("10") double outlierDistance, @DefaultValue("90") double excellent,
        @DefaultValue("80") double good, @DefaultValue("70") double fair, @DefaultValue("20") int workingDays) {

    /** The grade bands configured (checked at start-up: they must fall). */
    public GradeBands bands() {
        return new GradeBands(excellent, good, fair);
    }
}
