package tw.uplift.review.tasks.web;

import java.time.Instant;
import java.util.List;
import tw.uplift.review.indicators.Indicators;
import tw.uplift.review.scoring.Criterion;
import tw.uplift.review.tasks.ReviewTaskStatus;

/**
 * An annual review's scoring as the API and the page show it.
 *
 * @param criteria   the rubric: one per dimension with its weight (out of 100)
 * @param sheets     every reviewer's sheet with its weighted total and whether it is an outlier
 * @param mean       mean of the totals (what finalising gives), or null with no sheet
 * @param finalScore the final score once finalised, or null
 * @param grade      the grade once finalised, or null
 * @param indicators what the events told about the agency's plan year (pre-filled, for the reviewers to weigh)
 */
record ScoringView(String taskId, Integer rocYear, String agencyId, ReviewTaskStatus status,
        List<Criterion> criteria, List<Sheet> sheets, Double mean, Double min, Double max, Double standardDeviation,
        Double finalScore, String grade, Indicators indicators) {

    /** One reviewer's sheet. */
    record Sheet(String reviewerId, String reviewerName, List<Double> scores, String comment, Instant submittedAt,
            double total, boolean outlier) {
    }
}
